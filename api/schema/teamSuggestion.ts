// Team suggestions of a tender (stored by the suggestions job, kind "team"):
// who is in each team and which requirement they fill, who already worked with
// whom, and why, as structured reasons (code + parameters, members and skills
// by id) and as sentences in the reader's language (api/tenders/suggestedTeam.ts).
// Dismissing a team hides it; the dismissal can be undone.
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { membersNamed, type TeamReason } from '../../domain/entities/teamReasons.js';
import type { Tender } from '../../domain/entities/tender.js';
import { NotFoundError } from '../../domain/errors.js';
import { canManageTender } from '../../domain/policy/profileVisibility.js';
import type { RequestContext } from '../context.js';
import { readerLanguage } from '../language.js';
import { reasonSentences, suggestedMembers, suggestionReasons } from '../tenders/suggestedTeam.js';
import { type TeamPair, teamPairs } from '../tenders/teamPairs.js';
import { builder } from './builder.js';
import { MemberRef, SkillRef } from './refs.js';
import { DateTime, JSONScalar, Language } from './scalars.js';
import { TenderRef, tenderRepository } from './tender.js';
import { visibleOrNull } from './visibleMembers.js';

/** Who may ask for teams and read them: members (future leads), conseillers and admins. */
const BID_ACTORS = { member: true, conseiller: true, admin: true } as const;

type TeamSuggestionView = { suggestion: Suggestion; tender: Tender };

const TeamSuggestionMember = builder
  .objectRef<{ memberId: string; role: string | null }>('TeamSuggestionMember')
  .implement({
    authScopes: BID_ACTORS,
    fields: (t) => ({
      memberId: t.exposeString('memberId'),
      member: t.field({
        type: MemberRef,
        nullable: true,
        description: 'Null when the profile is hidden from you',
        resolve: async (m, _args, context) =>
          visibleOrNull(context, await context.loaders.member.load(m.memberId)),
      }),
      role: t.exposeString('role', {
        nullable: true,
        description: 'The required skill this member would fill (null: in the team without a slot)',
      }),
    }),
  });

const TeamSuggestionPair = builder.objectRef<TeamPair>('TeamSuggestionPair').implement({
  authScopes: BID_ACTORS,
  description: 'Two members of a suggested team and how many COLLABORATED_WITH hops apart they are',
  fields: (t) => ({
    a: t.exposeString('a', { description: 'memberId of one member' }),
    b: t.exposeString('b', { description: 'memberId of the other member' }),
    distance: t.exposeInt('distance', {
      description: '1 when they already worked together; capped at 5 (not within four hops)',
    }),
  }),
});

const TeamReasonRef = builder.objectRef<{ reason: TeamReason; sentence: string }>('TeamReason').implement({
  authScopes: BID_ACTORS,
  description:
    'One reason a team was suggested: a code with its parameters (members and skills by id) and the sentence',
  fields: (t) => ({
    code: t.string({
      description:
        'replaces, team, fills, noSlot, workedWith, sharesSpace, distance, openBids, availability, cost, uncovered',
      resolve: (r) => r.reason.code,
    }),
    params: t.field({
      type: JSONScalar,
      description: 'The parameters of the code (see domain/entities/teamReasons.ts)',
      resolve: (r) => {
        const { code: _code, ...params } = r.reason;
        return params;
      },
    }),
    text: t.exposeString('sentence', { description: "The reason in the reader's language" }),
  }),
});

const TeamReasonMember = builder.objectRef<{ memberId: string }>('TeamReasonMember').implement({
  authScopes: BID_ACTORS,
  description: 'A member the reasons name: null member when erased since or hidden from you',
  fields: (t) => ({
    memberId: t.exposeString('memberId'),
    member: t.field({
      type: MemberRef,
      nullable: true,
      resolve: async (m, _args, context) =>
        visibleOrNull(context, await context.loaders.member.load(m.memberId)),
    }),
    erased: t.boolean({
      description: 'True when the member left the network (shown as "a former member")',
      resolve: async (m, _args, context) => (await context.loaders.member.load(m.memberId)) === null,
    }),
  }),
});

