import { SPACE_KINDS, type Space } from '../../domain/entities/space.js';
import { parseInput } from '../../domain/validation.js';
import { builder, PUBLIC } from './builder.js';
import { radiusSchema } from './geoInput.js';
import { membersConnection } from './memberConnection.js';
import { CommunityRef, SpaceRef } from './refs.js';
import { GeoPoint, GeoRadiusInput, geoPoint } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';

const SpaceKind = builder.enumType('SpaceKind', { values: upperCaseEnum(SPACE_KINDS) });

builder.node(SpaceRef, {
  authScopes: PUBLIC,
  description: 'A shared workspace: tiers-lieu, coworking, artist space, fablab or cooperative office',
  id: { resolve: (space) => space.id },
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.space.load(id))),
  fields: (t) => ({
    slug: t.exposeString('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: SpaceKind, resolve: (space) => space.kind }),
    city: t.exposeString('city', { nullable: true }),
    country: t.exposeString('country'),
    location: t.field({ type: GeoPoint, nullable: true, resolve: geoPoint }),
    description: t.exposeString('description'),
    community: t.field({
      type: CommunityRef,
      nullable: true,
      description: 'The network or cooperative that runs the space',
      resolve: (space, _args, context) =>
        space.community ? context.loaders.community.load(space.community) : null,
    }),
    membersCount: t.int({
      description: 'Everyone working from the space, visible or not (a number reveals no one)',
      resolve: (space, _args, context) => context.services.repositories.spaces.membersCount(space.id),
    }),
    members: membersConnection(t, (space) => ({ space: space.id })),
  }),
});

const NearbySpace = builder.objectRef<{ space: Space; distanceKm: number }>('NearbySpace').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    space: t.field({ type: SpaceRef, resolve: (n) => n.space }),
    distanceKm: t.exposeFloat('distanceKm'),
  }),
});

builder.queryFields((t) => ({
  space: t.field({
    authScopes: PUBLIC,
    type: SpaceRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.loaders.space.load(args.slug),
  }),
  spaces: t.field({
    authScopes: PUBLIC,
    type: [SpaceRef],
    resolve: (_root, _args, context) => context.services.repositories.spaces.list(),
  }),
  spacesNear: t.field({
    authScopes: PUBLIC,
    type: [NearbySpace],
    description: 'Spaces within a radius, nearest first',
    args: { near: t.arg({ type: GeoRadiusInput, required: true }) },
    resolve: (_root, args, context) => {
      const near = parseInput(radiusSchema, args.near, ['near']);
      return context.services.repositories.spaces.near(near, near.radiusKm);
    },
  }),
}));
