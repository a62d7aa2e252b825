import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../domain/errors.js';
import type { CommunityProblem } from '../../../domain/problems/communities.js';
import { mulberry32 } from '../../../domain/random.js';
import { detectCommunities, graphOfProblem, solveCommunityProblem } from './index.js';
import { KARATE_EDGES, KARATE_INSTRUCTOR_SIDE } from './karateClub.js';
import { leiden } from './leiden.js';
import { louvain, moveNodesLocally } from './louvain.js';
import { modularity } from './modularity.js';
import { normalizedMutualInformation } from './normalizedMutualInformation.js';
import { plantedPartition } from './plantedPartition.js';
import { buildWeightedGraph, type WeightedGraph } from './weightedGraph.js';

function graphOf(n: number, edges: readonly (readonly [number, number, number?])[]): WeightedGraph {
  return buildWeightedGraph(
    n,
    Int32Array.from(edges, (e) => e[0]),
    Int32Array.from(edges, (e) => e[1]),
    Float64Array.from(edges, (e) => e[2] ?? 1),
  );
}

const twoTriangles: [number, number][] = [
  [0, 1],
  [1, 2],
  [0, 2],
  [3, 4],
  [4, 5],
  [3, 5],
  [2, 3],
];
const karate = graphOf(34, KARATE_EDGES);
const karateClub = Array.from({ length: 34 }, (_, i) => (KARATE_INSTRUCTOR_SIDE.includes(i) ? 0 : 1));

function planted(mixing: number, seed = 1) {
  const p = plantedPartition({
    nodes: 1000,
    minGroupSize: 100,
    maxGroupSize: 100,
    averageDegree: 20,
    mixing,
    seed,
  });
  return { ...p, graph: buildWeightedGraph(1000, p.sources, p.targets, p.weights) };
}