const TeamSuggestion = builder.objectRef<TeamSuggestionView>('TeamSuggestion').implement({
  authScopes: BID_ACTORS,
  description: 'A team proposed for a tender, with its reasons (lower score is better)',
  fields: (t) => ({
    suggestionId: t.string({ resolve: (s) => s.suggestion.id }),
    score: t.float({ resolve: (s) => s.suggestion.score }),
    explanation: t.string({
      description: "The reasons as sentences, one a line, in the reader's language",
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: async (s, args, context) => {
        const language = await readerLanguage(context, args.language);
        const reasons = suggestionReasons(s.suggestion);
        if (reasons.length === 0) return s.suggestion.explanation;
        return (await reasonSentences(context, reasons, language)).join('\n');
      },
    }),
    reasons: t.field({
      type: [TeamReasonRef],
      description: "Why this team: codes with parameters, and each as a sentence in the reader's language",
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: async (s, args, context) => {
        const language = await readerLanguage(context, args.language);
        const reasons = suggestionReasons(s.suggestion);
        const sentences = await reasonSentences(context, reasons, language);
        return reasons.map((reason, i) => ({ reason, sentence: sentences[i]! }));
      },
    }),
    named: t.field({
      type: [TeamReasonMember],
      description: 'Every member the reasons name (to show their names)',
      resolve: (s) => membersNamed(suggestionReasons(s.suggestion)).map((memberId) => ({ memberId })),
    }),
    namedSkills: t.field({
      type: [SkillRef],
      description: 'Every skill the reasons name (to show their labels)',
      resolve: async (s, _args, context) => {
        const ids = new Set<string>();
        for (const r of suggestionReasons(s.suggestion)) {
          if (r.code === 'fills' || r.code === 'uncovered') ids.add(r.skill);
          if (r.code === 'fills' && r.via) ids.add(r.via);
        }
        const skills = await Promise.all([...ids].map((id) => context.loaders.skill.load(id)));
        return skills.filter((skill) => skill !== null && skill !== undefined);
      },
    }),
    complete: t.boolean({
      description: 'False for a partial team: some requirement is not covered (see the "uncovered" reasons)',
      resolve: (s) => !suggestionReasons(s.suggestion).some((r) => r.code === 'uncovered'),
    }),
    replaces: t.string({
      nullable: true,
      description: 'For a replacement proposal: the memberId of who drops out',
      resolve: (s) => {
        const replaces = suggestionReasons(s.suggestion).find((r) => r.code === 'replaces');
        return replaces?.code === 'replaces' ? replaces.leaving : null;
      },
    }),
    status: t.string({ resolve: (s) => s.suggestion.status }),
    algorithmVersion: t.string({ resolve: (s) => s.suggestion.algorithmVersion }),
    createdAt: t.field({ type: DateTime, resolve: (s) => s.suggestion.createdAt }),
    members: t.field({
      type: [TeamSuggestionMember],
      resolve: (s) => suggestedMembers(s.suggestion, s.tender),
    }),
    pairs: t.field({
      type: [TeamSuggestionPair],
      description: 'Every pair of members with its hop distance, computed from the graph when read',
      resolve: (s, _args, context) => teamPairs(context.services.graph, s.suggestion.targetIds),
    }),
  }),
});

builder.objectField(TenderRef, 'teamSuggestions', (t) =>
  t.field({
    type: [TeamSuggestion],
    authScopes: BID_ACTORS,
    description: 'Teams suggested for this tender, newest first (for its author, conseillers and admins)',
    args: { dismissed: t.arg.boolean({ required: false, description: 'List the dismissed ones instead' }) },
    resolve: async (tender, args, context) => {
      if (!canManageTender(context.viewer, tender)) return [];
      const stored = await context.services.suggestions.listBySubject(tender.id, {
        kind: 'team',
        statuses: args.dismissed ? ['dismissed'] : ['new', 'accepted'],
      });
      return stored
        .sort((a, b) => b.createdAt - a.createdAt || a.score - b.score)
        .map((suggestion) => ({ suggestion, tender }));
    },
  }),
);

/** The team suggestion, if the viewer manages its tender. */
async function managedTeamSuggestion(context: RequestContext, id: string): Promise<Suggestion> {
  const suggestion = await context.services.suggestions.get(id);
  const tender =
    suggestion?.kind === 'team' ? await tenderRepository(context).get(suggestion.subjectId) : null;
  if (!suggestion || !tender || !canManageTender(context.viewer, tender))
    throw new NotFoundError('Suggestion', id);
  return suggestion;
}

builder.mutationFields((t) => ({
  dismissTeamSuggestion: t.boolean({
    authScopes: BID_ACTORS,
    description: 'Hide a suggested team of a tender you manage (undo with restoreTeamSuggestion)',
    args: { suggestionId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await managedTeamSuggestion(context, args.suggestionId);
      await context.services.suggestions.setStatus(args.suggestionId, 'dismissed');
      return true;
    },
  }),
  restoreTeamSuggestion: t.boolean({
    authScopes: BID_ACTORS,
    description: 'Undo the dismissal of a suggested team',
    args: { suggestionId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await managedTeamSuggestion(context, args.suggestionId);
      await context.services.suggestions.restore(args.suggestionId);
      return true;
    },
  }),
}));
