// Filière management in GraphQL: conseillers create and edit filières (labels,
// core skills from the taxonomy, animators), run filière suggestions (proposed
// new filières from detected communities, members to invite), accept or
// dismiss them, and organise events; members join and leave filières and
// register for events. Conseillers act only on the filières assigned to them
// (actOnFiliere). The workflows are the use cases of services/filieres/; the
// resolvers here only pass their arguments on.
import type { FiliereEvent } from '../../domain/entities/filiereEvent.js';
import type { FiliereGrowthPoint } from '../../graph/repositories/filiereManagementRepository.js';
import { createFiliere, updateFiliere } from '../../services/filieres/filiereEditing.js';
import {
  cancelRegistration,
  createFiliereEvent,
  registerForEvent,
} from '../../services/filieres/filiereEvents.js';
import { joinFiliere, leaveFiliere } from '../../services/filieres/filiereMembership.js';
import {
  acceptFiliereSuggestion,
  dismissFiliereSuggestion,
  filiereInvitations,
  type InvitationView,
  type ProposalView,
  proposedFilieres,
  requestFiliereSuggestions,
} from '../../services/filieres/filiereSuggestions.js';
import { builder, PUBLIC } from './builder.js';
import { FiliereRef, MemberRef, SkillRef, SpaceRef } from './refs.js';
import { DateTime } from './scalars.js';
import { LabelsRef } from './skill.js';
import { explanationField } from './suggestionExplanation.js';

const CONSEILLER = { $any: { conseiller: true, admin: true } } as const;
const MEMBER = { member: true } as const;

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
      resolve: (event, _args, context) =>
        context.services.repositories.filiereEvents.registrationsCount(event.id),
    }),
    registered: t.boolean({
      description: 'Whether you are registered',
      resolve: (event, _args, context) =>
        context.viewer.memberId !== null &&
        context.services.repositories.filiereEvents.isRegistered(event.id, context.viewer.memberId),
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
      context.services.repositories.filiereEvents.ofFiliere(filiere.id, args.includePast ? null : Date.now()),
  }),
);

builder.objectField(FiliereRef, 'growth', (t) =>
  t.field({
    type: [FiliereGrowthRef],
    authScopes: PUBLIC,
    description: 'Members per month since the first member joined',
    resolve: (filiere, _args, context) => context.services.repositories.filiereManagement.growth(filiere.id),
  }),
);

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
    explanation: explanationField(t, (v) => v.suggestion),
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

const FiliereInvitationRef = builder.objectRef<InvitationView>('FiliereInvitationSuggestion').implement({
  authScopes: (v) => ({ actOnFiliere: v.suggestion.subjectId }),
  description: 'A member who could join a filière: holds its core skills and allowed filière suggestions',
  fields: (t) => ({
    id: t.id({ description: 'The suggestion id (accept or dismiss it)', resolve: (v) => v.suggestion.id }),
    member: t.field({ type: MemberRef, resolve: (v) => v.member }),
    score: t.float({ resolve: (v) => v.suggestion.score }),
    explanation: explanationField(t, (v) => v.suggestion),
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

builder.queryFields((t) => ({
  proposedFilieres: t.field({
    type: [ProposedFiliereRef],
    authScopes: CONSEILLER,
    description: 'Conseillers: new filières proposed from communities no filière covers, best first',
    resolve: (_root, _args, context) => proposedFilieres(context),
  }),
  filiereInvitationSuggestions: t.field({
    type: [FiliereInvitationRef],
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    description: 'Conseillers: members to invite into a filière of your scope, best first',
    args: { filiere: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => filiereInvitations(context, args.filiere),
  }),
}));

builder.mutationFields((t) => ({
  requestFiliereSuggestions: t.string({
    authScopes: CONSEILLER,
    description:
      'Conseillers: start a filière suggestions job (no filière: propose new ones; a filière of your scope: members to invite). Returns the job id.',
    args: { filiere: t.arg.string({ required: false }) },
    resolve: (_root, args, context) => requestFiliereSuggestions(context, args.filiere ?? null),
  }),
  acceptFiliereProposal: t.field({
    type: FiliereRef,
    authScopes: CONSEILLER,
    description:
      'Conseillers: accept a filière suggestion. A proposed filière is created (edit its fields in `input`: slug, labels, core skills...); an invitation adds the member to the filière. Audited.',
    args: { suggestion: t.arg.id({ required: true }), input: t.arg({ type: FiliereInput, required: false }) },
    resolve: (_root, args, context) => acceptFiliereSuggestion(context, String(args.suggestion), args.input),
  }),
  dismissSuggestion: t.boolean({
    authScopes: CONSEILLER,
    description: 'Conseillers: dismiss a filière suggestion; the same proposal never comes back',
    args: { suggestion: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => dismissFiliereSuggestion(context, String(args.suggestion)),
  }),
  createFiliere: t.field({
    type: FiliereRef,
    authScopes: CONSEILLER,
    description: 'Conseillers: create a filière (it joins your scope). Audited.',
    args: { input: t.arg({ type: FiliereInput, required: true }) },
    resolve: (_root, args, context) => createFiliere(context, args.input),
  }),
  updateFiliere: t.field({
    type: FiliereRef,
    authScopes: (_root, args) => ({ actOnFiliere: args.slug }),
    description: 'Conseillers: edit a filière of your scope; only the fields given change. Audited.',
    args: { slug: t.arg.string({ required: true }), input: t.arg({ type: FiliereInput, required: true }) },
    resolve: (_root, args, context) => updateFiliere(context, args.slug, args.input),
  }),
  joinFiliere: t.field({
    type: FiliereRef,
    authScopes: MEMBER,
    description: 'Join a filière yourself',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => joinFiliere(context, args.slug),
  }),
  leaveFiliere: t.field({
    type: FiliereRef,
    authScopes: MEMBER,
    description: 'Leave a filière you are in',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => leaveFiliere(context, args.slug),
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
    resolve: (_root, { filiere, ...input }, context) => createFiliereEvent(context, filiere, input),
  }),
  registerForEvent: t.field({
    type: FiliereEventRef,
    authScopes: MEMBER,
    description: 'Register yourself for a filière event (registering twice changes nothing)',
    args: { event: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => registerForEvent(context, String(args.event)),
  }),
  cancelRegistration: t.field({
    type: FiliereEventRef,
    authScopes: MEMBER,
    description: 'Cancel your registration for a filière event',
    args: { event: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => cancelRegistration(context, String(args.event)),
  }),
}));
