// Mentoring in GraphQL: newcomers ask for a mentor, experienced members offer
// places (both only with the mentoring consent on), conseillers run matching
// rounds for their scope as jobs, each side answers a proposal, and
// mentorships end with the mentee's feedback, which later pair scores take
// into account. The workflows are the use cases of services/mentoring/; the
// resolvers here only pass their arguments on.
import type { UiLanguage } from '../../domain/entities/common.js';
import { MENTORING_MODES } from '../../domain/entities/mentoringMode.js';
import type { MentoringRound, UnmatchedMentee } from '../../domain/entities/mentoringRound.js';
import type { MentorOffer } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../../domain/entities/mentorRequest.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import {
  myMentorOffer,
  myMentorRequest,
  offerMentoring,
  requestMentor,
  withdrawMentorOffer,
  withdrawMentorRequest,
} from '../../services/mentoring/mentoringParticipation.js';
import {
  mentoringRound,
  rematchMentoringRound,
  roundMentorships,
  startMentoringRound,
} from '../../services/mentoring/mentoringRounds.js';
import {
  explainMentorship,
  explainReasons,
  type MentorReasonView,
} from '../../services/mentoring/mentorReasons.js';
import {
  askMentor,
  endMentorship,
  mentorshipPartnerEmail,
  myMentorships,
  type RankedMentorChoice,
  respondToMentorship,
  topMentorChoices,
} from '../../services/mentoring/mentorships.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { MemberRef } from './refs.js';
import { DateTime, Language } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';
import { visibleOrNull } from './visibleMembers.js';

const MEMBER = { member: true } as const;
const SIGNED_IN = { signedIn: true } as const;
const ROUND_RUNNERS = { conseiller: true, admin: true } as const;

async function memberOrNull(context: RequestContext, id: string) {
  return visibleOrNull(context, await context.loaders.member.load(id));
}

const MentorReasonRef = builder.objectRef<MentorReasonView>('MentorReason').implement({
  description: 'Why a mentor and a mentee were paired: a code with its parameters, and its sentence',
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'skill.exact|broader|narrower|related, level, language, filiere, filiere.none, distance, ' +
        'distance.unknown, feedback, feedback.none, blocked.<cause>',
      authScopes: SIGNED_IN,
    }),
    text: t.exposeString('text', {
      description: 'The reason in the reader’s language',
      authScopes: SIGNED_IN,
    }),
    skills: t.exposeStringList('skills', {
      description: 'Skill slugs: the skill wanted, then the skill offered',
      authScopes: SIGNED_IN,
    }),
    languages: t.exposeStringList('languages', { authScopes: SIGNED_IN }),
    filieres: t.exposeStringList('filieres', { authScopes: SIGNED_IN }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'Levels ahead (level), kilometres (distance) or average rating out of 5 (feedback)',
      authScopes: SIGNED_IN,
    }),
    count: t.exposeInt('count', {
      nullable: true,
      description: 'Ratings the average is made of (feedback)',
      authScopes: SIGNED_IN,
    }),
  }),
});

