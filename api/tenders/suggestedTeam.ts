// A stored team suggestion read back: who is in it with the requirement each
// one fills (from its `fills` reasons; older suggestions by slot order), its
// reasons, and those reasons as sentences in the reader's language with
// members named at read time (erased: "a former member"; hidden from the
// reader: said so) and skills by their label in that language.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { membersNamed, readTeamReasons, type TeamReason } from '../../domain/entities/teamReasons.js';
import type { Tender } from '../../domain/entities/tender.js';
import type { RequestContext } from '../context.js';
import { isVisible } from '../schema/visibleMembers.js';
import { type ReasonNames, teamReasonSentence } from './teamReasonText.js';

/** Requirement slots in suggestion order: requirements in skill order, `count` slots each. */
export function slotsOf(tender: Pick<Tender, 'requirements'>): string[] {
  return [...tender.requirements]
    .sort((a, b) => a.skill.localeCompare(b.skill))
    .flatMap((r) => Array.from({ length: r.count }, () => r.skill));
}

export interface SuggestedMember {
  memberId: string;
  /** The requirement's skill the member fills; null for a member without a slot. */
  role: string | null;
}

export function suggestedMembers(
  suggestion: Suggestion,
  tender: Pick<Tender, 'requirements'>,
): SuggestedMember[] {
  const reasons = readTeamReasons(suggestion.explanation);
  if (reasons) {
    const fills = new Map<string, string>();
    for (const r of reasons) if (r.code === 'fills') fills.set(r.member, r.skill);
    return suggestion.targetIds.map((memberId) => ({ memberId, role: fills.get(memberId) ?? null }));
  }
  const slots = slotsOf(tender);
  return suggestion.targetIds.map((memberId, i) => ({ memberId, role: slots[i] ?? null }));
}

/** The reasons of a team suggestion (empty for an older free-text one). */
export function suggestionReasons(suggestion: Suggestion): TeamReason[] {
  return readTeamReasons(suggestion.explanation) ?? [];
}

/** How the reader names the members and skills of these reasons. */
export async function reasonNames(
  context: RequestContext,
  reasons: readonly TeamReason[],
  language: UiLanguage,
): Promise<ReasonNames> {
  const ids = membersNamed(reasons);
  const members = await Promise.all(ids.map((id) => context.loaders.member.load(id)));
  const named = new Map<string, string | 'hidden' | 'erased'>();
  await Promise.all(
    ids.map(async (id, i) => {
      const member = members[i];
      named.set(id, !member ? 'erased' : (await isVisible(context, member)) ? member.name : 'hidden');
    }),
  );
  const { taxonomy } = context.services;
  return {
    member: (id) => named.get(id) ?? 'erased',
    skill: (id) => (taxonomy.has(id) ? taxonomy.label(id, language) : id),
  };
}

/** Every reason as a sentence, in order. */
export async function reasonSentences(
  context: RequestContext,
  reasons: readonly TeamReason[],
  language: UiLanguage,
): Promise<string[]> {
  const names = await reasonNames(context, reasons, language);
  return reasons.map((r) => teamReasonSentence(r, language, names));
}
