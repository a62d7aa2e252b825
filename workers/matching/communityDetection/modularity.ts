// Modularity of a partition, computed straight from the edge list (not from
// Louvain's bookkeeping, so it can check it):
//   Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]
// where m is the total edge weight, L_c the weight of the edges inside c
// (self-loops included once) and d_c the sum of weighted degrees in c (a
// self-loop adds twice its weight). A graph without edges has Q = 0.
import type { WeightedGraph } from './weightedGraph.js';

export function modularity(graph: WeightedGraph, partition: ArrayLike<number>, resolution = 1): number {
  const m = graph.totalWeight;
  if (m <= 0) return 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  const add = (map: Map<number, number>, c: number, w: number) => map.set(c, (map.get(c) ?? 0) + w);
  for (let u = 0; u < graph.nodeCount; u++) {
    const c = partition[u]!;
    const loop = graph.selfLoops[u]!;
    add(inside, c, loop);
    add(degree, c, 2 * loop);
    for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++) {
      const w = graph.weights[e]!;
      add(degree, c, w);
      // Each undirected edge is seen from both ends: count half each time.
      if (partition[graph.targets[e]!] === c) add(inside, c, w / 2);
    }
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}
