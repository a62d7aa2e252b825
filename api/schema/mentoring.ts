// Mentoring: newcomers ask for a mentor, experienced members offer places
// (both only with the mentoring consent on), conseillers run matching rounds
// for their scope as jobs, each side answers a proposal, and mentorships end
// with the mentee's feedback, which later pair scores take into account.
import { z } from 'zod';
import type { UiLanguage } from '../../domain/entities/common.js';
import { latitudeSchema, longitudeSchema, spokenLanguageSchema } from '../../domain/entities/common.js';
import { MENTORING_MODES } from '../../domain/entities/mentoringMode.js';
import type { MentoringRound, UnmatchedMentee } from '../../domain/entities/mentoringRound.js';
import type { MentorOffer } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../../domain/entities/mentorRequest.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { mentorshipContactFor } from '../../domain/policy/mentorshipContact.js';
import { isAdmin } from '../../domain/policy/profileVisibility.js';
import { parseInput, singleLineText, userText } from '../../domain/validation.js';
import { MentoringRepository } from '../../graph/repositories/mentoringRepository.js';
import type { PairReason } from '../../workers/matching/mentorAssignment/index.js';
import { readReasons, renderPairReasons } from '../../workers/mentoring/explainPair.js';
import { askMentor, type RankedMentorChoice, topMentors } from '../../workers/mentoring/mentorRanking.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { MemberRef } from './refs.js';
import { DateTime, Language } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';
import { keepSuggestable, visibleOrNull } from './visibleMembers.js';

const MEMBER = { member: true } as const;
const SIGNED_IN = { signedIn: true } as const;
const ROUND_RUNNERS = { conseiller: true, admin: true } as const;

const repo = (context: RequestContext) => new MentoringRepository(context.services.graph);

function ownMemberId(context: RequestContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}

async function memberOrNull(context: RequestContext, id: string) {
  return visibleOrNull(context, await context.loaders.member.load(id));
}

/** A reason as a code with its parameters, and its sentence in the reader's language. */
interface RenderedReason {
  reason: PairReason;
  text: string;
}

async function renderReasons(
  context: RequestContext,
  reasons: readonly PairReason[],
  language: UiLanguage,
): Promise<RenderedReason[]> {
  const filiereIds = [...new Set(reasons.flatMap((r) => (r.factor === 'filiere' ? r.shared : [])))];
  const filieres = new Map(
    await Promise.all(
      filiereIds.map(
        async (id) => [id, (await context.loaders.filiere.load(id))?.labels[language] ?? id] as const,
      ),
    ),
  );
  const { taxonomy } = context.services;
  const texts = renderPairReasons(
    reasons,
    {
      skill: (id) => (taxonomy.has(id) ? taxonomy.label(id, language) : id),
      filiere: (id) => filieres.get(id) ?? id,
    },
    language,
  );
  return reasons.map((reason, i) => ({ reason, text: texts[i]! }));
}

function reasonCode(reason: PairReason): string {
  switch (reason.factor) {
    case 'skill':
      return `skill.${reason.match}`;
    case 'filiere':
      return reason.shared.length > 0 ? 'filiere' : 'filiere.none';
    case 'distance':
      return reason.km === null ? 'distance.unknown' : 'distance';
    case 'feedback':
      return reason.average === null ? 'feedback.none' : 'feedback';
    case 'blocked':
      return `blocked.${reason.cause}`;
    default:
      return reason.factor;
  }
}

