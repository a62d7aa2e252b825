// Leiden community detection (Traag, Waltman & van Eck 2019, "From Louvain to
// Leiden: guaranteeing well-connected communities"), on CSR typed arrays.
//
// Each level: fast local moving (shared with Louvain) gives a partition P;
// the refinement then splits every community of P into well-connected
// sub-communities: starting from singletons inside the community, each
// well-connected node still alone joins a well-connected sub-community with a
// non-negative modularity gain, chosen at random with probability ∝ exp(gain/θ)
// (θ = 0.01, in edge-weight units, so nearly greedy but not stuck on one
// tie-break). The graph is aggregated on the REFINED partition, and the next
// level starts from P (each aggregate node in its parent community), so local
// moving can still move a sub-community alone. It stops when local moving
// leaves every aggregate node in its own community. Several iterations
// restart from the previous result on the original graph; several seeded
// starts keep the partition of highest modularity. Sub-communities grow only
// along edges, and a last pass splits any community left disconnected, so
// every community is connected.
import { mulberry32 } from '../../../domain/random.js';
import { aggregate, moveNodesLocally, splitDisconnected } from './louvain.js';
import { modularity } from './modularity.js';
import { type WeightedGraph, weightedDegrees } from './weightedGraph.js';

export interface LeidenOptions {
  resolution?: number;
  seed?: number;
  /** Passes of the whole algorithm, each starting from the previous result (default 2). */
  iterations?: number;
  /** Independent seeded starts; the partition of highest modularity is kept (default 1). */
  starts?: number;
  /** Randomness of the refinement's choice, in edge-weight units (default 0.01). */
  randomness?: number;
  /** Upper bound on aggregation levels per iteration. */
  maxLevels?: number;
}

export interface LeidenResult {
  /** Community of each node, numbered 0..count-1 by first appearance. */
  membership: Int32Array;
  count: number;
  /** Aggregation levels of the kept start, summed over its iterations. */
  levels: number;
  modularity: number;
}

export function leiden(graph: WeightedGraph, options: LeidenOptions = {}): LeidenResult {
  const starts = Math.max(1, options.starts ?? 1);
  const seed = options.seed ?? 1;
  let best: LeidenResult | undefined;
  for (let s = 0; s < starts; s++) {
    // Each start draws its own stream from the seed, so start s is the same whatever `starts` is.
    const result = leidenOnce(graph, options, mulberry32(seed + s * 0x9e3779b9));
    if (!best || result.modularity > best.modularity + 1e-12) best = result;
  }
  return best!;
}

function leidenOnce(graph: WeightedGraph, options: LeidenOptions, random: () => number): LeidenResult {
  const resolution = options.resolution ?? 1;
  const iterations = Math.max(1, options.iterations ?? 2);
  const theta = options.randomness ?? 0.01;
  const maxLevels = options.maxLevels ?? 64;
  const n = graph.nodeCount;
  let partition: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
  if (n === 0 || graph.totalWeight <= 0) return { membership: partition, count: n, levels: 0, modularity: 0 };

  let levels = 0;
  for (let it = 0; it < iterations; it++) {
    // membership: original node → node of the current level; current: the level's partition P.
    const membership = Int32Array.from({ length: n }, (_, i) => i);
    let level = graph;
    let current: Int32Array = partition;
    for (let depth = 0; depth < maxLevels; depth++) {
      const moved = splitDisconnected(level, moveNodesLocally(level, resolution, random, current));
      levels++;
      current = moved.labels;
      if (moved.count === level.nodeCount) break;
      const refined = refine(level, current, moved.count, resolution, theta, random);
      // Refinement merged nothing: aggregating would give the same graph back.
      if (refined.count === level.nodeCount) break;
      const next = aggregate(level, refined.labels, refined.count);
      const parent = new Int32Array(refined.count);
      for (let i = 0; i < level.nodeCount; i++) parent[refined.labels[i]!] = current[i]!;
      for (let i = 0; i < n; i++) membership[i] = refined.labels[membership[i]!]!;
      level = next;
      current = parent;
    }
    const flat = new Int32Array(n);
    for (let i = 0; i < n; i++) flat[i] = current[membership[i]!]!;
    partition = splitDisconnected(graph, flat).labels;
  }
  const { labels, count } = splitDisconnected(graph, partition);
  return { membership: labels, count, levels, modularity: modularity(graph, labels, resolution) };
}

