// Filière management: conseillers create and edit filières (labels, core
// skills from the taxonomy, animators), run filière suggestions (proposed new
// filières from detected communities, members to invite), accept or dismiss
// them, and organise events; members join and leave filières and register for
// events. Conseillers act only on the filières assigned to them (actOnFiliere).
import { z } from 'zod';
import type { Filiere } from '../../domain/entities/filiere.js';
import type { FiliereEvent } from '../../domain/entities/filiereEvent.js';
import type { Member } from '../../domain/entities/member.js';
import type { ProposedFiliere } from '../../domain/entities/proposedFiliere.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { newId, slugSchema } from '../../domain/ids.js';
import { mayInviteToFiliere } from '../../domain/policy/privacyRule.js';
import { canActOnFiliere, isAdmin } from '../../domain/policy/profileVisibility.js';
import { parseInput, userText } from '../../domain/validation.js';
import type { FiliereGrowthPoint } from '../../graph/repositories/filiereManagementRepository.js';
import { filiereStores } from '../../graph/repositories/filiereStores.js';
import { NETWORK_SUBJECT } from '../../graph/repositories/proposedFiliereRepository.js';
import { recordAction } from '../../services/audit/recordAction.js';
import type { RequestContext } from '../context.js';
import { builder, PUBLIC } from './builder.js';
import { FiliereRef, MemberRef, SkillRef, SpaceRef } from './refs.js';
import { DateTime, Language } from './scalars.js';
import { LabelsRef } from './skill.js';
import { explainSuggestion } from './suggestionExplanation.js';

const CONSEILLER = { $any: { conseiller: true, admin: true } } as const;
const MEMBER = { member: true } as const;

const stores = (context: RequestContext) => filiereStores(context.services.graph);

// ---- types ----

const FiliereGrowthRef = builder.objectRef<FiliereGrowthPoint>('FiliereGrowthPoint').implement({
  authScopes: PUBLIC,
  description: 'Members of a filière in one month',
  fields: (t) => ({
    month: t.exposeString('month', { description: '"YYYY-MM"' }),
    joined: t.exposeInt('joined'),
    total: t.exposeInt('total', { description: 'Members at the end of the month' }),
  }),
});

