// Tenders: calls for tenders with skill requirements, created by hand or
// imported from a notice (api/schema/notice.ts); skill candidates from pasted
// text; team suggestions run as a job (the suggestions queue, kind "team") whose
// results are stored as suggestions and read back in teamSuggestion.ts. The use
// cases are in services/tenders/.
import { type Requirement, TENDER_STATUSES, type Tender } from '../../domain/entities/tender.js';
import type { TenderSource } from '../../domain/entities/tenderSource.js';
import { requestTeams } from '../../services/tenders/teamSuggestions.js';
import {
  createTender,
  deadlineInText,
  skillsInText,
  updateTender,
} from '../../services/tenders/tenderEditing.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { internalId } from './idArgument.js';
import { resolvePagedConnection } from './offsetPage.js';
import { SkillRef } from './refs.js';
import { DateTime, GeoPoint } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';

const SIGNED_IN = { signedIn: true } as const;
/** Who may create tenders and ask for teams: members (future leads), conseillers and admins. */
const BID_ACTORS = { member: true, conseiller: true, admin: true } as const;

export const tenderRepository = (context: Pick<RequestContext, 'services'>) =>
  context.services.repositories.tenders;

export const TenderRef = builder.objectRef<Tender>('Tender');
const TenderStatus = builder.enumType('TenderStatus', { values: upperCaseEnum(TENDER_STATUSES) });

const TenderRequirement = builder.objectRef<Requirement>('TenderRequirement').implement({
  authScopes: SIGNED_IN,
  description: 'A slot to fill: count people holding the skill (or a narrower one) at minLevel or above',
  fields: (t) => ({
    skillId: t.exposeString('skill'),
    skill: t.field({
      type: SkillRef,
      nullable: true,
      resolve: (r, _args, context) => context.loaders.skill.load(r.skill),
    }),
    minLevel: t.exposeInt('minLevel'),
    count: t.exposeInt('count'),
  }),
});

const TenderSourceNotice = builder.objectRef<TenderSource>('TenderSourceNotice').implement({
  authScopes: SIGNED_IN,
  description: 'The procurement notice lot a tender was imported from',
  fields: (t) => ({
    noticeId: t.string({ resolve: (s) => s.noticeId ?? '' }),
    version: t.string({ resolve: (s) => s.noticeVersion ?? '' }),
    lotId: t.exposeString('lotId', { nullable: true }),
    nuts: t.exposeString('nuts', { nullable: true }),
    placeName: t.exposeString('placeName', { nullable: true }),
    cpv: t.exposeStringList('cpv'),
    importedAt: t.field({
      type: DateTime,
      nullable: true,
      resolve: async (s, _args, context) =>
        s.noticeKey ? ((await tenderRepository(context).notice(s.noticeKey))?.importedAt ?? null) : null,
    }),
  }),
});

builder.node(TenderRef, {
  authScopes: SIGNED_IN,
  description: 'A call for tenders with skill requirements, for which members form joint bids',
  id: { resolve: (tender) => tender.id },
  loadOne: (id, context) => tenderRepository(context).get(id),
  fields: (t) => ({
    tenderId: t.exposeString('id'),
    title: t.exposeString('title'),
    buyer: t.exposeString('buyer'),
    description: t.exposeString('description'),
    deadline: t.field({ type: DateTime, nullable: true, resolve: (x) => x.deadline }),
    location: t.field({
      type: GeoPoint,
      nullable: true,
      resolve: (x) => (x.lat !== null && x.lon !== null ? { lat: x.lat, lon: x.lon } : null),
    }),
    radiusKm: t.exposeFloat('radiusKm', { nullable: true }),
    placeName: t.string({
      nullable: true,
      description: "The town or space the location stands for (typed in, or the notice lot's place)",
      resolve: async (x, _args, context) => (await tenderRepository(context).source(x.id))?.placeName ?? null,
    }),
    networkWide: t.boolean({
      description: 'True when the tender has no place: teams are looked for in the whole network',
      resolve: (x) => x.lat === null || x.lon === null,
    }),
    expired: t.boolean({
      description: 'True when its deadline has passed (an expired tender takes no new bids)',
      resolve: (x) => x.deadline !== null && x.deadline < Date.now(),
    }),
    requirements: t.field({ type: [TenderRequirement], resolve: (x) => x.requirements }),
    maxTeamSize: t.exposeInt('maxTeamSize', { nullable: true }),
    budget: t.exposeFloat('budget', { nullable: true }),
    currency: t.exposeString('currency', { nullable: true }),
    status: t.field({ type: TenderStatus, resolve: (x) => x.status }),
    createdAt: t.field({ type: DateTime, resolve: (x) => x.createdAt }),
    updatedAt: t.field({ type: DateTime, resolve: (x) => x.updatedAt }),
    lot: t.string({
      nullable: true,
      resolve: async (x, _args, context) => (await tenderRepository(context).source(x.id))?.lot ?? null,
    }),
    sourceNotice: t.field({
      type: TenderSourceNotice,
      nullable: true,
      description: 'The procurement notice this tender was imported from; null for a tender typed in',
      resolve: async (x, _args, context) => {
        const source = await tenderRepository(context).source(x.id);
        return source?.noticeKey ? source : null;
      },
    }),
  }),
});