/** True when every community is connected through edges inside it. */
function communitiesConnected(graph: WeightedGraph, membership: Int32Array): boolean {
  const seen = new Uint8Array(graph.nodeCount);
  const started = new Set<number>();
  for (let s = 0; s < graph.nodeCount; s++) {
    if (seen[s]) continue;
    if (started.has(membership[s]!)) return false;
    started.add(membership[s]!);
    const stack = [s];
    seen[s] = 1;
    while (stack.length) {
      const u = stack.pop()!;
      for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++) {
        const v = graph.targets[e]!;
        if (!seen[v] && membership[v] === membership[u]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
  }
  return true;
}

describe('buildWeightedGraph', () => {
  it('stores both directions, merges repeated edges, keeps self-loops apart and drops zero weights', () => {
    const g = graphOf(3, [
      [0, 1, 1],
      [1, 0, 2],
      [2, 2, 4],
      [1, 2, 0],
      [2, 0, 0.5],
    ]);
    expect(Array.from(g.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(g.targets)).toEqual([1, 2, 0, 0]);
    expect(Array.from(g.weights)).toEqual([3, 0.5, 3, 0.5]);
    expect(Array.from(g.selfLoops)).toEqual([0, 0, 4]);
    expect(g.totalWeight).toBe(7.5);
  });
});

describe('modularity', () => {
  it('matches hand-computed values on two triangles joined by an edge', () => {
    const g = graphOf(6, twoTriangles);
    // Each side: 3 internal edges of 7, degree sum 7 of 14 → 2 × (3/7 − 1/4) = 5/14.
    expect(modularity(g, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 12);
    expect(modularity(g, [0, 0, 0, 1, 1, 1], 2)).toBeCloseTo(2 * (3 / 7) - 2 * 2 * 0.25, 12);
    expect(modularity(g, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 12);
    expect(modularity(g, [0, 1, 2, 3, 4, 5])).toBeCloseTo(-(4 * 4 + 2 * 9) / 196, 12);
  });

  it('counts a self-loop once inside its community and twice in its degree', () => {
    const g = graphOf(6, [...twoTriangles, [0, 0, 2]]);
    // m = 9; {0,1,2}: inside 5, degrees 11; {3,4,5}: inside 3, degrees 7.
    expect(modularity(g, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 9 - (11 / 18) ** 2 + 3 / 9 - (7 / 18) ** 2, 12);
  });

  it('matches the known values of the karate club split', () => {
    expect(modularity(karate, karateClub)).toBeCloseTo(0.3582347140039448, 12);
    expect(modularity(karate, karateClub, 0.5)).toBeCloseTo(0.6086045364891519, 12);
  });

  it('is 0 on a graph without edges', () => {
    expect(modularity(graphOf(3, []), [0, 1, 2])).toBe(0);
  });
});

describe('normalizedMutualInformation', () => {
  it('is 1 for the same partition under other names, low for unrelated ones', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
    // H(A) = ln 2, H(B) = 1.5 ln 2, I = ln 2 → NMI = 2 / 2.5.
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 2, 2])).toBeCloseTo(0.8, 12);
    expect(normalizedMutualInformation([5, 5, 5], [1, 1, 1])).toBe(1);
    expect(() => normalizedMutualInformation([0], [0, 1])).toThrow(RangeError);
  });
});

describe('louvain', () => {
  it('separates the two triangles', () => {
    const { membership } = louvain(graphOf(6, twoTriangles), { seed: 3 });
    expect(normalizedMutualInformation(membership, [0, 0, 0, 1, 1, 1])).toBe(1);
  });

  it('finds the karate club’s best-known modularity (0.4198) with most seeds, and at least 0.39 with each', () => {
    const found = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
      modularity(karate, louvain(karate, { seed }).membership),
    );
    for (const q of found) expect(q).toBeGreaterThan(0.39);
    const best = found.filter((q) => Math.abs(q - 0.41978961209730437) < 1e-9);
    expect(best.length).toBeGreaterThanOrEqual(6);
  });

  it('recovers planted partitions: NMI ≥ 0.9 up to μ = 0.3 (10 groups of 100)', () => {
    const nmi = [0.1, 0.2, 0.3, 0.4].map((mixing) => {
      const p = planted(mixing);
      const { membership } = louvain(p.graph, { seed: 7 });
      expect(communitiesConnected(p.graph, membership)).toBe(true);
      expect(modularity(p.graph, membership)).toBeGreaterThanOrEqual(modularity(p.graph, p.truth) - 1e-3);
      return normalizedMutualInformation(membership, p.truth);
    });
    expect(nmi[0]).toBeGreaterThanOrEqual(0.99);
    expect(nmi[2]).toBeGreaterThanOrEqual(0.9);
    expect(nmi[3]).toBeGreaterThanOrEqual(0.8);
  });

  it('is deterministic for a seed', () => {
    const p = planted(0.4, 5);
    expect(Array.from(louvain(p.graph, { seed: 9 }).membership)).toEqual(
      Array.from(louvain(p.graph, { seed: 9 }).membership),
    );
  });

  it('finds more, smaller communities at a higher resolution', () => {
    const low = louvain(karate, { seed: 1, resolution: 0.5 }).count;
    const high = louvain(karate, { seed: 1, resolution: 2 }).count;
    expect(high).toBeGreaterThan(low);
  });

  it('keeps every community connected on sparse random graphs', () => {
    for (const seed of [1, 2, 3]) {
      const p = plantedPartition({
        nodes: 400,
        minGroupSize: 5,
        maxGroupSize: 60,
        averageDegree: 3,
        mixing: 0.5,
        seed,
      });
      const graph = buildWeightedGraph(400, p.sources, p.targets, p.weights);
      expect(communitiesConnected(graph, louvain(graph, { seed }).membership)).toBe(true);
    }
  });
});

describe('leiden', () => {
  it('separates the two triangles and finds the karate club’s best-known modularity with every seed', () => {
    expect(
      normalizedMutualInformation(
        leiden(graphOf(6, twoTriangles), { seed: 3 }).membership,
        [0, 0, 0, 1, 1, 1],
      ),
    ).toBe(1);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { membership, modularity: q } = leiden(karate, { seed });
      expect(q).toBeCloseTo(modularity(karate, membership), 12);
      expect(q).toBeCloseTo(0.41978961209730437, 9);
    }
  });

  it('recovers planted partitions at least as well as Louvain, μ = 0.1 to 0.5, with connected communities', () => {
    for (const mixing of [0.1, 0.2, 0.3, 0.4, 0.45, 0.5]) {
      for (const seed of [1, 2]) {
        const p = planted(mixing, seed);
        const found = leiden(p.graph, { seed: 7 });
        const before = louvain(p.graph, { seed: 7 }).membership;
        expect(communitiesConnected(p.graph, found.membership)).toBe(true);
        const nmi = normalizedMutualInformation(found.membership, p.truth);
        expect(nmi, `μ ${mixing}, graph ${seed}`).toBeGreaterThanOrEqual(
          normalizedMutualInformation(before, p.truth) - 0.01,
        );
        expect(found.modularity).toBeGreaterThanOrEqual(modularity(p.graph, before) - 1e-3);
        if (mixing <= 0.3) expect(nmi).toBe(1);
      }
    }
  });

  it('keeps the best of several seeded starts', () => {
    const p = planted(0.5, 3);
    const single = [0, 1, 2].map((s) => leiden(p.graph, { seed: 11 + s * 0x9e3779b9 }).modularity);
    const best = leiden(p.graph, { seed: 11, starts: 3 });
    expect(best.modularity).toBeCloseTo(Math.max(...single), 12);
  });

  it('is deterministic for a seed', () => {
    const p = planted(0.45, 5);
    expect(Array.from(leiden(p.graph, { seed: 9 }).membership)).toEqual(
      Array.from(leiden(p.graph, { seed: 9 }).membership),
    );
  });

  it('keeps every community connected on sparse random graphs, and finds more communities at a higher resolution', () => {
    for (const seed of [1, 2, 3]) {
      const p = plantedPartition({
        nodes: 400,
        minGroupSize: 5,
        maxGroupSize: 60,
        averageDegree: 3,
        mixing: 0.5,
        seed,
      });
      const graph = buildWeightedGraph(400, p.sources, p.targets, p.weights);
      expect(communitiesConnected(graph, leiden(graph, { seed }).membership)).toBe(true);
    }
    expect(leiden(karate, { seed: 1, resolution: 2 }).count).toBeGreaterThan(
      leiden(karate, { seed: 1, resolution: 0.5 }).count,
    );
  });

  it('handles graphs without edges', () => {
    expect(leiden(graphOf(3, []), { seed: 1 })).toMatchObject({ count: 3, modularity: 0 });
  });

  it('repairs the community that local moving leaves disconnected when its bridge node leaves', () => {
    // {1, 2} and {3, 4} hang on node 0 by light edges; 0 belongs with the triangle {5, 6, 7}.
    const bridged = graphOf(8, [
      [1, 2, 1],
      [3, 4, 1],
      [0, 1, 0.1],
      [0, 3, 0.1],
      [0, 5, 1],
      [0, 6, 1],
      [0, 7, 1],
      [5, 6, 1],
      [5, 7, 1],
      [6, 7, 1],
    ]);
    for (const seed of [1, 2, 3, 4]) {
      // Louvain's local moving, started from {0..4} {5, 6, 7}: 0 leaves, {1, 2, 3, 4} stays together, cut in two.
      const moved = moveNodesLocally(bridged, 1, mulberry32(seed), Int32Array.from([0, 0, 0, 0, 0, 5, 5, 5]));
      expect(moved[1]).toBe(moved[3]);
      expect(moved[0]).toBe(moved[5]);
      expect(communitiesConnected(bridged, moved)).toBe(false);
      const { membership } = leiden(bridged, { seed });
      expect(communitiesConnected(bridged, membership)).toBe(true);
      expect(normalizedMutualInformation(membership, [0, 1, 1, 2, 2, 0, 0, 0])).toBe(1);
    }
  });
});