const MentoringMode = builder.enumType('MentoringMode', {
  description: 'How a mentee and a mentor meet; "either" fits both',
  values: upperCaseEnum(MENTORING_MODES),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The reasons of a pairing, as codes (`details`) and as sentences of older records (`legacy`). */
type Explain<Parent> = (
  parent: Parent,
  context: RequestContext,
  language: UiLanguage,
) => Promise<{ details: MentorReasonView[]; legacy: string[] }>;

/** The `reasons` (sentences) and `reasonDetails` (codes) fields of a type whose score has reasons. */
function reasonFields<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  authScopes: typeof MEMBER | typeof SIGNED_IN,
  why: string,
  explain: Explain<Parent>,
) {
  return {
    reasons: t.stringList({
      description: `${why}, one sentence a reason, in the reader’s language`,
      authScopes,
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: async (parent, args, context) => {
        const { details, legacy } = await explain(parent, context, args.language ?? context.language);
        return [...details.map((r) => r.text), ...legacy];
      },
    }),
    reasonDetails: t.field({
      type: [MentorReasonRef],
      description: `${why}, as codes with parameters`,
      authScopes,
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: async (parent, args, context) =>
        (await explain(parent, context, args.language ?? context.language)).details,
    }),
  };
}

const MentorRequestRef = builder.objectRef<MentorRequest>('MentorRequest').implement({
  description: 'A newcomer’s request for a mentor',
  fields: (t) => ({
    skills: t.exposeStringList('skills', { authScopes: MEMBER }),
    filiere: t.exposeString('filiere', { nullable: true, authScopes: MEMBER }),
    languages: t.exposeStringList('languages', { authScopes: MEMBER }),
    city: t.exposeString('city', { nullable: true, authScopes: MEMBER }),
    lat: t.exposeFloat('lat', { nullable: true, authScopes: MEMBER }),
    lon: t.exposeFloat('lon', { nullable: true, authScopes: MEMBER }),
    mode: t.field({ type: MentoringMode, authScopes: MEMBER, resolve: (r) => r.mode }),
    goals: t.exposeString('goals', { authScopes: MEMBER }),
    status: t.exposeString('status', { description: 'open, matched or withdrawn', authScopes: MEMBER }),
    createdAt: t.field({ type: DateTime, authScopes: MEMBER, resolve: (r) => r.createdAt }),
  }),
});

const MentorOfferRef = builder.objectRef<MentorOffer>('MentorOffer').implement({
  description: 'A mentor’s offer of places',
  fields: (t) => ({
    skills: t.exposeStringList('skills', { authScopes: MEMBER }),
    capacity: t.exposeInt('capacity', { authScopes: MEMBER }),
    languages: t.exposeStringList('languages', { authScopes: MEMBER }),
    mode: t.field({ type: MentoringMode, authScopes: MEMBER, resolve: (o) => o.mode }),
    status: t.exposeString('status', { description: 'open or withdrawn', authScopes: MEMBER }),
  }),
});

const MentorshipRef = builder.objectRef<MentorshipRecord>('Mentorship').implement({
  description: 'A mentorship from its proposal (both sides answer) to its end',
  fields: (t) => ({
    id: t.exposeID('id', { authScopes: SIGNED_IN }),
    status: t.exposeString('status', {
      description: 'proposed, active, ended or declined',
      authScopes: SIGNED_IN,
    }),
    mentorId: t.exposeString('mentorId', { authScopes: SIGNED_IN }),
    menteeId: t.exposeString('menteeId', { authScopes: SIGNED_IN }),
    mentor: t.field({
      type: MemberRef,
      nullable: true,
      authScopes: SIGNED_IN,
      resolve: (m, _args, context) => memberOrNull(context, m.mentorId),
    }),
    mentee: t.field({
      type: MemberRef,
      nullable: true,
      authScopes: SIGNED_IN,
      resolve: (m, _args, context) => memberOrNull(context, m.menteeId),
    }),
    mentorAccepted: t.exposeBoolean('mentorAccepted', { nullable: true, authScopes: SIGNED_IN }),
    menteeAccepted: t.exposeBoolean('menteeAccepted', { nullable: true, authScopes: SIGNED_IN }),
    score: t.exposeFloat('score', { nullable: true, authScopes: SIGNED_IN }),
    ...reasonFields(t, SIGNED_IN, 'Why this pair was proposed', (m, context, language) =>
      explainMentorship(context, m.explanation, language),
    ),
    roundId: t.exposeString('roundId', { nullable: true, authScopes: SIGNED_IN }),
    startedAt: t.field({
      type: DateTime,
      nullable: true,
      authScopes: SIGNED_IN,
      resolve: (m) => m.startedAt,
    }),
    endedAt: t.field({ type: DateTime, nullable: true, authScopes: SIGNED_IN, resolve: (m) => m.endedAt }),
    feedback: t.exposeInt('feedback', { nullable: true, authScopes: SIGNED_IN }),
    partnerEmail: t.string({
      nullable: true,
      description:
        'The other side’s e-mail, for the mentor and the mentee only, once both accepted (status active)',
      authScopes: SIGNED_IN,
      resolve: (m, _args, context) => mentorshipPartnerEmail(context, m),
    }),
  }),
});

const MentorChoiceRef = builder.objectRef<RankedMentorChoice>('MentorChoice').implement({
  description: 'A mentor who could mentor you, with the reasons of the score',
  fields: (t) => ({
    mentorId: t.exposeString('mentorId', { authScopes: MEMBER }),
    mentor: t.field({
      type: MemberRef,
      nullable: true,
      authScopes: MEMBER,
      resolve: (c, _args, context) => memberOrNull(context, c.mentorId),
    }),
    score: t.exposeFloat('score', { authScopes: MEMBER }),
    freePlaces: t.exposeInt('freePlaces', { authScopes: MEMBER }),
    ...reasonFields(t, MEMBER, 'Why this mentor', async (c, context, language) => ({
      details: await explainReasons(context, c.reasons, language),
      legacy: [],
    })),
  }),
});

const UnmatchedMenteeRef = builder.objectRef<UnmatchedMentee>('UnmatchedMentee').implement({
  description: 'A mentee the round could not match, and why',
  fields: (t) => ({
    menteeId: t.exposeString('menteeId', { authScopes: ROUND_RUNNERS }),
    mentee: t.field({
      type: MemberRef,
      nullable: true,
      authScopes: ROUND_RUNNERS,
      resolve: (u, _args, context) => memberOrNull(context, u.menteeId),
    }),
    reason: t.exposeString('reason', { authScopes: ROUND_RUNNERS }),
  }),
});

const MentoringRoundRef = builder.objectRef<MentoringRound>('MentoringRound').implement({
  description: 'A matching round run by a conseiller for their filières and spaces (admins: everyone)',
  fields: (t) => ({
    id: t.exposeID('id', { authScopes: ROUND_RUNNERS }),
    status: t.exposeString('status', { description: 'queued or proposed', authScopes: ROUND_RUNNERS }),
    passes: t.exposeInt('passes', { authScopes: ROUND_RUNNERS }),
    jobId: t.exposeString('jobId', {
      nullable: true,
      description: 'The job of the latest pass (follow it with jobProgress)',
      authScopes: ROUND_RUNNERS,
    }),
    scopeFilieres: t.exposeStringList('scopeFilieres', { authScopes: ROUND_RUNNERS }),
    scopeSpaces: t.exposeStringList('scopeSpaces', { authScopes: ROUND_RUNNERS }),
    unmatched: t.field({
      type: [UnmatchedMenteeRef],
      authScopes: ROUND_RUNNERS,
      resolve: (r) => r.unmatched,
    }),
    mentorships: t.field({
      type: [MentorshipRef],
      authScopes: ROUND_RUNNERS,
      resolve: (r, _args, context) => roundMentorships(context, r),
    }),
  }),
});

const MentorRequestInput = builder.inputType('MentorRequestInput', {
  fields: (t) => ({
    skills: t.stringList({ required: true, description: 'Skills you want to learn (taxonomy slugs)' }),
    filiere: t.string({ description: 'The filière you are joining' }),
    languages: t.stringList({
      required: true,
      description: 'ISO 639-1 codes of languages you can be mentored in',
    }),
    city: t.string(),
    lat: t.float(),
    lon: t.float(),
    mode: t.field({ type: MentoringMode, required: true }),
    goals: t.string({ description: 'What you hope to learn, in your words' }),
  }),
});

const MentorOfferInput = builder.inputType('MentorOfferInput', {
  fields: (t) => ({
    skills: t.stringList({ required: true, description: 'Skills you can pass on (taxonomy slugs)' }),
    capacity: t.int({ required: true, description: 'Mentees at once, 1 to 10' }),
    languages: t.stringList({ required: true, description: 'ISO 639-1 codes of languages you mentor in' }),
    mode: t.field({ type: MentoringMode, required: true }),
  }),
});

builder.queryFields((t) => ({
  myMentorRequest: t.field({
    type: MentorRequestRef,
    nullable: true,
    authScopes: MEMBER,
    resolve: (_root, _args, context) => myMentorRequest(context),
  }),
  myMentorOffer: t.field({
    type: MentorOfferRef,
    nullable: true,
    authScopes: MEMBER,
    resolve: (_root, _args, context) => myMentorOffer(context),
  }),
  myMentorships: t.field({
    type: [MentorshipRef],
    description: 'Your mentorships as mentor or mentee, newest first',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => myMentorships(context),
  }),
  topMentors: t.field({
    type: [MentorChoiceRef],
    description: 'The best mentors for your open request, best first, each with its reasons',
    authScopes: MEMBER,
    args: { n: t.arg.int({ defaultValue: 5 }) },
    resolve: (_root, args, context) => topMentorChoices(context, args.n ?? 5),
  }),
  mentoringRound: t.field({
    type: MentoringRoundRef,
    authScopes: ROUND_RUNNERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => mentoringRound(context, String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  requestMentor: t.field({
    type: MentorRequestRef,
    description: 'Creates or replaces your request for a mentor (needs the mentoring consent)',
    authScopes: MEMBER,
    args: { input: t.arg({ type: MentorRequestInput, required: true }) },
    resolve: (_root, args, context) => requestMentor(context, args.input),
  }),
  offerMentoring: t.field({
    type: MentorOfferRef,
    description: 'Creates or replaces your offer to mentor (needs the mentoring consent)',
    authScopes: MEMBER,
    args: { input: t.arg({ type: MentorOfferInput, required: true }) },
    resolve: (_root, args, context) => offerMentoring(context, args.input),
  }),
  withdrawMentorRequest: t.boolean({
    description: 'Withdraws your request: no round proposes you a mentor any more',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => withdrawMentorRequest(context),
  }),
  withdrawMentorOffer: t.boolean({
    description: 'Withdraws your offer: no round proposes you mentees any more (current mentorships go on)',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => withdrawMentorOffer(context),
  }),
  askMentor: t.field({
    type: MentorshipRef,
    description: 'Asks one mentor directly; the mentorship starts when they accept',
    authScopes: MEMBER,
    args: { mentorId: t.arg.string({ required: true, description: 'The mentor’s member id' }) },
    resolve: (_root, args, context) => askMentor(context, args.mentorId),
  }),
  respondToMentorship: t.field({
    type: MentorshipRef,
    description: 'Accept or decline a proposed mentorship (active once both sides accept)',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }), accept: t.arg.boolean({ required: true }) },
    resolve: (_root, args, context) => respondToMentorship(context, String(args.id), args.accept),
  }),
  endMentorship: t.field({
    type: MentorshipRef,
    description: 'Ends an active mentorship; the mentee may rate it 1 to 5',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }), feedback: t.arg.int() },
    resolve: (_root, args, context) => endMentorship(context, String(args.id), args.feedback ?? null),
  }),
  startMentoringRound: t.field({
    type: MentoringRoundRef,
    description: 'Matches the open requests of your filières and spaces (admins: all) as a job',
    authScopes: ROUND_RUNNERS,
    resolve: (_root, _args, context) => startMentoringRound(context),
  }),
  rematchMentoringRound: t.field({
    type: MentoringRoundRef,
    description: 'Runs another pass: re-matches declined mentees, keeping the pairs still in play',
    authScopes: ROUND_RUNNERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => rematchMentoringRound(context, String(args.id)),
  }),
}));
