import { builder, PUBLIC } from './builder.js';
import { membersConnection } from './memberConnection.js';

import { CommunityRef, SpaceRef } from './refs.js';

builder.node(CommunityRef, {
  authScopes: PUBLIC,
  description: 'A cooperative, a CAE, a coworking or third-place network',
  id: { resolve: (community) => community.id },
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.community.load(id))),
  fields: (t) => ({
    slug: t.exposeString('id'),
    name: t.exposeString('name'),
    kind: t.exposeString('kind'),
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-2, or EU for European networks' }),
    description: t.exposeString('description'),
    spaces: t.field({
      type: [SpaceRef],
      resolve: (community, _args, context) => context.services.repositories.communities.spaces(community.id),
    }),
    membersCount: t.int({
      resolve: (community, _args, context) =>
        context.services.repositories.communities.membersCount(community.id),
    }),
    members: membersConnection(t, (community) => ({ community: community.id })),
  }),
});

builder.queryFields((t) => ({
  community: t.field({
    authScopes: PUBLIC,
    type: CommunityRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.loaders.community.load(args.slug),
  }),
  communities: t.field({
    authScopes: PUBLIC,
    type: [CommunityRef],
    resolve: (_root, _args, context) => context.services.repositories.communities.list(),
  }),
}));
