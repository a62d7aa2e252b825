import { z } from 'zod';
import { type Member, NEWCOMER_PERIOD_MS } from '../../domain/entities/member.js';
import type { HasSkill } from '../../domain/entities/skill.js';
import { canManageMember, canSeeContactDetails } from '../../domain/policy/profileVisibility.js';
import { parseInput } from '../../domain/validation.js';
import type {
  Collaborator,
  FiliereMembership,
  ProjectParticipation,
} from '../../graph/repositories/memberNeighbourhood.js';
import { findMembersNear } from '../../services/members/membersNear.js';
import { findSkillHolders } from '../../services/members/skillHolders.js';
import { builder, PUBLIC } from './builder.js';
import { radiusSchema } from './geoInput.js';
import { cleanFilter, MemberFilterInput, resolveMembersPage } from './memberConnection.js';
import { Availability, PrivacyRef } from './profileTypes.js';
import { CommunityRef, FiliereRef, MemberRef, ProjectRef, SkillRef, SpaceRef } from './refs.js';
import { DateTime, GeoPoint, GeoRadiusInput, geoPoint, Language } from './scalars.js';
import { keepVisible, visibleOrNull } from './visibleMembers.js';

const MemberSkill = builder.objectRef<HasSkill>('MemberSkill').implement({
  authScopes: PUBLIC,
  description: 'A skill a member holds, with a level from 1 (beginner) to 5 (expert)',
  fields: (t) => ({
    skill: t.field({
      type: SkillRef,
      resolve: async (held, _args, context) => {
        const skill = await context.loaders.skill.load(held.skill);
        if (!skill) throw new Error(`skill "${held.skill}" is missing from the graph`);
        return skill;
      },
    }),
    level: t.exposeInt('level'),
    years: t.exposeInt('years'),
  }),
});

const FiliereMembershipRef = builder.objectRef<FiliereMembership>('FiliereMembership').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    filiere: t.field({ type: FiliereRef, resolve: (m) => m.filiere }),
    role: t.exposeString('role'),
  }),
});

const ProjectParticipationRef = builder.objectRef<ProjectParticipation>('ProjectParticipation').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    project: t.field({ type: ProjectRef, resolve: (p) => p.project }),
    role: t.exposeString('role'),
  }),
});

const CollaboratorRef = builder.objectRef<Collaborator>('Collaborator').implement({
  authScopes: PUBLIC,
  description: 'Someone a member worked with; weight counts shared projects and bids',
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: (c) => c.member }),
    weight: t.exposeFloat('weight'),
  }),
});

