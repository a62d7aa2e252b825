// The GraphQL shape of a filière's graph for its conseillers; the use case
// (services/filieres/filiereGraph.ts) reads and filters it.
import {
  type FiliereGraph,
  type FiliereGraphEdge,
  type FiliereGraphNode,
  filiereGraph,
  MAX_FILIERE_GRAPH_MEMBERS,
} from '../../services/filieres/filiereGraph.js';
import { builder, PUBLIC } from './builder.js';
import { upperCaseEnum } from './upperCaseEnum.js';

const NodeKindRef = builder.enumType('FiliereGraphNodeKind', {
  values: upperCaseEnum(['member', 'space']),
});
const EdgeKindRef = builder.enumType('FiliereGraphEdgeKind', {
  values: upperCaseEnum(['collaboratedWith', 'worksFrom']),
});

const GraphNodeRef = builder.objectRef<FiliereGraphNode>('FiliereGraphNode').implement({
  authScopes: PUBLIC,
  description: 'A member (with handle) or a space of a filière graph',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Member id or space slug' }),
    kind: t.field({ type: NodeKindRef, resolve: (node) => node.kind }),
    name: t.exposeString('name'),
    handle: t.exposeString('handle', { nullable: true, description: 'Members only' }),
  }),
});

const GraphEdgeRef = builder.objectRef<FiliereGraphEdge>('FiliereGraphEdge').implement({
  authScopes: PUBLIC,
  description: 'Two members who collaborated (weight: times), or a member and a space they work from',
  fields: (t) => ({
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    kind: t.field({ type: EdgeKindRef, resolve: (edge) => edge.kind }),
    weight: t.exposeFloat('weight'),
  }),
});

const FiliereGraphRef = builder.objectRef<FiliereGraph>('FiliereGraph').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (graph) => graph.edges }),
  }),
});

builder.queryFields((t) => ({
  filiereGraph: t.field({
    type: FiliereGraphRef,
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    description:
      'Conseillers: the members of a filière of your scope (those who allow filière suggestions), their collaborations among them and their spaces',
    args: {
      filiere: t.arg.string({ required: true }),
      first: t.arg.int({
        required: false,
        defaultValue: 200,
        description: `At most ${MAX_FILIERE_GRAPH_MEMBERS}`,
      }),
    },
    resolve: (_root, args, context) => filiereGraph(context, args.filiere, args.first ?? 200),
  }),
}));
