// An undirected weighted graph in compressed sparse rows (CSR): the neighbours
// of node i are targets[offsets[i] .. offsets[i + 1] - 1], each undirected edge
// stored in both directions, neighbours sorted and repeated edges merged
// (weights summed). Self-loops are kept apart, in `selfLoops`.

export interface WeightedGraph {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight of the self-loop of each node (0 when none). */
  selfLoops: Float64Array;
  /** Sum of all edge weights, each undirected edge and self-loop once (the "m" of modularity). */
  totalWeight: number;
}

/** Weighted degree: neighbour weights plus twice the self-loop. */
export function weightedDegrees(graph: WeightedGraph): Float64Array {
  const degrees = new Float64Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) {
    let k = 2 * graph.selfLoops[i]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) k += graph.weights[e]!;
    degrees[i] = k;
  }
  return degrees;
}

/**
 * Builds the CSR graph from an edge list given as parallel arrays of node
 * indices and weights. Zero-weight edges are dropped. Runs in O(n + m) with two
 * counting sorts (by target, then stably by source), so rows come out sorted.
 */
export function buildWeightedGraph(
  nodeCount: number,
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): WeightedGraph {
  const selfLoops = new Float64Array(nodeCount);
  let totalWeight = 0;
  let halfEdges = 0;
  for (let e = 0; e < sources.length; e++) {
    const w = weights[e]!;
    if (!(w > 0)) continue;
    totalWeight += w;
    if (sources[e] === targets[e]) selfLoops[sources[e]!]! += w;
    else halfEdges += 2;
  }

  // Directed half-edges (u → v and v → u), first bucketed by target.
  const byTarget = countingOrder(nodeCount, halfEdges, (emit) => {
    for (let e = 0; e < sources.length; e++) {
      if (!(weights[e]! > 0) || sources[e] === targets[e]) continue;
      emit(targets[e]!, sources[e]!, weights[e]!);
      emit(sources[e]!, targets[e]!, weights[e]!);
    }
  });
  // Then stably by source: each row is sorted by target.
  const bySource = countingOrder(nodeCount, halfEdges, (emit) => {
    for (let k = 0; k < halfEdges; k++) emit(byTarget.from[k]!, byTarget.key[k]!, byTarget.weight[k]!);
  });

  // Merge repeated neighbours in place.
  const offsets = new Int32Array(nodeCount + 1);
  const outTargets = bySource.from;
  const outWeights = bySource.weight;
  let write = 0;
  for (let i = 0; i < nodeCount; i++) {
    offsets[i] = write;
    for (let k = bySource.offsets[i]!; k < bySource.offsets[i + 1]!; k++) {
      const v = outTargets[k]!;
      if (write > offsets[i]! && outTargets[write - 1] === v) outWeights[write - 1]! += outWeights[k]!;
      else {
        outTargets[write] = v;
        outWeights[write] = outWeights[k]!;
        write++;
      }
    }
  }
  offsets[nodeCount] = write;
  return {
    nodeCount,
    offsets,
    targets: write === halfEdges ? outTargets : outTargets.slice(0, write),
    weights: write === halfEdges ? outWeights : outWeights.slice(0, write),
    selfLoops,
    totalWeight,
  };
}

interface Bucketed {
  offsets: Int32Array;
  /** The bucket key of each entry. */
  key: Int32Array;
  /** The other endpoint of each entry. */
  from: Int32Array;
  weight: Float64Array;
}

/** A stable counting sort of (key, other, weight) triples produced twice by `produce`. */
function countingOrder(
  nodeCount: number,
  size: number,
  produce: (emit: (key: number, other: number, weight: number) => void) => void,
): Bucketed {
  const offsets = new Int32Array(nodeCount + 1);
  produce((key) => {
    offsets[key + 1]!++;
  });
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, nodeCount);
  const key = new Int32Array(size);
  const from = new Int32Array(size);
  const weight = new Float64Array(size);
  produce((k, other, w) => {
    const at = fill[k]!++;
    key[at] = k;
    from[at] = other;
    weight[at] = w;
  });
  return { offsets, key, from, weight };
}
