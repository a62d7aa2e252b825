// The reasons of a team suggestion as sentences in the reader's language, with
// members named at read time (erased: "a former member"; hidden from the
// reader: said so) and skills by their label in that language. Presentation,
// so it stays in api/ beside the sentence templates (teamReasonText.ts); what
// the team is (members, roles, pairs) is read in services/tenders/suggestedTeam.ts.
import type { UiLanguage } from '../../domain/entities/common.js';
import { membersNamed, type TeamReason } from '../../domain/entities/teamReasons.js';
import type { RequestContext } from '../context.js';
import { isVisible } from '../schema/visibleMembers.js';
import { type ReasonNames, teamReasonSentence } from './teamReasonText.js';

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