const MentorReasonRef = builder.objectRef<RenderedReason>('MentorReason').implement({
  description: 'Why a mentor and a mentee were paired: a code with its parameters, and its sentence',
  fields: (t) => ({
    code: t.string({
      description:
        'skill.exact|broader|narrower|related, level, language, filiere, filiere.none, distance, ' +
        'distance.unknown, feedback, feedback.none, blocked.<cause>',
      authScopes: SIGNED_IN,
      resolve: (r) => reasonCode(r.reason),
    }),
    text: t.exposeString('text', {
      description: 'The reason in the reader’s language',
      authScopes: SIGNED_IN,
    }),
    skills: t.stringList({
      description: 'Skill slugs: the skill wanted, then the skill offered',
      authScopes: SIGNED_IN,
      resolve: (r) => (r.reason.factor === 'skill' ? [r.reason.wanted, r.reason.offered] : []),
    }),
    languages: t.stringList({
      authScopes: SIGNED_IN,
      resolve: (r) => (r.reason.factor === 'language' ? r.reason.shared : []),
    }),
    filieres: t.stringList({
      authScopes: SIGNED_IN,
      resolve: (r) => (r.reason.factor === 'filiere' ? r.reason.shared : []),
    }),
    value: t.float({
      nullable: true,
      description: 'Levels ahead (level), kilometres (distance) or average rating out of 5 (feedback)',
      authScopes: SIGNED_IN,
      resolve: ({ reason }) =>
        reason.factor === 'level'
          ? reason.gap
          : reason.factor === 'distance'
            ? reason.km
            : reason.factor === 'feedback'
              ? reason.average
              : null,
    }),
    count: t.int({
      nullable: true,
      description: 'Ratings the average is made of (feedback)',
      authScopes: SIGNED_IN,
      resolve: ({ reason }) => (reason.factor === 'feedback' ? reason.count : null),
    }),
  }),
});

const MentoringMode = builder.enumType('MentoringMode', {
  description: 'How a mentee and a mentor meet; "either" fits both',
  values: upperCaseEnum(MENTORING_MODES),
});

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
    reasons: t.stringList({
      description: 'Why this pair was proposed, one sentence a reason, in the reader’s language',
      authScopes: SIGNED_IN,
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: async (m, args, context) => {
        const { reasons, legacy } = readReasons(m.explanation);
        const rendered = await renderReasons(context, reasons, args.language ?? context.language);
        return [...rendered.map((r) => r.text), ...legacy];
      },
    }),
    reasonDetails: t.field({
      type: [MentorReasonRef],
      description: 'Why this pair was proposed, as codes with parameters',
      authScopes: SIGNED_IN,
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (m, args, context) =>
        renderReasons(context, readReasons(m.explanation).reasons, args.language ?? context.language),
    }),
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
      resolve: async (m, _args, context) => {
        const partner = mentorshipContactFor(context.viewer, m);
        if (!partner) return null;
        return (await context.loaders.member.load(partner))?.email ?? null;
      },
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
    reasons: t.stringList({
      description: 'Why this mentor, one sentence a reason, in the reader’s language',
      authScopes: MEMBER,
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: async (c, args, context) =>
        (await renderReasons(context, c.reasons, args.language ?? context.language)).map((r) => r.text),
    }),
    reasonDetails: t.field({
      type: [MentorReasonRef],
      description: 'Why this mentor, as codes with parameters',
      authScopes: MEMBER,
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (c, args, context) => renderReasons(context, c.reasons, args.language ?? context.language),
    }),
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
      resolve: (r, _args, context) => repo(context).mentorshipsOfRound(r.id),
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

const skillList = z
  .array(z.string().max(64))
  .min(1, 'must list at least one skill')
  .max(10, 'must list at most 10 skills');
const languageList = z.array(spokenLanguageSchema).min(1, 'must list at least one language').max(20);
const modeSchema = z.enum(MENTORING_MODES);

const requestSchema = z
  .object({
    skills: skillList,
    filiere: z.string().max(64).nullish(),
    languages: languageList,
    city: singleLineText(120).nullish(),
    lat: latitudeSchema.nullish(),
    lon: longitudeSchema.nullish(),
    mode: modeSchema,
    goals: userText(2000).nullish(),
  })
  .refine((r) => (r.lat == null) === (r.lon == null), { message: 'lat and lon go together', path: ['lat'] });

const offerSchema = z.object({
  skills: skillList,
  capacity: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(10, 'must be ≤ 10'),
  languages: languageList,
  mode: modeSchema,
});

function checkSkills(context: RequestContext, skills: readonly string[]): void {
  const problems = skills.flatMap((skill, i) =>
    context.services.taxonomy.has(skill)
      ? []
      : [{ path: ['input', 'skills', i], message: `unknown skill "${skill}"` }],
  );
  if (problems.length > 0) throw new BadUserInputError(problems);
}

