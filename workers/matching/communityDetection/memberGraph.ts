// The weighted member graph that community detection runs on. Two members are
// linked by
//   - their collaborations (COLLABORATED_WITH weight × collaborationWeight),
//   - each skill they share (skillWeight × idf of the skill: rare skills bind more),
//   - each space they work from together (spaceWeight × idf of the space).
// A skill or space group of g members would give g²/2 links; instead its
// members, in a seeded random order, are linked to the next `groupWindow`
// members around a ring (all pairs when the group is small). Finally each
// member keeps only its `maxEdgesPerNode` heaviest links (an edge survives when
// either end keeps it), so the graph stays sparse at 100,000 members.
import { BadUserInputError, type FieldProblem } from '../../../domain/errors.js';
import { checkReference, indexUniqueIds } from '../../../domain/problems/mentors.js';
import { mulberry32, shuffle } from '../../../domain/random.js';
import { buildWeightedGraph, type WeightedGraph } from './weightedGraph.js';

export interface MemberGraphInput {
  members: readonly { id: string; skills: readonly string[]; spaces: readonly string[] }[];
  collaborations: readonly { source: string; target: string; weight: number }[];
}

export interface MemberGraphOptions {
  collaborationWeight: number;
  skillWeight: number;
  spaceWeight: number;
  /** Neighbours on each side of a member within a large skill or space group. */
  groupWindow: number;
  maxEdgesPerNode: number;
  seed: number;
}

export const DEFAULT_MEMBER_GRAPH_OPTIONS: MemberGraphOptions = {
  collaborationWeight: 1,
  skillWeight: 0.25,
  spaceWeight: 0.1,
  groupWindow: 4,
  maxEdgesPerNode: 15,
  seed: 1,
};

export interface MemberGraph {
  /** Node i of `graph` is member `ids[i]`. */
  ids: string[];
  graph: WeightedGraph;
}

class EdgeBuffer {
  sources = new Int32Array(1024);
  targets = new Int32Array(1024);
  weights = new Float64Array(1024);
  length = 0;

  push(u: number, v: number, w: number): void {
    if (this.length === this.sources.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.sources = grow(this.sources, (n) => new Int32Array(n));
      this.targets = grow(this.targets, (n) => new Int32Array(n));
      this.weights = grow(this.weights, (n) => new Float64Array(n));
    }
    this.sources[this.length] = u;
    this.targets[this.length] = v;
    this.weights[this.length] = w;
    this.length++;
  }
}

export function buildMemberGraph(
  input: MemberGraphInput,
  options: Partial<MemberGraphOptions> = {},
): MemberGraph {
  const o = { ...DEFAULT_MEMBER_GRAPH_OPTIONS, ...options };
  const problems: FieldProblem[] = [];
  const ids = input.members.map((m) => m.id);
  const index = indexUniqueIds(ids, (i) => ['members', i, 'id'], problems);
  input.collaborations.forEach((c, i) => {
    checkReference(index, c.source, ['collaborations', i, 'source'], 'member', problems);
    checkReference(index, c.target, ['collaborations', i, 'target'], 'member', problems);
    if (!(c.weight >= 0)) problems.push({ path: ['collaborations', i, 'weight'], message: 'must be ≥ 0' });
  });
  if (problems.length > 0) throw new BadUserInputError(problems);

  const n = ids.length;
  const edges = new EdgeBuffer();
  for (const c of input.collaborations) {
    if (c.source !== c.target)
      edges.push(index.get(c.source)!, index.get(c.target)!, c.weight * o.collaborationWeight);
  }
  const random = mulberry32(o.seed);
  linkGroups(
    groupsOf(input.members, (m) => m.skills),
    n,
    o.skillWeight,
    o.groupWindow,
    random,
    edges,
  );
  linkGroups(
    groupsOf(input.members, (m) => m.spaces),
    n,
    o.spaceWeight,
    o.groupWindow,
    random,
    edges,
  );

  const merged = buildWeightedGraph(
    n,
    edges.sources.subarray(0, edges.length),
    edges.targets.subarray(0, edges.length),
    edges.weights.subarray(0, edges.length),
  );
  return { ids, graph: keepHeaviestEdges(merged, o.maxEdgesPerNode) };
}

/** Member indices per key (skill or space), keys in order of first appearance. */
function groupsOf<M>(members: readonly M[], keysOf: (m: M) => readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  members.forEach((member, i) => {
    for (const key of new Set(keysOf(member))) {
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
  });
  return [...groups.values()];
}

function linkGroups(
  groups: number[][],
  n: number,
  weight: number,
  window: number,
  random: () => number,
  edges: EdgeBuffer,
): void {
  if (weight <= 0) return;
  for (const group of groups) {
    const g = group.length;
    if (g < 2 || g === n) continue; // a key everyone shares tells nothing (idf 0)
    const w = weight * Math.log(n / g);
    if (g <= 2 * window + 1) {
      for (let a = 0; a < g; a++) for (let b = a + 1; b < g; b++) edges.push(group[a]!, group[b]!, w);
      continue;
    }
    const ring = shuffle(random, group.slice());
    for (let a = 0; a < g; a++) {
      for (let step = 1; step <= window; step++) edges.push(ring[a]!, ring[(a + step) % g]!, w);
    }
  }
}

/** Keeps, for every node, its `k` heaviest edges (ties: lower neighbour index); an edge stays if either end keeps it. */
export function keepHeaviestEdges(graph: WeightedGraph, k: number): WeightedGraph {
  const { nodeCount, offsets, targets, weights } = graph;
  const keep = new Uint8Array(targets.length);
  const order: number[] = [];
  for (let u = 0; u < nodeCount; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (end - start <= k) {
      keep.fill(1, start, end);
      continue;
    }
    order.length = 0;
    for (let e = start; e < end; e++) order.push(e);
    order.sort((a, b) => weights[b]! - weights[a]! || targets[a]! - targets[b]!);
    for (let t = 0; t < k; t++) keep[order[t]!] = 1;
  }
  // Symmetric closure of the kept half-edges, each undirected edge once (u < v), then self-loops.
  const out = new EdgeBuffer();
  for (let u = 0; u < nodeCount; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      if (v > u && (keep[e] || keepsBack(graph, keep, v, u))) out.push(u, v, weights[e]!);
    }
  }
  for (let u = 0; u < nodeCount; u++) if (graph.selfLoops[u]! > 0) out.push(u, u, graph.selfLoops[u]!);
  return buildWeightedGraph(
    nodeCount,
    out.sources.subarray(0, out.length),
    out.targets.subarray(0, out.length),
    out.weights.subarray(0, out.length),
  );
}

/** Whether v keeps its half-edge to u (rows are sorted, so a binary search finds it). */
function keepsBack(graph: WeightedGraph, keep: Uint8Array, v: number, u: number): boolean {
  let lo = graph.offsets[v]!;
  let hi = graph.offsets[v + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = graph.targets[mid]!;
    if (t === u) return keep[mid] === 1;
    if (t < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
