// Louvain community detection with a connectivity refinement, on CSR typed
// arrays.
//
// Each level runs the queue-based "fast local moving" of Leiden (Traag et al.
// 2019): nodes are visited in a seeded random order; a node moves to the
// neighbouring community (or an empty one) with the largest modularity gain,
// and only the neighbours of moved nodes are visited again. Communities that
// local moving left disconnected — Louvain's known defect — are then split into
// their connected components, which never lowers modularity. The graph is then
// aggregated (one node per community) and the next level starts, until a level
// moves nothing.
//
// Modularity with resolution γ: Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], where
// in_c counts each internal edge twice and tot_c sums the weighted degrees.
import { mulberry32 } from '../../../domain/random.js';
import { type WeightedGraph, weightedDegrees } from './weightedGraph.js';

export interface LouvainOptions {
  resolution?: number;
  seed?: number;
  /** Upper bound on aggregation levels (each level at least halves nothing-moved graphs, so rarely reached). */
  maxLevels?: number;
}

export interface LouvainResult {
  /** Community of each node, numbered 0..count-1 by first appearance. */
  membership: Int32Array;
  count: number;
  levels: number;
}

export function louvain(graph: WeightedGraph, options: LouvainOptions = {}): LouvainResult {
  const resolution = options.resolution ?? 1;
  const random = mulberry32(options.seed ?? 1);
  const maxLevels = options.maxLevels ?? 64;
  const n = graph.nodeCount;
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  if (n === 0 || graph.totalWeight <= 0) return { membership, count: n, levels: 0 };

  let level = graph;
  let levels = 0;
  let count = n;
  while (levels < maxLevels) {
    const local = moveNodesLocally(level, resolution, random);
    const split = splitDisconnected(level, local);
    levels++;
    count = split.count;
    for (let i = 0; i < n; i++) membership[i] = split.labels[membership[i]!]!;
    if (count === level.nodeCount) break;
    level = aggregate(level, split.labels, count);
  }
  if (levels > 1) {
    // Polish: single nodes may still gain by leaving the community their
    // aggregate was merged into.
    const polished = splitDisconnected(graph, moveNodesLocally(graph, resolution, random, membership));
    membership.set(polished.labels);
    count = polished.count;
  }
  return { membership, count, levels };
}

/**
 * Fast local moving on one level, from singletons or from `initial` (labels
 * below n); returns the community of each node.
 */
export function moveNodesLocally(
  graph: WeightedGraph,
  resolution: number,
  random: () => number,
  initial?: Int32Array,
): Int32Array {
  const n = graph.nodeCount;
  const { offsets, targets, weights } = graph;
  const degree = weightedDegrees(graph);
  const twoM = 2 * graph.totalWeight;
  const community = initial ? initial.slice() : Int32Array.from({ length: n }, (_, i) => i);
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    total[community[i]!]! += degree[i]!;
    size[community[i]!]!++;
  }
  // Communities left empty, to offer a node the choice of being alone.
  const empty = new Int32Array(n);
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;

  // Visit queue (a ring buffer) seeded with every node in random order.
  const queue = new Int32Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = queue[i]!;
    queue[i] = queue[j]!;
    queue[j] = t;
  }
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let queueSize = n;

  const linkWeight = new Float64Array(n);
  const touched = new Int32Array(n);

  while (queueSize > 0) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    queueSize--;
    queued[i] = 0;

    const current = community[i]!;
    const k = degree[i]!;
    let touchedCount = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const c = community[targets[e]!]!;
      if (linkWeight[c] === 0) touched[touchedCount++] = c;
      linkWeight[c]! += weights[e]!;
    }
    total[current]! -= k;
    const scale = (resolution * k) / twoM;
    let best = current;
    let bestGain = linkWeight[current]! - total[current]! * scale;
    const stayGain = bestGain;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const gain = linkWeight[c]! - total[c]! * scale;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    // Being alone gains 0; prefer it when every community costs modularity. (A
    // node already alone has a stay gain of 0, so an empty community exists here.)
    if (bestGain < 0 && emptyCount > 0) {
      best = empty[emptyCount - 1]!;
      bestGain = 0;
    }
    for (let t = 0; t < touchedCount; t++) linkWeight[touched[t]!] = 0;

    // Move only on a clear gain, so rounding noise cannot make nodes oscillate.
    if (best !== current && bestGain - stayGain > 1e-12 * (k + 1)) {
      if (size[best] === 0) emptyCount--;
      total[best]! += k;
      size[best]!++;
      community[i] = best;
      if (--size[current]! === 0) empty[emptyCount++] = current;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const j = targets[e]!;
        if (!queued[j] && community[j] !== best) {
          queued[j] = 1;
          queue[(head + queueSize) % n] = j;
          queueSize++;
        }
      }
    } else {
      total[current]! += k;
    }
  }
  return community;
}

/**
 * Relabels communities 0..count-1 by first appearance, giving each connected
 * component of a community (through edges inside it) its own label.
 */
export function splitDisconnected(
  graph: WeightedGraph,
  community: Int32Array,
): { labels: Int32Array; count: number } {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (labels[s] !== -1) continue;
    const label = count++;
    const c = community[s]!;
    labels[s] = label;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const u = stack[--top]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const v = targets[e]!;
        if (labels[v] === -1 && community[v] === c) {
          labels[v] = label;
          stack[top++] = v;
        }
      }
    }
  }
  return { labels, count };
}

/** One node per community; internal weight becomes the new node's self-loop. */
export function aggregate(graph: WeightedGraph, labels: Int32Array, count: number): WeightedGraph {
  const n = graph.nodeCount;
  const { offsets, targets, weights } = graph;
  // Nodes grouped by community (counting sort).
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[labels[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[labels[i]!]!++] = i;

  const outOffsets = new Int32Array(count + 1);
  const selfLoops = new Float64Array(count);
  let capacity = Math.max(16, graph.targets.length);
  let outTargets = new Int32Array(capacity);
  let outWeights = new Float64Array(capacity);
  const linkWeight = new Float64Array(count);
  const touched = new Int32Array(count);
  let write = 0;
  for (let c = 0; c < count; c++) {
    outOffsets[c] = write;
    let touchedCount = 0;
    let internal = 0;
    for (let m = start[c]!; m < start[c + 1]!; m++) {
      const u = members[m]!;
      selfLoops[c]! += graph.selfLoops[u]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const d = labels[targets[e]!]!;
        if (d === c) internal += weights[e]!;
        else {
          if (linkWeight[d] === 0) touched[touchedCount++] = d;
          linkWeight[d]! += weights[e]!;
        }
      }
    }
    selfLoops[c]! += internal / 2;
    touched.subarray(0, touchedCount).sort();
    if (write + touchedCount > capacity) {
      capacity = Math.max(2 * capacity, write + touchedCount);
      const grownTargets = new Int32Array(capacity);
      grownTargets.set(outTargets);
      outTargets = grownTargets;
      const grownWeights = new Float64Array(capacity);
      grownWeights.set(outWeights);
      outWeights = grownWeights;
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      outTargets[write] = d;
      outWeights[write] = linkWeight[d]!;
      write++;
      linkWeight[d] = 0;
    }
  }
  outOffsets[count] = write;
  return {
    nodeCount: count,
    offsets: outOffsets,
    targets: outTargets.slice(0, write),
    weights: outWeights.slice(0, write),
    selfLoops,
    totalWeight: graph.totalWeight,
  };
}
