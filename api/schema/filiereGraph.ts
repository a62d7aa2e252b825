// The graph of one filière for its conseillers: the members who consented to filière
// suggestions and are visible, who collaborated with whom among them (weighted), and the
// spaces they work from. A few whole reads: the members, then one batched neighbourhood
// read each for collaborations and spaces.
import { mayInviteToFiliere } from '../../domain/policy/privacyRule.js';
import { numeric, text } from '../../graph/properties/rowValues.js';
import type { RequestContext } from '../context.js';
import { builder, PUBLIC } from './builder.js';

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

const NodeKindRef = builder.enumType('FiliereGraphNodeKind', { values: ['member', 'space'] as const });
const EdgeKindRef = builder.enumType('FiliereGraphEdgeKind', {
  values: ['collaboratedWith', 'worksFrom'] as const,
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
  const graph = context.services.graph;
  const idRows = await graph.read(
    'MATCH (m:Member)-[:IN_FILIERE]->(:Filiere {id: $filiereId}) RETURN m.id AS id ORDER BY id',
    { filiereId },
  );
  const found = await context.services.repositories.members.getMany(idRows.map((row) => text(row, 'id')));
  const members = found
    .filter((m) => m !== null && mayInviteToFiliere(context.viewer, m, filiereId))
    .slice(0, Math.max(0, Math.min(first, MAX_MEMBERS)))
    .map((m) => m!);
  const ids = members.map((m) => m.id);
  const shown = new Set(ids);
  const [collaborations, spaceLinks] = await Promise.all([
    graph.readByKeys(
      'MATCH (m:Member {id: $key})-[c:COLLABORATED_WITH]-(o:Member) RETURN o.id AS id, c.weight AS weight ORDER BY id',
      ids,
    ),
    graph.readByKeys(
      'MATCH (m:Member {id: $key})-[:WORKS_FROM]->(x:Space) RETURN x.id AS id ORDER BY id',
      ids,
    ),
  ]);
  const edges: GraphEdge[] = [];
  const pairs = new Map<string, GraphEdge>();
  ids.forEach((id, i) => {
    for (const row of collaborations[i] ?? []) {
      const other = text(row, 'id');
      if (!shown.has(other) || other === id) continue;
      const [source, target] = id < other ? [id, other] : [other, id];
      const key = `${source}|${target}`;
      // Each pair is read from both ends (the match is undirected): one edge, its weight read once.
      const seen = pairs.get(key);
      if (seen) seen.weight = Math.max(seen.weight, numeric(row, 'weight'));
      else pairs.set(key, { source, target, kind: 'collaboratedWith', weight: numeric(row, 'weight') });
    }
  });
  edges.push(...pairs.values());
  const spaceIds = new Set<string>();
  ids.forEach((id, i) => {
    for (const row of spaceLinks[i] ?? []) {
      const space = text(row, 'id');
      spaceIds.add(space);
      edges.push({ source: id, target: space, kind: 'worksFrom', weight: 1 });
    }
  });
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