const FiliereEventRef = builder.objectRef<FiliereEvent>('FiliereEvent').implement({
  authScopes: PUBLIC,
  description: 'A meeting of a filière (workshop, visit, gathering) members register for',
  fields: (t) => ({
    id: t.exposeID('id'),
    filiere: t.field({
      type: FiliereRef,
      nullable: true,
      resolve: (event, _args, context) => context.loaders.filiere.load(event.filiereId),
    }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    place: t.exposeString('place'),
    startsAt: t.field({ type: DateTime, resolve: (event) => event.startsAt }),
    capacity: t.int({ nullable: true, resolve: (event) => event.capacity }),
    registrationsCount: t.int({
      resolve: (event, _args, context) => stores(context).events.registrationsCount(event.id),
    }),
    registered: t.boolean({
      description: 'Whether you are registered',
      resolve: (event, _args, context) =>
        context.viewer.memberId !== null &&
        stores(context).events.isRegistered(event.id, context.viewer.memberId),
    }),
  }),
});

builder.objectField(FiliereRef, 'events', (t) =>
  t.field({
    type: [FiliereEventRef],
    authScopes: PUBLIC,
    description: 'Events of the filière, soonest first (upcoming only unless told otherwise)',
    args: { includePast: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: (filiere, args, context) =>
      stores(context).events.ofFiliere(filiere.id, args.includePast ? null : Date.now()),
  }),
);

builder.objectField(FiliereRef, 'growth', (t) =>
  t.field({
    type: [FiliereGrowthRef],
    authScopes: PUBLIC,
    description: 'Members per month since the first member joined',
    resolve: (filiere, _args, context) => stores(context).management.growth(filiere.id),
  }),
);

interface ProposalView {
  suggestion: Suggestion;
  proposal: ProposedFiliere;
}

const ProposedFiliereRef = builder.objectRef<ProposalView>('ProposedFiliere').implement({
  authScopes: CONSEILLER,
  description: 'A community of members that no filière covers yet, proposed to conseillers as a new filière',
  fields: (t) => ({
    id: t.id({ description: 'The suggestion id (accept or dismiss it)', resolve: (v) => v.suggestion.id }),
    labels: t.field({ type: LabelsRef, resolve: (v) => v.proposal.labels }),
    skills: t.field({
      type: [SkillRef],
      description: 'Its most characteristic skills',
      resolve: async (v, _args, context) => present(await context.loaders.skill.loadMany(v.proposal.skills)),
    }),
    size: t.int({ resolve: (v) => v.proposal.size }),
    growth: t.int({ description: 'Members who joined in the last year', resolve: (v) => v.proposal.growth }),
    cities: t.stringList({ resolve: (v) => v.proposal.cities }),
    spaces: t.field({
      type: [SpaceRef],
      resolve: async (v, _args, context) => present(await context.loaders.space.loadMany(v.proposal.spaces)),
    }),
    score: t.float({ resolve: (v) => v.suggestion.score }),
    explanation: t.string({
      description: 'Why, in the reader’s language (the argument, else Accept-Language)',
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (v, args, context) =>
        explainSuggestion(context, v.suggestion.explanation, args.language ?? context.language),
    }),
    status: t.string({ resolve: (v) => v.suggestion.status }),
    filiere: t.field({
      type: FiliereRef,
      nullable: true,
      description: 'The filière created from it, once accepted',
      resolve: (v, _args, context) =>
        v.proposal.filiereId ? context.loaders.filiere.load(v.proposal.filiereId) : null,
    }),
  }),
});

interface InvitationView {
  suggestion: Suggestion;
  member: Member;
}

const FiliereInvitationRef = builder.objectRef<InvitationView>('FiliereInvitationSuggestion').implement({
  authScopes: (v) => ({ actOnFiliere: v.suggestion.subjectId }),
  description: 'A member who could join a filière: holds its core skills and allowed filière suggestions',
  fields: (t) => ({
    id: t.id({ description: 'The suggestion id (accept or dismiss it)', resolve: (v) => v.suggestion.id }),
    member: t.field({ type: MemberRef, resolve: (v) => v.member }),
    score: t.float({ resolve: (v) => v.suggestion.score }),
    explanation: t.string({
      description: 'Why, in the reader’s language (the argument, else Accept-Language)',
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (v, args, context) =>
        explainSuggestion(context, v.suggestion.explanation, args.language ?? context.language),
    }),
  }),
});

function present<T>(items: readonly (T | null | Error)[]): T[] {
  return items.filter((item): item is T => item !== null && !(item instanceof Error));
}

// ---- inputs ----

const LabelsInput = builder.inputType('LabelsInput', {
  fields: (t) => ({
    fr: t.string({ required: true }),
    en: t.string({ required: true }),
    nl: t.string({ required: true }),
  }),
});

const FiliereInput = builder.inputType('FiliereInput', {
  description: 'On update, only the fields given change',
  fields: (t) => ({
    slug: t.string({ description: 'Lowercase words joined by hyphens; set at creation only' }),
    labels: t.field({ type: LabelsInput }),
    description: t.string(),
    coreSkills: t.stringList({ description: 'Slugs of taxonomy skills' }),
    animators: t.stringList({ description: 'Handles of the members who animate it' }),
  }),
});

const label = userText(120).pipe(z.string().min(1, 'must not be empty'));
const filiereInputSchema = z.object({
  slug: slugSchema.optional(),
  labels: z.object({ fr: label, en: label, nl: label }).optional(),
  description: userText(4000).optional(),
  coreSkills: z.array(z.string()).min(1, 'a filière needs at least one core skill').max(30).optional(),
  animators: z.array(z.string()).max(20).optional(),
});
type FiliereFields = z.infer<typeof filiereInputSchema>;

/** Checks skills against the taxonomy and resolves animator handles; every problem named by its field. */
async function checkedFields(context: RequestContext, raw: unknown) {
  const given = parseInput(
    filiereInputSchema,
    Object.fromEntries(Object.entries(raw as object).filter(([, v]) => v !== null && v !== undefined)),
    ['input'],
  );
  const problems = (given.coreSkills ?? []).flatMap((skill, i) =>
    context.services.taxonomy.has(skill)
      ? []
      : [{ path: ['input', 'coreSkills', i], message: `unknown skill "${skill}"` }],
  );
  const animators = await Promise.all(
    (given.animators ?? []).map((handle) => context.services.repositories.members.getByHandle(handle)),
  );
  animators.forEach((member, i) => {
    if (!member)
      problems.push({ path: ['input', 'animators', i], message: `unknown member "${given.animators![i]}"` });
  });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return {
    given,
    animatorIds: given.animators ? animators.map((m) => m!.id) : undefined,
  };
}

async function loadFiliere(context: RequestContext, slug: string): Promise<Filiere> {
  const filiere = await context.services.repositories.filieres.get(slug);
  if (!filiere) throw new NotFoundError('Filiere', slug);
  return filiere;
}

/** A conseiller who creates a filière animates it from then on: it joins their scope. */
async function addToScope(context: RequestContext, filiereId: string): Promise<void> {
  if (isAdmin(context.viewer) || !context.viewer.accountId) return;
  const account = await context.services.accounts.get(context.viewer.accountId);
  if (!account || account.scopeFilieres.includes(filiereId)) return;
  await context.services.accounts.setScope(account.id, {
    roles: account.roles,
    scopeFilieres: [...account.scopeFilieres, filiereId],
    scopeSpaces: account.scopeSpaces,
  });
}

async function createFiliere(context: RequestContext, fields: FiliereFields, animatorIds: string[] = []) {
  if (!fields.slug) throw BadUserInputError.at(['input', 'slug'], 'is required to create a filière');
  if (!fields.labels) throw BadUserInputError.at(['input', 'labels'], 'are required to create a filière');
  if (!fields.coreSkills)
    throw BadUserInputError.at(['input', 'coreSkills'], 'are required to create a filière');
  const filiere: Filiere = {
    id: fields.slug,
    labels: fields.labels,
    description: fields.description ?? '',
    coreSkills: [...new Set(fields.coreSkills)],
  };
  await stores(context).management.create(filiere, animatorIds, Date.now());
  await addToScope(context, filiere.id);
  await recordAction(
    context,
    'filiere.created',
    { kind: 'Filiere', id: filiere.id },
    { coreSkills: filiere.coreSkills },
  );
  return loadFiliere(context, filiere.id);
}

// ---- suggestions ----

async function filiereSuggestion(context: RequestContext, id: string): Promise<Suggestion> {
  const suggestion = await context.services.suggestions.get(id);
  if (suggestion?.kind !== 'filiere') throw new NotFoundError('Suggestion', id);
  const allowed =
    suggestion.subjectId === NETWORK_SUBJECT
      ? isAdmin(context.viewer) || context.viewer.roles.includes('conseiller')
      : canActOnFiliere(context.viewer, suggestion.subjectId);
  if (!allowed) throw new ForbiddenError('This suggestion is outside your filières');
  return suggestion;
}

async function invitationViews(context: RequestContext, filiereId: string): Promise<InvitationView[]> {
  const [suggestions, members] = await Promise.all([
    context.services.suggestions.listBySubject(filiereId, { kind: 'filiere', statuses: ['new'] }),
    stores(context).management.memberIds(filiereId),
  ]);
  const candidates = suggestions.filter((s) => !members.has(s.targetIds[0]!));
  const found = await context.services.repositories.members.getMany(candidates.map((s) => s.targetIds[0]!));
  // Consent and visibility as they are now, not as they were when the job ran.
  return candidates.flatMap((suggestion, i) => {
    const member = found[i];
    return member && mayInviteToFiliere(context.viewer, member, filiereId) ? [{ suggestion, member }] : [];
  });
}

const requester = (context: RequestContext) =>
  context.viewer.memberId ?? context.viewer.accountId ?? 'anonymous';

builder.queryFields((t) => ({
  proposedFilieres: t.field({
    type: [ProposedFiliereRef],
    authScopes: CONSEILLER,
    description: 'Conseillers: new filières proposed from communities no filière covers, best first',
    resolve: async (_root, _args, context) => {
      const suggestions = await context.services.suggestions.listBySubject(NETWORK_SUBJECT, {
        kind: 'filiere',
        statuses: ['new'],
      });
      const proposals = await Promise.all(
        suggestions.map((s) => stores(context).proposals.get(s.targetIds[0]!)),
      );
      return suggestions.flatMap((suggestion, i) => {
        const proposal = proposals[i];
        return proposal && proposal.filiereId === null ? [{ suggestion, proposal }] : [];
      });
    },
  }),
  filiereInvitationSuggestions: t.field({
    type: [FiliereInvitationRef],
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    description: 'Conseillers: members to invite into a filière of your scope, best first',
    args: { filiere: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => invitationViews(context, args.filiere),
  }),
}));

builder.mutationFields((t) => ({
  requestFiliereSuggestions: t.string({
    authScopes: CONSEILLER,
    description:
      'Conseillers: start a filière suggestions job (no filière: propose new ones; a filière of your scope: members to invite). Returns the job id.',
    args: { filiere: t.arg.string({ required: false }) },
    resolve: async (_root, args, context) => {
      const filiereId = args.filiere ?? null;
      if (filiereId !== null && !canActOnFiliere(context.viewer, filiereId)) throw new ForbiddenError();
      const job = await context.services.jobs.enqueue('suggestions', {
        kind: 'filiere',
        requestedBy: requester(context),
        filiereId,
        revision: String(Date.now()),
      });
      return job.id;
    },
  }),
  acceptFiliereProposal: t.field({
    type: FiliereRef,
    authScopes: CONSEILLER,
    description:
      'Conseillers: accept a filière suggestion. A proposed filière is created (edit its fields in `input`: slug, labels, core skills...); an invitation adds the member to the filière. Audited.',
    args: { suggestion: t.arg.id({ required: true }), input: t.arg({ type: FiliereInput, required: false }) },
    resolve: async (_root, args, context) => {
      const suggestion = await filiereSuggestion(context, String(args.suggestion));
      if (suggestion.status !== 'new')
        throw BadUserInputError.at(['suggestion'], `is already ${suggestion.status}`);
      if (suggestion.subjectId !== NETWORK_SUBJECT) {
        const [view] = (await invitationViews(context, suggestion.subjectId)).filter(
          (v) => v.suggestion.id === suggestion.id,
        );
        // A member who hid or withdrew consent since: the same answer as for a suggestion that does not exist.
        if (!view) throw new NotFoundError('Suggestion', suggestion.id);
        await stores(context).management.addMembers(suggestion.subjectId, [view.member.id], Date.now());
        await context.services.suggestions.setStatus(suggestion.id, 'accepted');
        await recordAction(
          context,
          'filiere.member_added',
          { kind: 'Member', id: view.member.id },
          {
            filiere: suggestion.subjectId,
            suggestion: suggestion.id,
          },
        );
        return loadFiliere(context, suggestion.subjectId);
      }
      const proposal = await stores(context).proposals.get(suggestion.targetIds[0]!);
      if (!proposal) throw new NotFoundError('ProposedFiliere', suggestion.targetIds[0]!);
      const { given, animatorIds } = await checkedFields(context, args.input ?? {});
      const slug = given.slug ?? slugify(given.labels?.en ?? proposal.labels.en);
      const filiere = await createFiliere(
        context,
        {
          slug,
          labels: given.labels ?? proposal.labels,
          description: given.description ?? '',
          coreSkills: given.coreSkills ?? proposal.skills,
        },
        animatorIds,
      );
      await stores(context).proposals.markAccepted(proposal.id, filiere.id);
      await context.services.suggestions.setStatus(suggestion.id, 'accepted');
      return filiere;
    },
  }),
  dismissSuggestion: t.boolean({
    authScopes: CONSEILLER,
    description: 'Conseillers: dismiss a filière suggestion; the same proposal never comes back',
    args: { suggestion: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const suggestion = await filiereSuggestion(context, String(args.suggestion));
      await context.services.suggestions.setStatus(suggestion.id, 'dismissed');
      await recordAction(context, 'filiere.suggestion_dismissed', { kind: 'Suggestion', id: suggestion.id });
      return true;
    },
  }),
  createFiliere: t.field({
    type: FiliereRef,
    authScopes: CONSEILLER,
    description: 'Conseillers: create a filière (it joins your scope). Audited.',
    args: { input: t.arg({ type: FiliereInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { given, animatorIds } = await checkedFields(context, args.input);
      return createFiliere(context, given, animatorIds);
    },
  }),
  updateFiliere: t.field({
    type: FiliereRef,
    authScopes: (_root, args) => ({ actOnFiliere: args.slug }),
    description: 'Conseillers: edit a filière of your scope; only the fields given change. Audited.',
    args: { slug: t.arg.string({ required: true }), input: t.arg({ type: FiliereInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { given, animatorIds } = await checkedFields(context, args.input);
      if (given.slug !== undefined && given.slug !== args.slug)
        throw BadUserInputError.at(['input', 'slug'], 'cannot change');
      await loadFiliere(context, args.slug);
      await stores(context).management.update(
        args.slug,
        { labels: given.labels, description: given.description, coreSkills: given.coreSkills, animatorIds },
        Date.now(),
      );
      await recordAction(
        context,
        'filiere.updated',
        { kind: 'Filiere', id: args.slug },
        {
          fields: Object.keys(given),
        },
      );
      return loadFiliere(context, args.slug);
    },
  }),
  joinFiliere: t.field({
    type: FiliereRef,
    authScopes: MEMBER,
    description: 'Join a filière yourself',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const filiere = await loadFiliere(context, args.slug);
      await stores(context).management.addMembers(filiere.id, [context.viewer.memberId!], Date.now());
      return filiere;
    },
  }),
  leaveFiliere: t.field({
    type: FiliereRef,
    authScopes: MEMBER,
    description: 'Leave a filière you are in',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const filiere = await loadFiliere(context, args.slug);
      if (!(await stores(context).management.leave(filiere.id, context.viewer.memberId!)))
        throw BadUserInputError.at(['slug'], 'you are not in this filière');
      return filiere;
    },
  }),
  createFiliereEvent: t.field({
    type: FiliereEventRef,
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    description: 'Conseillers: announce an event of a filière of your scope. Audited.',
    args: {
      filiere: t.arg.string({ required: true }),
      title: t.arg.string({ required: true }),
      description: t.arg.string({ required: false, defaultValue: '' }),
      place: t.arg.string({ required: true }),
      startsAt: t.arg({ type: DateTime, required: true }),
      capacity: t.arg.int({ required: false }),
    },
    resolve: async (_root, args, context) => {
      const filiere = await loadFiliere(context, args.filiere);
      const fields = parseInput(eventSchema, {
        title: args.title,
        description: args.description ?? '',
        place: args.place,
        startsAt: args.startsAt,
        capacity: args.capacity ?? null,
      });
      const event = await stores(context).events.create({
        id: newId('evt'),
        filiereId: filiere.id,
        ...fields,
        createdBy: context.viewer.accountId!,
        createdAt: Date.now(),
      });
      await recordAction(
        context,
        'filiere.event_created',
        { kind: 'FiliereEvent', id: event.id },
        {
          filiere: filiere.id,
        },
      );
      return event;
    },
  }),
  registerForEvent: t.field({
    type: FiliereEventRef,
    authScopes: MEMBER,
    description: 'Register yourself for a filière event (registering twice changes nothing)',
    args: { event: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const event = await loadEvent(context, String(args.event));
      if (event.startsAt < Date.now()) throw BadUserInputError.at(['event'], 'this event is over');
      await stores(context).events.register(event.id, context.viewer.memberId!, Date.now());
      return event;
    },
  }),
  cancelRegistration: t.field({
    type: FiliereEventRef,
    authScopes: MEMBER,
    description: 'Cancel your registration for a filière event',
    args: { event: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const event = await loadEvent(context, String(args.event));
      if (!(await stores(context).events.cancel(event.id, context.viewer.memberId!)))
        throw BadUserInputError.at(['event'], 'you are not registered for this event');
      return event;
    },
  }),
}));

const eventSchema = z.object({
  title: userText(200).pipe(z.string().min(1, 'must not be empty')),
  description: userText(4000),
  place: userText(300).pipe(z.string().min(1, 'must not be empty')),
  startsAt: z.number().int().positive(),
  capacity: z.number().int().min(1, 'must be at least 1').max(100_000).nullable(),
});

async function loadEvent(context: RequestContext, id: string): Promise<FiliereEvent> {
  const event = await stores(context).events.get(id);
  if (!event) throw new NotFoundError('FiliereEvent', id);
  return event;
}

function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : `filiere-${Date.now()}`;
}