const RequirementInput = builder.inputType('RequirementInput', {
  fields: (t) => ({
    skill: t.string({ required: true, description: 'Slug of a skill of the taxonomy' }),
    minLevel: t.int({ required: true, description: '1 (beginner) to 5 (expert)' }),
    count: t.int({ required: false, defaultValue: 1 }),
  }),
});

const TenderInput = builder.inputType('TenderInput', {
  description: 'createTender needs a title and requirements; updateTender changes only the fields given',
  fields: (t) => ({
    title: t.string(),
    buyer: t.string(),
    description: t.string(),
    deadline: t.field({ type: DateTime }),
    lat: t.float(),
    lon: t.float(),
    radiusKm: t.float({ description: 'Members are looked for within this distance of lat/lon' }),
    lot: t.string(),
    placeName: t.string({ description: 'The town or space lat/lon stand for, shown on the tender' }),
    requirements: t.field({ type: [RequirementInput] }),
    maxTeamSize: t.int(),
    budget: t.float(),
    currency: t.string({ description: 'ISO 4217, e.g. "EUR"' }),
  }),
});

const SkillCandidate = builder.objectRef<{ id: string; because: string }>('SkillCandidate').implement({
  authScopes: SIGNED_IN,
  description: 'A skill named in a text, with the phrase that names it, for the user to confirm',
  fields: (t) => ({
    skillId: t.exposeString('id'),
    skill: t.field({
      type: SkillRef,
      nullable: true,
      resolve: (c, _a, context) => context.loaders.skill.load(c.id),
    }),
    because: t.exposeString('because'),
  }),
});

const DeadlineCandidate = builder
  .objectRef<{ epochMs: number; because: string }>('DeadlineCandidate')
  .implement({
    authScopes: SIGNED_IN,
    description: 'The submission deadline a text states, with the phrase that states it',
    fields: (t) => ({
      deadline: t.field({ type: DateTime, resolve: (d) => d.epochMs }),
      because: t.exposeString('because'),
    }),
  });

/** The fields given (GraphQL leaves absent ones undefined). */
function given(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

builder.queryFields((t) => ({
  tender: t.field({
    type: TenderRef,
    nullable: true,
    authScopes: SIGNED_IN,
    args: { id: t.arg.string({ required: true, description: 'The tender id (tenderId)' }) },
    resolve: (_root, { id }, context) => tenderRepository(context).get(internalId(id, 'Tender', ['id'])),
  }),
  tenders: t.connection({
    type: TenderRef,
    authScopes: SIGNED_IN,
    description: 'Tenders, newest first, filtered by words of the title, buyer or description and by skills',
    args: {
      text: t.arg.string(),
      skills: t.arg.stringList(),
      status: t.arg({ type: TenderStatus }),
    },
    resolve: async (_root, args, context) => {
      return resolvePagedConnection(args, (page) =>
        tenderRepository(context).search(
          {
            text: args.text ?? undefined,
            skills: args.skills ?? undefined,
            status: args.status ?? undefined,
          },
          page,
        ),
      );
    },
  }),
  extractTenderSkills: t.field({
    type: [SkillCandidate],
    authScopes: SIGNED_IN,
    description: 'Skills of the taxonomy named in a pasted text (fr, en, nl labels and synonyms)',
    args: { text: t.arg.string({ required: true }) },
    resolve: (_root, { text }, context) => skillsInText(context, text),
  }),
  extractTenderDeadline: t.field({
    type: DeadlineCandidate,
    nullable: true,
    authScopes: SIGNED_IN,
    description: 'The submission deadline a pasted text states (fr, nl, en dates), null when none',
    args: { text: t.arg.string({ required: true }) },
    resolve: (_root, { text }) => deadlineInText(text),
  }),
}));

builder.mutationFields((t) => ({
  createTender: t.field({
    type: TenderRef,
    authScopes: BID_ACTORS,
    args: { input: t.arg({ type: TenderInput, required: true }) },
    resolve: (_root, { input }, context) => createTender(context, given(input)),
  }),
  updateTender: t.field({
    type: TenderRef,
    authScopes: SIGNED_IN,
    args: {
      id: t.arg.string({ required: true }),
      input: t.arg({ type: TenderInput, required: true }),
      status: t.arg({ type: TenderStatus }),
    },
    resolve: (_root, { id, input, status }, context) =>
      updateTender(context, internalId(id, 'Tender', ['id']), given(input), status ?? null),
  }),
  suggestTeams: t.string({
    authScopes: BID_ACTORS,
    description:
      'Starts a team suggestion job for the tender and returns its id (follow it with jobProgress)',
    args: {
      tenderId: t.arg.string({ required: true }),
      k: t.arg.int({ required: false, defaultValue: 3, description: 'How many distinct teams, 1 to 10' }),
      includeMe: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: (_root, { tenderId, k, includeMe }, context) =>
      requestTeams(context, internalId(tenderId, 'Tender', ['tenderId']), { k, includeMe }),
  }),
}));
