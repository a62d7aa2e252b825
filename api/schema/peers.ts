// Peer suggestions ("people to meet"): the viewer's own, explained, without
// members who since hid their profile, turned off suggestions or are not
// visible to the viewer; a dismissed peer never comes back, unless the dismissal is undone.
import type { Member } from '../../domain/entities/member.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { NotFoundError } from '../../domain/errors.js';
import { mayMeet } from '../../domain/policy/privacyRule.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { MemberRef } from './refs.js';
import { explanationField } from './suggestionExplanation.js';

interface PeerView {
  suggestion: Suggestion;
  member: Member;
}

const PeerSuggestionRef = builder.objectRef<PeerView>('PeerSuggestion').implement({
  authScopes: { member: true },
  description: 'Someone to meet: close to you in the network, with similar or complementary skills',
  fields: (t) => ({
    id: t.id({ description: 'The suggestion id (dismiss it)', resolve: (v) => v.suggestion.id }),
    member: t.field({ type: MemberRef, resolve: (v) => v.member }),
    score: t.float({ resolve: (v) => v.suggestion.score }),
    explanation: explanationField(t, (v) => v.suggestion),
  }),
});

async function peerViews(context: RequestContext, memberId: string, limit: number): Promise<PeerView[]> {
  const suggestions = await context.services.repositories.suggestions.listBySubject(memberId, {
    kind: 'peer',
    statuses: ['new'],
  });
  const targets = suggestions.map((s) => s.targetIds[0]!);
  const [members, spaces] = await Promise.all([
    context.services.repositories.members.getMany(targets),
    context.services.repositories.memberBatches.spaceIds(targets),
  ]);
  return suggestions
    .flatMap((suggestion, i) => {
      const member = members[i];
      return member && mayMeet(context.viewer, member, spaces[i] ?? []) ? [{ suggestion, member }] : [];
    })
    .slice(0, limit);
}

builder.queryFields((t) => ({
  myPeerSuggestions: t.field({
    type: [PeerSuggestionRef],
    authScopes: { member: true },
    description: 'People you should meet, best first (computed by a peer suggestions job)',
    args: { first: t.arg.int({ required: false, defaultValue: 10 }) },
    resolve: (_root, args, context) =>
      peerViews(context, context.viewer.memberId!, Math.max(1, Math.min(50, args.first ?? 10))),
  }),
}));

/** The viewer's own peer suggestion, or NotFound (someone else's is not revealed). */
async function ownPeerSuggestion(context: RequestContext, id: string): Promise<Suggestion> {
  const suggestion = await context.services.repositories.suggestions.get(id);
  if (suggestion?.kind !== 'peer' || suggestion.subjectId !== context.viewer.memberId)
    throw new NotFoundError('Suggestion', id);
  return suggestion;
}

builder.mutationFields((t) => ({
  dismissPeerSuggestion: t.boolean({
    authScopes: { member: true },
    description:
      'Not interested: this person is never suggested to you again (undo with restorePeerSuggestion)',
    args: { suggestion: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const { id } = await ownPeerSuggestion(context, String(args.suggestion));
      await context.services.repositories.suggestions.setStatus(id, 'dismissed');
      return true;
    },
  }),
  restorePeerSuggestion: t.boolean({
    authScopes: { member: true },
    description: 'Undo the dismissal of someone to meet: they are suggested to you again',
    args: { suggestion: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const { id } = await ownPeerSuggestion(context, String(args.suggestion));
      await context.services.repositories.suggestions.restore(id);
      return true;
    },
  }),
}));