builder.node(MemberRef, {
  authScopes: PUBLIC,
  description: 'A freelancer of the cooperative network',
  id: { resolve: (member) => member.id },
  loadMany: async (ids, context) => {
    const members = await context.loaders.member.loadMany(ids);
    return Promise.all(members.map((m) => (m instanceof Error ? null : visibleOrNull(context, m))));
  },
  fields: (t) => ({
    handle: t.exposeString('handle'),
    name: t.exposeString('name'),
    bio: t.exposeString('bio'),
    city: t.exposeString('city', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    location: t.field({ type: GeoPoint, nullable: true, resolve: geoPoint }),
    languages: t.exposeStringList('languages'),
    preferredLanguage: t.field({ type: Language, resolve: (m) => m.preferredLanguage }),
    availability: t.field({ type: Availability, resolve: (m) => m.availability }),
    joinedAt: t.field({ type: DateTime, resolve: (m) => m.joinedAt }),
    isNewcomer: t.boolean({
      description: 'Joined the cooperative less than a year ago',
      resolve: (m) => Date.now() - m.joinedAt < NEWCOMER_PERIOD_MS,
    }),
    email: t.string({
      nullable: true,
      description: 'Only for the member themself and admins; null for everyone else',
      resolve: (m, _args, context) => (canSeeContactDetails(context.viewer, m.id) ? m.email : null),
    }),
    phone: t.string({
      nullable: true,
      description: 'Only for the member themself and admins; null for everyone else',
      resolve: (m, _args, context) => (canSeeContactDetails(context.viewer, m.id) ? m.phone : null),
    }),
    privacy: t.field({
      type: PrivacyRef,
      nullable: true,
      description: 'Only for the member themself and admins; null for everyone else',
      resolve: (m, _args, context) => (canManageMember(context.viewer, m.id) ? m.privacy : null),
    }),
    skills: t.field({
      type: [MemberSkill],
      resolve: (m, _args, context) => context.loaders.memberSkills.load(m.id),
    }),
    spaces: t.field({
      type: [SpaceRef],
      resolve: async (m, _args, context) => {
        const ids = await context.loaders.memberSpaceIds.load(m.id);
        return (await Promise.all(ids.map((id) => context.loaders.space.load(id)))).filter((s) => s !== null);
      },
    }),
    communities: t.field({
      type: [CommunityRef],
      resolve: async (m, _args, context) => {
        const ids = await context.loaders.memberCommunityIds.load(m.id);
        return (await Promise.all(ids.map((id) => context.loaders.community.load(id)))).filter(
          (c) => c !== null,
        );
      },
    }),
    filieres: t.field({
      type: [FiliereMembershipRef],
      resolve: (m, _args, context) => context.services.repositories.neighbourhood.filieres(m.id),
    }),
    projects: t.field({
      type: [ProjectParticipationRef],
      resolve: (m, _args, context) => context.services.repositories.neighbourhood.projects(m.id),
    }),
    collaborators: t.field({
      type: [CollaboratorRef],
      description: 'Strongest collaborations first (members whose profile you may see)',
      args: { first: t.arg.int({ required: false, defaultValue: 20 }) },
      resolve: async (m, args, context) => {
        const first = parseInput(limitSchema, args.first, ['first']);
        const all = await context.services.repositories.neighbourhood.collaborators(m.id, first);
        return keepVisible(context, all, (c) => c.member);
      },
    }),
    mentors: t.field({
      type: [MemberRef],
      resolve: async (m, _args, context) =>
        keepVisible(context, await context.services.repositories.neighbourhood.mentors(m.id), (x) => x),
    }),
    mentees: t.field({
      type: [MemberRef],
      resolve: async (m, _args, context) =>
        keepVisible(context, await context.services.repositories.neighbourhood.mentees(m.id), (x) => x),
    }),
  }),
});

const limitSchema = z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(100, 'must be ≤ 100');

const SkilledMember = builder
  .objectRef<{ member: Member; skill: string; level: number; years: number; distanceKm: number | null }>(
    'SkilledMember',
  )
  .implement({
    authScopes: PUBLIC,
    description: 'A member holding the asked skill or a narrower one',
    fields: (t) => ({
      member: t.field({ type: MemberRef, resolve: (s) => s.member }),
      skill: t.field({
        type: SkillRef,
        description: 'The skill held (the asked one or a narrower one)',
        resolve: async (s, _args, context) => {
          const skill = await context.loaders.skill.load(s.skill);
          if (!skill) throw new Error(`skill "${s.skill}" is missing from the graph`);
          return skill;
        },
      }),
      level: t.exposeInt('level'),
      years: t.exposeInt('years'),
      distanceKm: t.exposeFloat('distanceKm', { nullable: true }),
    }),
  });

const NearbyMember = builder.objectRef<{ member: Member; distanceKm: number }>('NearbyMember').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: (n) => n.member }),
    distanceKm: t.exposeFloat('distanceKm'),
  }),
});

builder.queryFields((t) => ({
  member: t.field({
    authScopes: PUBLIC,
    type: MemberRef,
    nullable: true,
    description: 'A member by handle; null when there is none or the profile is hidden from you',
    args: { handle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) =>
      visibleOrNull(context, await context.services.repositories.members.getByHandle(args.handle)),
  }),
  members: t.connection({
    authScopes: PUBLIC,
    type: MemberRef,
    description: 'Members whose profile you may see, by name',
    args: { filter: t.arg({ type: MemberFilterInput, required: false }) },
    resolve: (_root, args, context) => resolveMembersPage(context, cleanFilter(args.filter), args),
  }),
  membersWithSkill: t.field({
    authScopes: PUBLIC,
    type: [SkilledMember],
    description: 'Holders of a skill or any narrower skill, best level first, optionally within a radius',
    args: {
      skill: t.arg.string({ required: true }),
      near: t.arg({ type: GeoRadiusInput, required: false }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: (_root, args, context) =>
      findSkillHolders(context.services, context.viewer, {
        skill: args.skill,
        first: parseInput(limitSchema, args.first, ['first']),
        ...(args.near ? { near: parseInput(radiusSchema, args.near, ['near']) } : {}),
      }),
  }),
  membersNear: t.field({
    authScopes: PUBLIC,
    type: [NearbyMember],
    description: 'Members within a radius, nearest first',
    args: {
      near: t.arg({ type: GeoRadiusInput, required: true }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: (_root, args, context) =>
      findMembersNear(context.services, context.viewer, {
        first: parseInput(limitSchema, args.first, ['first']),
        near: parseInput(radiusSchema, args.near, ['near']),
      }),
  }),
}));
