// Community detection on a seeded planted partition of 100,000 nodes and
// 1,000,000 weighted edges (groups of 50–500, average degree 20, mixing μ =
// 0.3): the canonical path (parse + detect, string ids), the typed-array core,
// and graphology-communities-louvain on the same graph for comparison. Peak
// RSS is measured for our path first, then separately for graphology.
import { UndirectedGraph } from 'graphology';
import * as graphologyLouvainModule from 'graphology-communities-louvain';
import { parseCommunityProblem } from '../../domain/problems/communities.js';
import { mulberry32 } from '../../domain/random.js';
import {
  detectCommunities,
  louvain,
  modularity,
  normalizedMutualInformation,
} from '../../workers/matching/communityDetection/index.js';
import { plantedPartition } from '../../workers/matching/communityDetection/plantedPartition.js';
import { buildWeightedGraph } from '../../workers/matching/communityDetection/weightedGraph.js';
import { timeMs, trackPeakRss, writeResult } from './harness.js';

const nodes = 100_000;
const mixing = 0.3;
const planted = plantedPartition({
  nodes,
  minGroupSize: 50,
  maxGroupSize: 500,
  averageDegree: 20,
  mixing,
  seed: 2024,
});
const ids = Array.from({ length: nodes }, (_, i) => `m${i}`);
const truthGroups = new Set(planted.truth).size;
// A CommonJS module: at run time its default export is module.exports, the
// louvain function itself, while its typings describe an ES module whose
// `default` is that function — hence the cast.
const graphologyLouvain =
  graphologyLouvainModule.default as unknown as typeof graphologyLouvainModule.default.default;

globalThis.gc?.();
const ours = trackPeakRss();
const core = await timeMs(() => {
  const graph = buildWeightedGraph(nodes, planted.sources, planted.targets, planted.weights);
  return { graph, result: louvain(graph, { seed: 42 }) };
});
const coreModularity = modularity(core.value.graph, core.value.result.membership);
const json = {
  nodes: ids,
  edges: Array.from(planted.sources, (s, e) => ({
    source: ids[s]!,
    target: ids[planted.targets[e]!]!,
    weight: planted.weights[e]!,
  })),
  resolution: 1,
};
const parse = await timeMs(() => parseCommunityProblem(json));
const detect = await timeMs(() => detectCommunities(parse.value, { seed: 42 }));
const oursPeakRss = ours.stop();
const index = new Map(ids.map((id, i) => [id, i]));
const detected = new Int32Array(nodes);
detect.value.communities.forEach((members, c) => {
  for (const id of members) detected[index.get(id)!] = c;
});

const theirsRss = trackPeakRss();
const graphologyRun = await timeMs(() => {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of ids) graph.addNode(id);
  for (let e = 0; e < planted.sources.length; e++) {
    graph.updateUndirectedEdge(ids[planted.sources[e]!]!, ids[planted.targets[e]!]!, (attributes) => ({
      weight: (attributes.weight ?? 0) + planted.weights[e]!,
    }));
  }
  return graphologyLouvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(42) });
});
const graphologyMembership = Int32Array.from(ids, (id) => graphologyRun.value.communities[id]!);

writeResult('communityDetection', {
  graph: { nodes, edges: planted.sources.length, mixing, plantedGroups: truthGroups },
  core: {
    ms: core.ms,
    communities: core.value.result.count,
    levels: core.value.result.levels,
    modularity: round(coreModularity),
    nmi: round(normalizedMutualInformation(core.value.result.membership, planted.truth)),
  },
  canonical: {
    parseMs: parse.ms,
    detectMs: detect.ms,
    communities: detect.value.communities.length,
    largest: detect.value.communities[0]?.length,
    modularity: round(detect.value.modularity),
    nmi: round(normalizedMutualInformation(detected, planted.truth)),
  },
  plantedModularity: round(modularity(core.value.graph, planted.truth)),
  peakRssMiB: oursPeakRss,
  graphology: {
    msIncludingGraphBuild: graphologyRun.ms,
    communities: graphologyRun.value.count,
    modularity: round(modularity(core.value.graph, graphologyMembership)),
    nmi: round(normalizedMutualInformation(graphologyMembership, planted.truth)),
    peakRssMiB: theirsRss.stop(),
  },
});

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
