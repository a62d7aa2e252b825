// Community detection on the canonical problem: ids to CSR, Leiden (Louvain's
// local moving with the refinement that keeps communities well connected), then communities as sorted id lists and their
// modularity (computed independently from the edge list).
import type { CommunityProblem, CommunitySolution } from '../../../domain/problems/communities.js';
import { leiden } from './leiden.js';
import { modularity } from './modularity.js';
import { buildWeightedGraph, type WeightedGraph } from './weightedGraph.js';

/** The seed used when none is given, so that the CLI is reproducible. */
export const DEFAULT_COMMUNITY_SEED = 42;

export interface DetectCommunitiesOptions {
  seed?: number;
  /** Seeded starts of Leiden; the partition of highest modularity is kept (default 1). */
  starts?: number;
}

/** The problem's graph in CSR form; node i is `problem.nodes[i]`. */
export function graphOfProblem(problem: CommunityProblem): WeightedGraph {
  const index = new Map(problem.nodes.map((id, i) => [id, i]));
  const m = problem.edges.length;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  problem.edges.forEach((edge, e) => {
    sources[e] = index.get(edge.source)!;
    targets[e] = index.get(edge.target)!;
    weights[e] = edge.weight;
  });
  return buildWeightedGraph(problem.nodes.length, sources, targets, weights);
}

/** Groups ids by community: members sorted, communities largest first then by first member. */
export function communitiesOf(ids: readonly string[], membership: ArrayLike<number>): string[][] {
  const groups = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i++) {
    const c = membership[i]!;
    const group = groups.get(c);
    if (group) group.push(ids[i]!);
    else groups.set(c, [ids[i]!]);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const communities = [...groups.values()].map((g) => g.sort(byCodePoint));
  return communities.sort((a, b) => b.length - a.length || byCodePoint(a[0]!, b[0]!));
}

export function detectCommunities(
  problem: CommunityProblem,
  options: DetectCommunitiesOptions = {},
): CommunitySolution {
  const graph = graphOfProblem(problem);
  const { membership } = leiden(graph, {
    resolution: problem.resolution,
    seed: options.seed ?? DEFAULT_COMMUNITY_SEED,
    starts: options.starts,
  });
  return {
    communities: communitiesOf(problem.nodes, membership),
    modularity: modularity(graph, membership, problem.resolution),
  };
}
