// Team suggestions of a tender (stored by the suggestions job, kind "team"):
// who is in each team and which requirement they fill, who already worked with
// whom (both as the solver stored them, services/tenders/suggestedTeam.ts), and
// why, as structured reasons (code + parameters, members and skills by id) and
// as sentences in the reader's language (api/tenders/teamReasonSentences.ts).
// Dismissing a team hides it; the dismissal can be undone
// (services/tenders/teamSuggestions.ts).
import type { TeamPair } from '../../domain/entities/suggestedTeam.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { membersNamed, type TeamReason } from '../../domain/entities/teamReasons.js';
import type { Tender } from '../../domain/entities/tender.js';
import { TEAM_DISTANCE_CAP } from '../../domain/problems/team.js';
import {
  isComplete,
  leavingMember,
  skillsNamed,
  suggestedMembers,
  suggestedPairs,
  teamReasons,
} from '../../services/tenders/suggestedTeam.js';
import {
  dismissTeamSuggestion,
  restoreTeamSuggestion,
  teamSuggestionsOf,
} from '../../services/tenders/teamSuggestions.js';
import { readerLanguage } from '../language.js';
import { reasonSentences } from '../tenders/teamReasonSentences.js';
import { builder } from './builder.js';
import { MemberRef, SkillRef } from './refs.js';
import { DateTime, JSONScalar, Language } from './scalars.js';
import { TenderRef } from './tender.js';
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
      description: `1 when they already worked together; capped at ${TEAM_DISTANCE_CAP} (not within ${TEAM_DISTANCE_CAP - 1} hops)`,
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
        const reasons = teamReasons(s.suggestion);
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
        const reasons = teamReasons(s.suggestion);
        const sentences = await reasonSentences(context, reasons, language);
        return reasons.map((reason, i) => ({ reason, sentence: sentences[i]! }));
      },
    }),
    named: t.field({
      type: [TeamReasonMember],
      description: 'Every member the reasons name (to show their names)',
      resolve: (s) => membersNamed(teamReasons(s.suggestion)).map((memberId) => ({ memberId })),
    }),
    namedSkills: t.field({
      type: [SkillRef],
      description: 'Every skill the reasons name (to show their labels)',
      resolve: async (s, _args, context) => {
        const skills = await Promise.all(
          skillsNamed(s.suggestion).map((id) => context.loaders.skill.load(id)),
        );
        return skills.filter((skill) => skill !== null && skill !== undefined);
      },
    }),
    complete: t.boolean({
      description: 'False for a partial team: some requirement is not covered (see the "uncovered" reasons)',
      resolve: (s) => isComplete(s.suggestion),
    }),
    replaces: t.string({
      nullable: true,
      description: 'For a replacement proposal: the memberId of who drops out',
      resolve: (s) => leavingMember(s.suggestion),
    }),
    status: t.string({ resolve: (s) => s.suggestion.status }),
    algorithmVersion: t.string({ resolve: (s) => s.suggestion.algorithmVersion }),
    createdAt: t.field({ type: DateTime, resolve: (s) => s.suggestion.createdAt }),
    members: t.field({
      type: [TeamSuggestionMember],
      resolve: (s) => suggestedMembers(s.suggestion),
    }),
    pairs: t.field({
      type: [TeamSuggestionPair],
      description:
        'Every pair of members with its hop distance when the team was suggested (empty for teams suggested before it was stored)',
      resolve: (s) => suggestedPairs(s.suggestion),
    }),
  }),
});

builder.objectField(TenderRef, 'teamSuggestions', (t) =>
  t.field({
    type: [TeamSuggestion],
    authScopes: BID_ACTORS,
    description: 'Teams suggested for this tender, newest first (for its author, conseillers and admins)',
    args: { dismissed: t.arg.boolean({ required: false, description: 'List the dismissed ones instead' }) },
    resolve: async (tender, args, context) =>
      (await teamSuggestionsOf(context, tender, args.dismissed ?? false)).map((suggestion) => ({
        suggestion,
        tender,
      })),
  }),
);

builder.mutationFields((t) => ({
  dismissTeamSuggestion: t.boolean({
    authScopes: BID_ACTORS,
    description: 'Hide a suggested team of a tender you manage (undo with restoreTeamSuggestion)',
    args: { suggestionId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => dismissTeamSuggestion(context, args.suggestionId),
  }),
  restoreTeamSuggestion: t.boolean({
    authScopes: BID_ACTORS,
    description: 'Undo the dismissal of a suggested team',
    args: { suggestionId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => restoreTeamSuggestion(context, args.suggestionId),
  }),
}));
