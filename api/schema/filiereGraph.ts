// The graph of one filière for its conseillers: the members who consented to filière
// suggestions and are visible, who collaborated with whom among them (weighted), and the
// spaces they work from: three whole reads over the filière (members, collaborations among
// them, their spaces), instead of point reads per member (16–21 s for a dashboard of 16).
import { mayInviteToFiliere } from '../../domain/policy/privacyRule.js';
import { FiliereGraphRepository } from '../../graph/repositories/filiereGraphRepository.js';
import type { RequestContext } from '../context.js';
import { builder, PUBLIC } from './builder.js';
import { upperCaseEnum } from './upperCaseEnum.js';

type NodeKind = 'member' | 'space';
type EdgeKind = 'collaboratedWith' | 'worksFrom';

interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  handle: string | null;
}

interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

interface FiliereGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NodeKindRef = builder.enumType('FiliereGraphNodeKind', {
  values: upperCaseEnum(['member', 'space']),
});
const EdgeKindRef = builder.enumType('FiliereGraphEdgeKind', {
  values: upperCaseEnum(['collaboratedWith', 'worksFrom']),
});

const GraphNodeRef = builder.objectRef<GraphNode>('FiliereGraphNode').implement({
  authScopes: PUBLIC,
  description: 'A member (with handle) or a space of a filière graph',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Member id or space slug' }),
    kind: t.field({ type: NodeKindRef, resolve: (node) => node.kind }),
    name: t.exposeString('name'),
    handle: t.exposeString('handle', { nullable: true, description: 'Members only' }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdge>('FiliereGraphEdge').implement({
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

const MAX_MEMBERS = 500;

async function filiereGraph(
  context: RequestContext,
  filiereId: string,
  first: number,
): Promise<FiliereGraph> {
  const links = new FiliereGraphRepository(context.services.graph);
  const [found, collaborations, spaceLinks] = await Promise.all([
    links.members(filiereId),
    links.collaborations(filiereId),
    links.spaceLinks(filiereId),
  ]);
  const members = found
    .filter((m) => mayInviteToFiliere(context.viewer, m, filiereId))
    .slice(0, Math.max(0, Math.min(first, MAX_MEMBERS)));
  const shown = new Set(members.map((m) => m.id));
  const edges: GraphEdge[] = collaborations
    .filter((c) => shown.has(c.source) && shown.has(c.target))
    .map((c) => ({ ...c, kind: 'collaboratedWith' as const }));
  const spaceIds = new Set<string>();
  for (const link of spaceLinks) {
    if (!shown.has(link.member)) continue;
    spaceIds.add(link.space);
    edges.push({ source: link.member, target: link.space, kind: 'worksFrom', weight: 1 });
  }
  const spaces = await context.loaders.space.loadMany([...spaceIds].sort());
  const nodes: GraphNode[] = [
    ...members.map((m) => ({ id: m.id, kind: 'member' as const, name: m.name, handle: m.handle })),
    ...spaces.flatMap((s) =>
      s && !(s instanceof Error) ? [{ id: s.id, kind: 'space' as const, name: s.name, handle: null }] : [],
    ),
  ];
  const nodeIds = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)) };
}

builder.queryFields((t) => ({
  filiereGraph: t.field({
    type: FiliereGraphRef,
    authScopes: (_root, args) => ({ actOnFiliere: args.filiere }),
    description:
      'Conseillers: the members of a filière of your scope (those who allow filière suggestions), their collaborations among them and their spaces',
    args: {
      filiere: t.arg.string({ required: true }),
      first: t.arg.int({ required: false, defaultValue: 200, description: `At most ${MAX_MEMBERS}` }),
    },
    resolve: (_root, args, context) => filiereGraph(context, args.filiere, args.first ?? 200),
  }),
}));