describe('detectCommunities and solveCommunityProblem', () => {
  const problem: CommunityProblem = {
    nodes: ['f', 'e', 'd', 'c', 'b', 'a', 'alone'],
    edges: [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'a', target: 'c', weight: 1 },
      { source: 'd', target: 'e', weight: 1 },
      { source: 'e', target: 'f', weight: 1 },
      { source: 'd', target: 'f', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ],
    resolution: 1,
  };

  it('returns sorted communities (largest first) and their modularity', () => {
    const solution = solveCommunityProblem(problem);
    expect(solution.communities).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['alone']]);
    expect(solution.modularity).toBeCloseTo(5 / 14, 12);
    expect(detectCommunities(problem, { seed: 99 })).toEqual(solution);
  });

  it('reports the modularity of the partition it returns', () => {
    const p = planted(0.35, 2);
    const nodes = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    const edges = Array.from(p.sources, (s, e) => ({
      source: `n${s}`,
      target: `n${p.targets[e]}`,
      weight: p.weights[e]!,
    }));
    const solution = detectCommunities({ nodes, edges, resolution: 1 }, { seed: 4 });
    const index = new Map(nodes.map((id, i) => [id, i]));
    const membership = new Int32Array(1000);
    solution.communities.forEach((members, c) => {
      for (const id of members) membership[index.get(id)!] = c;
    });
    const graph = graphOfProblem({ nodes, edges, resolution: 1 });
    expect(solution.modularity).toBeCloseTo(modularity(graph, membership), 12);
    const sizes = solution.communities.map((c) => c.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('handles graphs without nodes or without edges', () => {
    expect(solveCommunityProblem({ nodes: [], edges: [] })).toEqual({ communities: [], modularity: 0 });
    expect(solveCommunityProblem({ nodes: ['b', 'a'], edges: [] })).toEqual({
      communities: [['a'], ['b']],
      modularity: 0,
    });
  });

  it('rejects bad problems naming the field', () => {
    const fieldsOf = (json: unknown) => {
      try {
        solveCommunityProblem(json);
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        return (error as BadUserInputError).problems.map((p) => p.path.join('.'));
      }
      throw new Error('expected a BadUserInputError');
    };
    expect(fieldsOf({ ...problem, resolution: 0 })).toEqual(['resolution']);
    expect(fieldsOf({ ...problem, edges: [{ source: 'a', target: 'b', weight: -1 }] })).toEqual([
      'edges.0.weight',
    ]);
    expect(
      fieldsOf({ ...problem, nodes: ['a', 'b', 'a'], edges: [{ source: 'a', target: 'zz', weight: 1 }] }),
    ).toEqual(['nodes.2', 'edges.0.target']);
    expect(fieldsOf({ nodes: 'a', edges: [] })).toEqual(['nodes']);
  });
});