/**
 * Splits each community of `partition` (labels 0..count-1) into well-connected
 * sub-communities; returns the sub-community of each node, numbered
 * 0..refinedCount-1.
 */
function refine(
  graph: WeightedGraph,
  partition: Int32Array,
  count: number,
  resolution: number,
  theta: number,
  random: () => number,
): { labels: Int32Array; count: number } {
  const n = graph.nodeCount;
  const { offsets, targets, weights } = graph;
  const degree = weightedDegrees(graph);
  const twoM = 2 * graph.totalWeight;
  const scale = resolution / twoM;

  // Nodes grouped by community, each group in random order.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[partition[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[partition[i]!]!++] = i;
  const communityDegree = new Float64Array(count);
  for (let i = 0; i < n; i++) communityDegree[partition[i]!]! += degree[i]!;

  // Sub-community state: each node starts alone.
  const refined = Int32Array.from({ length: n }, (_, i) => i);
  const subDegree = Float64Array.from(degree);
  const subSize = new Int32Array(n).fill(1);
  /** Weight of the edges from a sub-community to the rest of its community. */
  const subExternal = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      if (partition[targets[e]!] === partition[i]) subExternal[i]! += weights[e]!;
    }
  }

  const linkWeight = new Float64Array(n);
  const touched = new Int32Array(n);
  const gains = new Float64Array(n);
  for (let c = 0; c < count; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (to - from < 2) continue;
    for (let i = to - 1; i > from; i--) {
      const j = from + Math.floor(random() * (i - from + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const total = communityDegree[c]!;
    for (let o = from; o < to; o++) {
      const v = order[o]!;
      const kv = degree[v]!;
      // Only a node still alone and well connected to its community may move.
      if (subSize[refined[v]!] !== 1) continue;
      if (subExternal[v]! < kv * (total - kv) * scale) continue;

      let touchedCount = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const u = targets[e]!;
        if (partition[u] !== c) continue;
        const s = refined[u]!;
        if (linkWeight[s] === 0) touched[touchedCount++] = s;
        linkWeight[s]! += weights[e]!;
      }
      // Candidates: well-connected sub-communities with a non-negative gain.
      let maxGain = 0;
      let options = 0;
      for (let t = 0; t < touchedCount; t++) {
        const s = touched[t]!;
        const sd = subDegree[s]!;
        const gain = linkWeight[s]! - kv * sd * scale;
        const wellConnected = subExternal[s]! >= sd * (total - sd) * scale;
        if (gain >= 0 && wellConnected) {
          gains[t] = gain;
          options++;
          if (gain > maxGain) maxGain = gain;
        } else gains[t] = -1;
      }
      let chosen = -1;
      if (options > 0) {
        // Staying alone (gain 0) is one of the choices; weights are shifted by the best gain.
        let sum = Math.exp(-maxGain / theta);
        for (let t = 0; t < touchedCount; t++)
          if (gains[t]! >= 0) sum += Math.exp((gains[t]! - maxGain) / theta);
        let r = random() * sum - Math.exp(-maxGain / theta);
        for (let t = 0; t < touchedCount && r >= 0; t++) {
          if (gains[t]! < 0) continue;
          r -= Math.exp((gains[t]! - maxGain) / theta);
          if (r < 0) chosen = touched[t]!;
        }
        // Rounding left r ≥ 0 past the last option: take the best one.
        if (r >= 0 && chosen === -1) {
          for (let t = 0; t < touchedCount; t++) if (gains[t] === maxGain) chosen = touched[t]!;
        }
      }
      if (chosen !== -1 && linkWeight[chosen]! > 0) {
        const w = linkWeight[chosen]!;
        subExternal[chosen] = subExternal[chosen]! + subExternal[v]! - 2 * w;
        subDegree[chosen]! += kv;
        subSize[chosen]!++;
        subSize[v] = 0;
        subDegree[v] = 0;
        refined[v] = chosen;
      }
      for (let t = 0; t < touchedCount; t++) linkWeight[touched[t]!] = 0;
    }
  }

  // Number the sub-communities by first appearance.
  const labels = new Int32Array(n).fill(-1);
  const index = new Int32Array(n).fill(-1);
  let refinedCount = 0;
  for (let i = 0; i < n; i++) {
    const s = refined[i]!;
    if (index[s] === -1) index[s] = refinedCount++;
    labels[i] = index[s]!;
  }
  return { labels, count: refinedCount };
}
