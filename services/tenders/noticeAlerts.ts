// Notice alerts: members follow CPV codes, skills and NUTS regions; when a
// notice import creates tenders, each follower whose alert matches one of them
// gets a `tender_alert` suggestion naming the matching tenders, and a live
// event on their suggestions topic.
//
// Matching: every criterion group an alert fills must match (a CPV code AND a
// skill AND a region when all three are given); within a group any item does.
// A CPV code covers its narrower codes (the hierarchy is in the digits:
// 45000000 is a division, 45200000 a group in it, 45210000 a class...), a
// skill covers its narrower skills, a NUTS code the regions it prefixes.
import type { NoticeRecord } from '../../domain/entities/notice.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import type { Tender } from '../../domain/entities/tender.js';
import type { TenderSource } from '../../domain/entities/tenderSource.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import { topics } from '../../messaging/events/eventBus.js';
import { storeSuggestionReason, type TenderAlertHit } from '../../workers/suggestions/suggestionReasons.js';
import type { Services } from '../services.js';

export const TENDER_ALERT_ALGORITHM = 'tender-alert/1';

export interface AlertCriteria {
  cpv: string[];
  skills: string[];
  regions: string[];
}

/** Where alerts go: the stores, and the event bus when followers are told live (not from the command line). */
export type NoticeAlertServices = Pick<Services, 'repositories' | 'taxonomy'> &
  Partial<Pick<Services, 'events'>>;

export interface ImportedTender {
  tender: Tender;
  source: TenderSource;
}

const CPV = /^(\d{8})(-\d)?$/;
const NUTS = /^[A-Z]{2}[A-Z0-9]{0,3}$/;
const MAX_ITEMS = 50;

/**
 * Checks and normalises what a member asks to follow: CPV codes (8 digits,
 * check digit optional and dropped), skills of the taxonomy, NUTS codes
 * (upper-cased). At least one item in all; problems name `path.<group>.<index>`.
 */
export function parseAlertCriteria(
  input: {
    cpv?: readonly string[] | null;
    skills?: readonly string[] | null;
    regions?: readonly string[] | null;
  },
  taxonomy: Taxonomy,
  path: (string | number)[],
): AlertCriteria {
  const problems: FieldProblem[] = [];
  const group = (
    name: keyof AlertCriteria,
    items: readonly string[] | null | undefined,
    check: (item: string) => string | null,
    message: string,
  ): string[] => {
    const list = items ?? [];
    if (list.length > MAX_ITEMS)
      problems.push({ path: [...path, name], message: `at most ${MAX_ITEMS} items` });
    const out: string[] = [];
    list.forEach((raw, i) => {
      const value = check(raw.trim());
      if (value === null) problems.push({ path: [...path, name, i], message });
      else if (!out.includes(value)) out.push(value);
    });
    return out;
  };
  const criteria: AlertCriteria = {
    cpv: group('cpv', input.cpv, (c) => CPV.exec(c)?.[1] ?? null, 'a CPV code has 8 digits, e.g. 45210000'),
    skills: group('skills', input.skills, (s) => (taxonomy.has(s) ? s : null), 'not a skill of the taxonomy'),
    regions: group(
      'regions',
      input.regions,
      (r) => (NUTS.test(r.toUpperCase()) ? r.toUpperCase() : null),
      'a NUTS code is a country code and up to three more characters, e.g. FR or FRE11',
    ),
  };
  if (problems.length === 0 && criteria.cpv.length + criteria.skills.length + criteria.regions.length === 0) {
    problems.push({ path, message: 'follow at least one CPV code, skill or region' });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
  return criteria;
}

/** The digits of a CPV code that matter in its hierarchy: trailing zeros dropped, the division (2 digits) kept. */
export function cpvPrefix(code: string): string {
  const digits = code.replace(/-\d$/, '');
  let end = digits.length;
  while (end > 2 && digits[end - 1] === '0') end--;
  return digits.slice(0, end);
}

/** Which of the alert's criteria the tender matches (CPV code, skill, region); null when it does not. */
export function alertReasons(
  alert: AlertCriteria,
  tender: ImportedTender,
  taxonomy: Taxonomy,
): Pick<TenderAlertHit, 'cpv' | 'skill' | 'region'> | null {
  const reasons: Pick<TenderAlertHit, 'cpv' | 'skill' | 'region'> = { cpv: null, skill: null, region: null };
  if (alert.cpv.length > 0) {
    const codes = tender.source.cpv.map((c) => c.replace(/-\d$/, ''));
    const hit = alert.cpv.find((followed) => codes.some((code) => code.startsWith(cpvPrefix(followed))));
    if (hit === undefined) return null;
    reasons.cpv = hit;
  }
  if (alert.skills.length > 0) {
    const required = new Set(tender.tender.requirements.map((r) => r.skill));
    const hit = alert.skills.find((followed) =>
      taxonomy.selfAndDescendants(followed).some((s) => required.has(s)),
    );
    if (hit === undefined) return null;
    reasons.skill = hit;
  }
  if (alert.regions.length > 0) {
    const nuts = tender.source.nuts?.toUpperCase() ?? null;
    const hit = nuts === null ? undefined : alert.regions.find((region) => nuts.startsWith(region));
    if (hit === undefined) return null;
    reasons.region = hit;
  }
  return reasons;
}

/**
 * Raises the alerts a freshly imported notice triggers: one suggestion per
 * follower naming every matching tender, then one live event per follower.
 * Returns the stored suggestions.
 */
export async function raiseNoticeAlerts(
  services: NoticeAlertServices,
  notice: NoticeRecord,
  tenders: readonly ImportedTender[],
  now = Date.now(),
): Promise<Suggestion[]> {
  const { repositories, taxonomy, events } = services;
  const alerts = await repositories.alerts.all();
  const byMember = new Map<string, { tenderIds: Set<string>; hits: TenderAlertHit[] }>();
  for (const alert of alerts) {
    for (const tender of tenders) {
      const reasons = alertReasons(alert, tender, taxonomy);
      if (reasons === null) continue;
      const found = byMember.get(alert.memberId) ?? { tenderIds: new Set<string>(), hits: [] };
      found.tenderIds.add(tender.tender.id);
      found.hits.push({ title: tender.tender.title, filiere: alert.filiereId ?? null, ...reasons });
      byMember.set(alert.memberId, found);
    }
  }
  const suggestions: Suggestion[] = [...byMember].map(([memberId, found]) => ({
    id: newId('sug'),
    kind: 'tender_alert',
    subjectId: memberId,
    targetIds: [...found.tenderIds],
    score: found.tenderIds.size,
    explanation: storeSuggestionReason({
      code: 'tender-alert',
      notice: notice.noticeId,
      buyer: notice.buyer ?? '',
      hits: found.hits,
    }),
    status: 'new',
    algorithmVersion: TENDER_ALERT_ALGORITHM,
    createdAt: now,
  }));
  if (suggestions.length === 0) return [];
  await repositories.suggestions.upsert(suggestions);
  if (events) {
    for (const suggestion of suggestions) {
      await events.publish(topics.suggestions(suggestion.subjectId), {
        memberId: suggestion.subjectId,
        kind: 'tender_alert',
        suggestionIds: [suggestion.id],
        jobId: `notice/${notice.id}`,
        at: now,
      });
    }
  }
  return suggestions;
}
