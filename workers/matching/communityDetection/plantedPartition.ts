// Seeded planted-partition graphs for tests and benchmarks: nodes split into
// groups (sizes drawn between minGroupSize and maxGroupSize), each node starts
// `averageDegree / 2` edges, a share `mixing` (μ) of them to a node outside its
// group and the rest inside, with weights in [0.5, 1.5). The truth is known, so
// detected communities can be scored with NMI.
import { intBetween, mulberry32 } from '../../../domain/random.js';

export interface PlantedPartitionOptions {
  nodes: number;
  minGroupSize: number;
  maxGroupSize: number;
  averageDegree: number;
  mixing: number;
  seed: number;
}

export interface PlantedPartition {
  /** Group of each node. */
  truth: Int32Array;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function plantedPartition(options: PlantedPartitionOptions): PlantedPartition {
  const random = mulberry32(options.seed);
  const n = options.nodes;
  const truth = new Int32Array(n);
  const groupStart: number[] = [];
  for (let start = 0, group = 0; start < n; group++) {
    const size = Math.min(n - start, intBetween(random, options.minGroupSize, options.maxGroupSize));
    groupStart.push(start);
    truth.fill(group, start, start + size);
    start += size;
  }
  groupStart.push(n);
  const perNode = Math.max(1, Math.round(options.averageDegree / 2));
  const edgeCount = n * perNode;
  const sources = new Int32Array(edgeCount);
  const targets = new Int32Array(edgeCount);
  const weights = new Float64Array(edgeCount);
  let e = 0;
  for (let u = 0; u < n; u++) {
    const g = truth[u]!;
    const lo = groupStart[g]!;
    const size = groupStart[g + 1]! - lo;
    for (let k = 0; k < perNode; k++) {
      let v: number;
      if (random() < options.mixing || size === 1) {
        do v = Math.floor(random() * n);
        while (truth[v] === g && size < n);
      } else {
        do v = lo + Math.floor(random() * size);
        while (v === u);
      }
      sources[e] = u;
      targets[e] = v;
      weights[e] = 0.5 + random();
      e++;
    }
  }
  return { truth, sources, targets, weights };
}
