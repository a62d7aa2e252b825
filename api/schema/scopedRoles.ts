// What conseillers and space managers do within their scope: see the members
// of their filières who allowed it, add or remove members of a filière
// (audited), and see their spaces' occupancy. The rules are the use cases of
// services/filieres/ (membership, scoped members).
import type { Space } from '../../domain/entities/space.js';
import { changeFiliereMembership } from '../../services/filieres/filiereMembership.js';
import { type ScopeKind, scopedMembers, spaceAvailability } from '../../services/filieres/scopedMembers.js';
import type { RequestContext } from '../context.js';
import { builder, PUBLIC } from './builder.js';
import { resolvePagedConnection } from './offsetPage.js';
import { MemberRef, SpaceRef } from './refs.js';

function scopedPage(
  context: RequestContext,
  kind: ScopeKind,
  scope: string,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
) {
  return resolvePagedConnection(args, (page) => scopedMembers(context, kind, scope, page));
}

interface Occupancy {
  space: Space;
}

const AvailabilityCounts = builder.objectRef<Record<string, number>>('AvailabilityCounts').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    available: t.int({ resolve: (c) => c.available ?? 0 }),
    limited: t.int({ resolve: (c) => c.limited ?? 0 }),
    unavailable: t.int({ resolve: (c) => c.unavailable ?? 0 }),
  }),
});

const SpaceOccupancy = builder.objectRef<Occupancy>('SpaceOccupancy').implement({
  description: 'A space seen by its manager (returned only by spaceOccupancy, which checks the scope)',
  authScopes: (occupancy) => ({ manageSpace: occupancy.space.id }),
  fields: (t) => ({
    space: t.field({ type: SpaceRef, resolve: (o) => o.space }),
    membersCount: t.int({
      resolve: (o, _args, context) => context.services.repositories.spaces.membersCount(o.space.id),
    }),
    availability: t.field({
      type: AvailabilityCounts,
      resolve: (o, _args, context) => spaceAvailability(context, o.space.id),
    }),
    members: t.connection({
      type: MemberRef,
      description: 'Members working from the space, except profiles hidden from everyone',
      resolve: (o, args, context) => scopedPage(context, 'space', o.space.id, args),
    }),
  }),
});

builder.queryFields((t) => ({
  filiereMembers: t.connection({
    type: MemberRef,
    description: 'Conseillers: members of a filière in your scope who allowed filière suggestions',
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    args: { filiere: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => scopedPage(context, 'filiere', args.filiere, args),
  }),
  spaceOccupancy: t.field({
    type: SpaceOccupancy,
    nullable: true,
    description: 'Space managers: occupancy and members of a space in your scope',
    authScopes: (_root, args) => ({ manageSpace: args.space }),
    args: { space: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const space = await context.loaders.space.load(args.space);
      return space ? { space } : null;
    },
  }),
}));

builder.mutationFields((t) => ({
  addMemberToFiliere: t.field({
    type: MemberRef,
    description:
      'Conseillers: invite a member who allowed filière suggestions into a filière of your scope (audited)',
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    args: {
      filiere: t.arg.string({ required: true }),
      member: t.arg.string({ required: true, description: 'Handle' }),
    },
    resolve: (_root, args, context) => changeFiliereMembership(context, args.filiere, args.member, true),
  }),
  removeMemberFromFiliere: t.field({
    type: MemberRef,
    description: 'Conseillers: remove a member from a filière of your scope (audited)',
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    args: {
      filiere: t.arg.string({ required: true }),
      member: t.arg.string({ required: true, description: 'Handle' }),
    },
    resolve: (_root, args, context) => changeFiliereMembership(context, args.filiere, args.member, false),
  }),
}));
