// The public JSON view of a parsed notice, printed by `passerelle notice FILE`
// and reused by the API. The first fields are a contract (noticeId, version,
// subtype, languages, buyer{name,country}, title, cpv, skills, lots[{id, title,
// cpv, nuts, town, country, value, currency, deadline, skills}]); later fields
// may be added, never renamed.

import type { Requirement } from '../domain/entities/tender.js';
import type { Taxonomy } from '../domain/taxonomy.js';
import type { Lot, Notice, Texts } from './eforms/notice.js';
import { organisationName } from './eforms/organisations.js';
import { lotRequirements } from './lotRequirements.js';
import { type NoticeSkills, networkTaxonomy, noticeSkills } from './noticeSkills.js';
import { type LotLocation, placeOf } from './placeOf.js';

export interface SkillJson {
  id: string;
  because: string;
}

export interface LotJson {
  id: string;
  title: Texts;
  cpv: string[];
  nuts: string | null;
  town: string | null;
  /** ISO 3166-1 alpha-3, as in the notice. */
  country: string | null;
  value: number | null;
  currency: string | null;
  /** ISO 8601. */
  deadline: string | null;
  skills: SkillJson[];
  kind: Lot['kind'];
  deadlineKind: string | null;
  place: LotLocation | null;
  requirements: Requirement[];
  outsideTrades: string[];
}

export interface NoticeJson {
  noticeId: string;
  version: string;
  subtype: string;
  languages: string[];
  buyer: { name: string | null; country: string | null };
  title: Texts;
  cpv: string[];
  skills: SkillJson[];
  lots: LotJson[];
  kind: Notice['kind'];
  noticeType: string;
  issued: string;
  outsideTrades: string[];
}

export function noticeToJson(notice: Notice, taxonomy: Taxonomy = networkTaxonomy()): NoticeJson {
  const skills: NoticeSkills = noticeSkills(notice, taxonomy);
  return {
    noticeId: notice.noticeId,
    version: notice.version,
    subtype: notice.subtype,
    languages: notice.languages,
    buyer: { name: organisationName(notice.buyer, notice.languages), country: notice.buyer.country },
    title: notice.title,
    cpv: cpvCodes(notice.cpv),
    skills: skills.skills.map(({ id, because }) => ({ id, because })),
    lots: notice.lots.map((lot, index) => {
      const lotSkills = skills.lots[index]!;
      return {
        id: lot.id,
        title: lot.title,
        cpv: cpvCodes(lot.cpv),
        nuts: lot.places.find((place) => place.nuts)?.nuts ?? null,
        town: lot.places.find((place) => place.town)?.town ?? null,
        country: lot.places.find((place) => place.country)?.country ?? null,
        value: lot.estimatedValue?.amount ?? null,
        currency: lot.estimatedValue?.currency ?? null,
        deadline: lot.deadline?.iso ?? null,
        skills: lotSkills.skills.map(({ id, because }) => ({ id, because })),
        kind: lot.kind,
        deadlineKind: lot.deadline?.kind ?? null,
        place: placeOf(lot),
        requirements: lotRequirements(lot, { taxonomy, fallbackCpv: notice.cpv, skills: lotSkills.skills }),
        outsideTrades: lotSkills.outsideTrades,
      };
    }),
    kind: notice.kind,
    noticeType: notice.noticeType,
    issued: notice.issued.iso,
    outsideTrades: skills.outsideTrades,
  };
}

/** Main code first, then the additional ones, each once. */
function cpvCodes(cpv: Notice['cpv']): string[] {
  return [...new Set([...(cpv.main ? [cpv.main] : []), ...cpv.additional])];
}