/** Mentoring needs the member's explicit consent (privacy.suggestForMentoring). */
async function requireConsent(context: RequestContext, memberId: string): Promise<void> {
  const member = await context.loaders.member.load(memberId);
  if (!member) throw new NotFoundError('Member', memberId);
  if (!member.privacy.suggestForMentoring) {
    throw BadUserInputError.at(
      ['privacy', 'suggestForMentoring'],
      'must be on: turn on "Suggest me as a mentor or mentee" in your privacy settings first',
    );
  }
}

function roundScope(
  context: RequestContext,
): Pick<MentoringRound, 'scopeAll' | 'scopeFilieres' | 'scopeSpaces'> {
  const { viewer } = context;
  if (isAdmin(viewer)) return { scopeAll: true, scopeFilieres: [], scopeSpaces: [] };
  if (viewer.scopeFilieres.length === 0 && viewer.scopeSpaces.length === 0) {
    throw new ForbiddenError('No filière or space is assigned to you: there is nobody to match');
  }
  return { scopeAll: false, scopeFilieres: [...viewer.scopeFilieres], scopeSpaces: [...viewer.scopeSpaces] };
}

function requester(context: RequestContext): string {
  const id = context.viewer.memberId ?? context.viewer.accountId;
  if (!id) throw new ForbiddenError();
  return id;
}

/** The round, for its creator or an admin. */
async function ownRound(context: RequestContext, id: string): Promise<MentoringRound> {
  const round = await repo(context).getRound(id);
  if (!round) throw new NotFoundError('Mentoring round', id);
  if (round.createdBy !== requester(context) && !isAdmin(context.viewer)) {
    throw new ForbiddenError('Only the conseiller who started this round (or an admin) sees it');
  }
  return round;
}

/** Enqueues the round's next pass as a suggestions job (kind mentor) and records its id. */
async function enqueuePass(context: RequestContext, round: MentoringRound): Promise<MentoringRound> {
  const { services } = context;
  const job = await services.jobs.enqueue('suggestions', {
    kind: 'mentor',
    requestedBy: requester(context),
    roundId: round.id,
    revision: `pass-${round.passes + 1}`,
  });
  const at = Date.now();
  await repo(context).setRoundJob(round.id, job.id, at);
  return { ...round, jobId: job.id, status: 'queued', updatedAt: at };
}

