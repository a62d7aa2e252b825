// The network's skills a notice asks for, per lot and for the whole notice,
// each with the reasons a member can check: the CPV codes the buyer chose
// (through cpvToSkills) and the phrases of the titles and descriptions
// (through extractSkills). CPV codes outside the network's trades are listed.
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { type CpvSkills, cpvToSkills } from './cpvSkills.js';
import type { Cpv, Lot, Notice, Texts } from './eforms/notice.js';
import { extractSkills, type SkillMention } from './skillsFromText.js';

export interface SkillEvidence {
  id: string;
  /** Why, in words: `CPV 79961000 (Photographic services)`, `"photographes" in the title` (the first reasons). */
  because: string;
  /** Every reason found. */
  reasons: string[];
  /** Whether a CPV code of the buyer supports the skill (not only the wording). */
  fromCpv: boolean;
}

export interface LotSkills {
  lotId: string;
  skills: SkillEvidence[];
  /** CPV codes of the lot that are outside the network's trades. */
  outsideTrades: string[];
}

export interface NoticeSkills {
  skills: SkillEvidence[];
  outsideTrades: string[];
  lots: LotSkills[];
}

let referenceTaxonomy: Taxonomy | undefined;

/** The taxonomy of domain/reference/skills.json, built once. */
export function networkTaxonomy(): Taxonomy {
  referenceTaxonomy ??= new Taxonomy(loadReferenceData().skills);
  return referenceTaxonomy;
}

/** The languages the text matcher reads (fr, nl, en, de), as eForms writes them (ISO 639-3, some 639-2/B). */
const MATCHED_LANGUAGES = new Set(['FRA', 'FRE', 'NLD', 'DUT', 'ENG', 'DEU', 'GER']);
const MAX_REASONS = 3;

export function noticeSkills(notice: Notice, taxonomy: Taxonomy = networkTaxonomy()): NoticeSkills {
  const lots = notice.lots.map((lot) => lotSkills(lot, taxonomy, notice.cpv));
  const whole = new EvidenceCollector();
  whole.addCpv(notice.cpv);
  whole.addTexts(notice.title, 'title', taxonomy);
  whole.addTexts(notice.description, 'description', taxonomy);
  for (const lot of lots) {
    for (const skill of lot.skills)
      for (const reason of skill.reasons) whole.add(skill.id, reason, skill.fromCpv);
  }
  const outside = new Set([...cpvList(notice.cpv), ...lots.flatMap((lot) => lot.outsideTrades)]);
  return {
    skills: whole.evidence(),
    outsideTrades: [...outside].filter((code) => !cpvToSkills(code).inNetwork),
    lots,
  };
}

/** Skills of one lot; a lot without CPV codes of its own is read with the notice's (`fallbackCpv`). */
export function lotSkills(lot: Lot, taxonomy: Taxonomy = networkTaxonomy(), fallbackCpv?: Cpv): LotSkills {
  const cpv = lot.cpv.main || !fallbackCpv ? lot.cpv : fallbackCpv;
  const collector = new EvidenceCollector();
  collector.addCpv(cpv);
  collector.addTexts(lot.title, `title of ${lot.id}`, taxonomy);
  collector.addTexts(lot.description, `description of ${lot.id}`, taxonomy);
  return {
    lotId: lot.id,
    skills: collector.evidence(),
    outsideTrades: cpvList(cpv).filter((code) => !cpvToSkills(code).inNetwork),
  };
}

function cpvList(cpv: Cpv): string[] {
  return [...new Set([...(cpv.main ? [cpv.main] : []), ...cpv.additional])];
}

/** Reasons per skill, in the order skills were first found (main CPV, additional CPVs, then texts). */
class EvidenceCollector {
  private readonly reasons = new Map<string, { reasons: string[]; fromCpv: boolean }>();

  add(id: string, reason: string, fromCpv: boolean): void {
    const entry = this.reasons.get(id) ?? { reasons: [], fromCpv: false };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    entry.fromCpv ||= fromCpv;
    this.reasons.set(id, entry);
  }

  addCpv(cpv: Cpv): void {
    for (const code of cpvList(cpv)) {
      const match = cpvToSkills(code);
      for (const id of match.skills) this.add(id, cpvReason(match), true);
    }
  }

  addTexts(texts: Texts, field: string, taxonomy: Taxonomy): void {
    const languages = Object.keys(texts);
    const read = languages.some((language) => MATCHED_LANGUAGES.has(language))
      ? languages.filter((language) => MATCHED_LANGUAGES.has(language))
      : languages;
    for (const language of read) {
      for (const mention of extractSkills(texts[language] ?? '', taxonomy)) {
        this.add(mention.id, textReason(mention, field), false);
      }
    }
  }

  evidence(): SkillEvidence[] {
    return [...this.reasons].map(([id, { reasons, fromCpv }]) => ({
      id,
      because: reasons.slice(0, MAX_REASONS).join('; '),
      reasons,
      fromCpv,
    }));
  }
}

function cpvReason(match: CpvSkills): string {
  return match.matchedCode === match.code
    ? `CPV ${match.code} (${match.matchedLabel})`
    : `CPV ${match.code}, under ${match.matchedCode} (${match.matchedLabel})`;
}

function textReason(mention: SkillMention, field: string): string {
  return `"${mention.because}" in the ${field}`;
}
