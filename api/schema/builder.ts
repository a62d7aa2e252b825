// The one Pothos builder: plugins and the context type are declared here once;
// every GraphQL type lives in its own file under api/schema/.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { RequestContext } from '../context.js';

export const builder = new SchemaBuilder<{
  Context: RequestContext;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: number; Output: number } };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Node lookups by global id go through the per-request DataLoaders.
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: { nullable: false },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items across all pages', resolve: (connection) => connection.totalCount }),
);

builder.queryType({
  description: 'Read the network: members, skills, spaces, communities, filières, projects',
});