builder.queryFields((t) => ({
  myMentorRequest: t.field({
    type: MentorRequestRef,
    nullable: true,
    authScopes: MEMBER,
    resolve: (_root, _args, context) => repo(context).getRequest(ownMemberId(context)),
  }),
  myMentorOffer: t.field({
    type: MentorOfferRef,
    nullable: true,
    authScopes: MEMBER,
    resolve: (_root, _args, context) => repo(context).getOffer(ownMemberId(context)),
  }),
  myMentorships: t.field({
    type: [MentorshipRef],
    description: 'Your mentorships as mentor or mentee, newest first',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => repo(context).mentorshipsOf(ownMemberId(context)),
  }),
  topMentors: t.field({
    type: [MentorChoiceRef],
    description: 'The best mentors for your open request, best first, each with its reasons',
    authScopes: MEMBER,
    args: { n: t.arg.int({ defaultValue: 5 }) },
    resolve: async (_root, args, context) => {
      const n = args.n ?? 5;
      if (n < 1 || n > 20) throw BadUserInputError.at(['n'], 'must be between 1 and 20');
      // Ranked among all offers, then cut to the mentors the privacy rule lets be suggested to you.
      const ranked = await topMentors(
        context.services.graph,
        context.services.taxonomy,
        ownMemberId(context),
        20,
      );
      return (await keepSuggestable(context, ranked, (c) => c.mentorId, 'mentoring')).slice(0, n);
    },
  }),
  mentoringRound: t.field({
    type: MentoringRoundRef,
    authScopes: ROUND_RUNNERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => ownRound(context, String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  requestMentor: t.field({
    type: MentorRequestRef,
    description: 'Creates or replaces your request for a mentor (needs the mentoring consent)',
    authScopes: MEMBER,
    args: { input: t.arg({ type: MentorRequestInput, required: true }) },
    resolve: async (_root, args, context) => {
      const memberId = ownMemberId(context);
      const input = parseInput(requestSchema, args.input, ['input']);
      checkSkills(context, input.skills);
      if (input.filiere && !(await context.loaders.filiere.load(input.filiere))) {
        throw BadUserInputError.at(['input', 'filiere'], `unknown filière "${input.filiere}"`);
      }
      await requireConsent(context, memberId);
      const now = Date.now();
      return repo(context).putRequest({
        memberId,
        skills: [...new Set(input.skills)],
        filiere: input.filiere ?? null,
        languages: [...new Set(input.languages)],
        city: input.city ?? null,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        mode: input.mode,
        goals: input.goals ?? '',
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
    },
  }),
  offerMentoring: t.field({
    type: MentorOfferRef,
    description: 'Creates or replaces your offer to mentor (needs the mentoring consent)',
    authScopes: MEMBER,
    args: { input: t.arg({ type: MentorOfferInput, required: true }) },
    resolve: async (_root, args, context) => {
      const memberId = ownMemberId(context);
      const input = parseInput(offerSchema, args.input, ['input']);
      checkSkills(context, input.skills);
      await requireConsent(context, memberId);
      const now = Date.now();
      return repo(context).putOffer({
        memberId,
        skills: [...new Set(input.skills)],
        capacity: input.capacity,
        languages: [...new Set(input.languages)],
        mode: input.mode,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
    },
  }),
  withdrawMentorRequest: t.boolean({
    description: 'Withdraws your request: no round proposes you a mentor any more',
    authScopes: MEMBER,
    resolve: (_root, _args, context) =>
      repo(context).setRequestStatus(ownMemberId(context), 'withdrawn', Date.now()),
  }),
  withdrawMentorOffer: t.boolean({
    description: 'Withdraws your offer: no round proposes you mentees any more (current mentorships go on)',
    authScopes: MEMBER,
    resolve: (_root, _args, context) =>
      repo(context).setOfferStatus(ownMemberId(context), 'withdrawn', Date.now()),
  }),
  askMentor: t.field({
    type: MentorshipRef,
    description: 'Asks one mentor directly; the mentorship starts when they accept',
    authScopes: MEMBER,
    args: { mentorId: t.arg.string({ required: true, description: 'The mentor’s member id' }) },
    resolve: (_root, args, context) =>
      askMentor(context.services.graph, context.services.taxonomy, ownMemberId(context), args.mentorId),
  }),
  respondToMentorship: t.field({
    type: MentorshipRef,
    description: 'Accept or decline a proposed mentorship (active once both sides accept)',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }), accept: t.arg.boolean({ required: true }) },
    resolve: (_root, args, context) =>
      repo(context).answer(String(args.id), ownMemberId(context), args.accept, Date.now()),
  }),
  endMentorship: t.field({
    type: MentorshipRef,
    description: 'Ends an active mentorship; the mentee may rate it 1 to 5',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }), feedback: t.arg.int() },
    resolve: (_root, args, context) => {
      const feedback = args.feedback ?? null;
      if (feedback !== null && (feedback < 1 || feedback > 5)) {
        throw BadUserInputError.at(['feedback'], 'must be between 1 and 5');
      }
      return repo(context).end(String(args.id), ownMemberId(context), feedback, Date.now());
    },
  }),
  startMentoringRound: t.field({
    type: MentoringRoundRef,
    description: 'Matches the open requests of your filières and spaces (admins: all) as a job',
    authScopes: ROUND_RUNNERS,
    resolve: async (_root, _args, context) => {
      const now = Date.now();
      const round = await repo(context).createRound({
        createdBy: requester(context),
        ...roundScope(context),
        status: 'queued',
        passes: 0,
        jobId: null,
        unmatched: [],
        createdAt: now,
        updatedAt: now,
      });
      return enqueuePass(context, round);
    },
  }),
  rematchMentoringRound: t.field({
    type: MentoringRoundRef,
    description: 'Runs another pass: re-matches declined mentees, keeping the pairs still in play',
    authScopes: ROUND_RUNNERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => enqueuePass(context, await ownRound(context, String(args.id))),
  }),
}));
