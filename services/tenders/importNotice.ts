// Imports an eForms notice as tenders: ONE TENDER PER LOT (team formation
// works on one set of requirements, and a lot is what a team bids for). Each
// tender gets the lot's suggested requirements (lotRequirements, to be edited
// by its author), title, buyer, deadline, estimated value, and a place (placeOf:
// the town, else the NUTS region's main city) with a default radius; its
// TenderSource row links it to the Notice (id, version, lot, NUTS, CPV). A lot
// asking for no skill of the network still becomes a tender, with no
// requirement yet: its author adds them (updateTender) before asking for teams.
// Everything is written in one transaction; a notice that does not parse (or is
// hostile: DTD, entities, huge, deeply nested) is a BadUserInputError and
// nothing is written. The same notice version imported again returns the
// stored tenders. A lot whose deadline has passed is imported closed.
// The same use case serves the GraphQL mutation, the upload route and
// `passerelle import-notice`.
import type { NoticeRecord } from '../../domain/entities/notice.js';
import type { Tender } from '../../domain/entities/tender.js';
import type { TenderSource } from '../../domain/entities/tenderSource.js';
import { BadUserInputError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import { noticeKey } from '../../graph/properties/tenderProperties.js';
import {
  DEFAULT_XML_LIMITS,
  type Lot,
  lotRequirements,
  type Notice,
  noticeSkills,
  parseNotice,
  placeOf,
  type Texts,
} from '../../procurement/index.js';
import { type NoticeAlertServices, raiseNoticeAlerts } from './noticeAlerts.js';

/** Radius (km) of an imported tender around its place: members within a reasonable commute. */
export const IMPORTED_RADIUS_KM = 100;

export interface NoticeImport {
  notice: NoticeRecord;
  tenders: Tender[];
  /** False when this notice version was imported before (nothing written this time). */
  created: boolean;
}

export interface ImportNoticeOptions {
  /** The member (or account) importing; null from the command line. */
  importedBy: string | null;
  now?: number;
}

/** What an import works with: the stores and taxonomy, and the event bus when followers are told live. */
export type NoticeImportServices = NoticeAlertServices;

/** Imports a notice given as XML text (GraphQL, upload); text over the size limit is refused unread. */
export async function importNoticeXml(
  services: NoticeImportServices,
  xml: string,
  options: ImportNoticeOptions,
): Promise<NoticeImport> {
  if (xml.length > DEFAULT_XML_LIMITS.maxLength) {
    throw BadUserInputError.at(['xml'], `must be at most ${DEFAULT_XML_LIMITS.maxLength} characters`);
  }
  return importParsedNotice(services, parseNotice(xml), options);
}

/** Same as importNoticeXml, for a notice already parsed (the CLI reads and checks the file itself). */
export async function importParsedNotice(
  services: NoticeImportServices,
  notice: Notice,
  options: ImportNoticeOptions,
): Promise<NoticeImport> {
  const { record, tenders } = tendersFromNotice(notice, services.taxonomy, options);
  const repository = services.repositories.tenders;
  const stored = await repository.importNotice(record, tenders);
  if (stored.created) {
    await raiseNoticeAlerts(services, record, tenders, options.now);
    return { notice: record, tenders: tenders.map((t) => t.tender), created: true };
  }
  const again = await Promise.all(stored.notice.tenderIds.map((id) => repository.require(id)));
  return { notice: stored.notice, tenders: again, created: false };
}

export function tendersFromNotice(
  notice: Notice,
  taxonomy: Taxonomy,
  options: ImportNoticeOptions,
): { record: NoticeRecord; tenders: { tender: Tender; source: TenderSource }[] } {
  const now = options.now ?? Date.now();
  const key = noticeKey(notice.noticeId, notice.version);
  const skills = noticeSkills(notice, taxonomy);
  const text = (texts: Texts) => pickText(texts, notice.languages);
  const buyer = text(notice.buyer.name);
  const tenders = notice.lots.map((lot, i) => {
    const requirements = lotRequirements(lot, {
      taxonomy,
      fallbackCpv: notice.cpv,
      skills: skills.lots[i]?.skills,
    });
    const place = placeOf(lot) ?? placeOf(notice);
    const lotTitle = text(lot.title);
    const tender: Tender = {
      id: newId('tdr'),
      title: (lotTitle || text(notice.title) || `${notice.noticeId} ${lot.id}`).slice(0, 300),
      buyer: buyer.slice(0, 300),
      description: (text(lot.description) || text(notice.description)).slice(0, 20000),
      deadline: lot.deadline?.epochMs ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      radiusKm: place ? IMPORTED_RADIUS_KM : null,
      requirements: [...requirements].sort((a, b) => a.skill.localeCompare(b.skill)),
      maxTeamSize: null,
      budget: lot.estimatedValue?.amount ?? null,
      currency: lot.estimatedValue?.currency ?? null,
      // A lot whose deadline has passed takes no bid: it is imported closed (shown as expired).
      status: lot.deadline && lot.deadline.epochMs < now ? 'closed' : 'open',
      createdBy: options.importedBy,
      createdAt: now,
      updatedAt: now,
    };
    const source: TenderSource = {
      tenderId: tender.id,
      lot: lotTitle || null,
      noticeKey: key,
      noticeId: notice.noticeId,
      noticeVersion: notice.version,
      lotId: lot.id,
      nuts: lotNuts(lot) ?? place?.nuts ?? null,
      placeName: place?.name ?? null,
      cpv: cpvCodes(lot, notice),
    };
    return { tender, source };
  });
  if (tenders.length === 0) {
    throw new BadUserInputError([
      { path: ['xml'], message: 'the notice has no lot to bid for', reason: { code: 'eforms.noLot' } },
    ]);
  }
  const deadlines = tenders.flatMap((t) => (t.tender.deadline === null ? [] : [t.tender.deadline]));
  const record: NoticeRecord = {
    id: key,
    noticeId: notice.noticeId,
    version: notice.version,
    title: text(notice.title).slice(0, 300),
    buyer,
    deadline: deadlines.length > 0 ? Math.min(...deadlines) : null,
    nuts: notice.places.find((p) => p.nuts)?.nuts ?? null,
    cpv: [notice.cpv.main, ...notice.cpv.additional].filter((c): c is string => c !== null),
    tenderIds: tenders.map((t) => t.tender.id),
    importedBy: options.importedBy,
    importedAt: now,
  };
  return { record, tenders };
}

/** The text in the notice's first language that has one. */
function pickText(texts: Texts, languages: readonly string[]): string {
  for (const language of languages) if (texts[language]) return texts[language].trim();
  return Object.values(texts)[0]?.trim() ?? '';
}

function lotNuts(lot: Lot): string | null {
  return lot.places.find((p) => p.nuts)?.nuts ?? null;
}

function cpvCodes(lot: Lot, notice: Notice): string[] {
  const cpv = lot.cpv.main ? lot.cpv : notice.cpv;
  return [cpv.main, ...cpv.additional].filter((c): c is string => c !== null);
}
