// Community detection, in three phases (each with its own peak RSS, after a
// GC; the process peak includes what earlier phases left alive):
// 1. a seeded planted partition of 100,000 nodes and 1,000,000 weighted edges
//    (groups of 50–500, average degree 20, mixing μ = 0.3): the typed-array
//    core, then the canonical path (parse + detect with string ids);
// 2. the product pipeline on the synthetic 100,000-member network (graph/seed):
//    member graph (collaborations, shared skills and spaces, capped) → Louvain
//    → labels, with NMI against each member's first filière;
// 3. graphology-communities-louvain on the planted graph, for comparison;
// 4. quality across mixing (issue 19): planted partitions of 10,000 nodes at
//    μ = 0.1 … 0.5, three seeded graphs each, NMI / modularity / time of our
//    Louvain, Leiden (one start and four seeded starts) and graphology's
//    Louvain on the same graphs in the same run.
import os from 'node:os';
import { UndirectedGraph } from 'graphology';
import * as graphologyLouvainModule from 'graphology-communities-louvain';
import { parseCommunityProblem } from '../../domain/problems/communities.js';
import { mulberry32 } from '../../domain/random.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import {
  buildMemberGraph,
  detectCommunities,
  detectMemberCommunities,
  leiden,
  louvain,
  modularity,
  normalizedMutualInformation,
} from '../../workers/matching/communityDetection/index.js';
import {
  type PlantedPartition,
  plantedPartition,
} from '../../workers/matching/communityDetection/plantedPartition.js';
import { buildWeightedGraph } from '../../workers/matching/communityDetection/weightedGraph.js';
import { timeMs, trackPeakRss, writeResult } from './harness.js';

// A CommonJS module: at run time its default export is module.exports, the
// louvain function itself, while its typings describe an ES module whose
// `default` is that function — hence the cast.
const graphologyLouvain =
  graphologyLouvainModule.default as unknown as typeof graphologyLouvainModule.default.default;

const round = (x: number) => Math.round(x * 1e4) / 1e4;
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
const plantedGraph = buildWeightedGraph(nodes, planted.sources, planted.targets, planted.weights);

async function plantedPhase(p: PlantedPartition) {
  globalThis.gc?.();
  const rss = trackPeakRss();
  const core = await timeMs(() => {
    const graph = buildWeightedGraph(nodes, p.sources, p.targets, p.weights);
    return leiden(graph, { seed: 42 });
  });
  const louvainCore = await timeMs(() => {
    const graph = buildWeightedGraph(nodes, p.sources, p.targets, p.weights);
    return louvain(graph, { seed: 42 });
  });
  const json = {
    nodes: ids,
    edges: Array.from(p.sources, (s, e) => ({
      source: ids[s]!,
      target: ids[p.targets[e]!]!,
      weight: p.weights[e]!,
    })),
    resolution: 1,
  };
  const parse = await timeMs(() => parseCommunityProblem(json));
  const detect = await timeMs(() => detectCommunities(parse.value, { seed: 42 }));
  const peakRssMiB = rss.stop();
  const index = new Map(ids.map((id, i) => [id, i]));
  const detected = new Int32Array(nodes);
  detect.value.communities.forEach((members, c) => {
    for (const id of members) detected[index.get(id)!] = c;
  });
  return {
    core: {
      ms: core.ms,
      communities: core.value.count,
      levels: core.value.levels,
      modularity: round(modularity(plantedGraph, core.value.membership)),
      nmi: round(normalizedMutualInformation(core.value.membership, p.truth)),
    },
    louvainCore: {
      ms: louvainCore.ms,
      communities: louvainCore.value.count,
      modularity: round(modularity(plantedGraph, louvainCore.value.membership)),
      nmi: round(normalizedMutualInformation(louvainCore.value.membership, p.truth)),
    },
    canonical: {
      parseMs: parse.ms,
      detectMs: detect.ms,
      communities: detect.value.communities.length,
      largest: detect.value.communities[0]?.length,
      modularity: round(detect.value.modularity),
      nmi: round(normalizedMutualInformation(detected, p.truth)),
    },
    plantedModularity: round(modularity(plantedGraph, p.truth)),
    peakRssMiB,
  };
}

async function memberPipelinePhase() {
  const generation = await timeMs(() => generateNetwork({ members: 100_000, seed: 42 }));
  const dataset = generation.value;
  const input = {
    members: dataset.members.map((m) => ({
      id: m.id,
      skills: m.skills.map((s) => s.skill),
      spaces: m.spaces,
    })),
    collaborations: dataset.collaborations,
  };
  const taxonomy = new Taxonomy(dataset.skills);
  globalThis.gc?.();
  const rss = trackPeakRss();
  const graphOnly = await timeMs(() => buildMemberGraph(input));
  const pipeline = await timeMs(() => detectMemberCommunities(input, taxonomy, { minSize: 1 }));
  const peakRssMiB = rss.stop();
  const found = new Map<string, number>();
  pipeline.value.communities.forEach((c, k) => {
    for (const id of c.members) found.set(id, k);
  });
  return {
    members: dataset.members.length,
    collaborations: dataset.collaborations.length,
    generationMs: generation.ms,
    memberGraphMs: graphOnly.ms,
    memberGraphEdges: graphOnly.value.graph.targets.length / 2,
    pipelineMs: pipeline.ms,
    communities: pipeline.value.communities.length,
    modularity: round(pipeline.value.modularity),
    nmiVsFirstFiliere: round(
      normalizedMutualInformation(
        dataset.members.map((m) => found.get(m.id)!),
        dataset.members.map((m) => m.filieres[0] ?? 'none'),
      ),
    ),
    largest: pipeline.value.communities.slice(0, 5).map((c) => ({ size: c.size, label: c.label.en })),
    peakRssMiB,
  };
}

async function graphologyPhase(p: PlantedPartition) {
  globalThis.gc?.();
  const rss = trackPeakRss();
  const run = await timeMs(() => {
    const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
    for (const id of ids) graph.addNode(id);
    for (let e = 0; e < p.sources.length; e++) {
      graph.updateUndirectedEdge(ids[p.sources[e]!]!, ids[p.targets[e]!]!, (attributes) => ({
        weight: (attributes.weight ?? 0) + p.weights[e]!,
      }));
    }
    return graphologyLouvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(42) });
  });
  const peakRssMiB = rss.stop();
  const membership = Int32Array.from(ids, (id) => run.value.communities[id]!);
  return {
    msIncludingGraphBuild: run.ms,
    communities: run.value.count,
    modularity: round(modularity(plantedGraph, membership)),
    nmi: round(normalizedMutualInformation(membership, p.truth)),
    peakRssMiB,
  };
}

/** Graphology's Louvain on a planted graph (the graph built outside the timing). */
function graphologyMembership(
  p: PlantedPartition,
  n: number,
  seed: number,
): { ms: number; membership: Int32Array } {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let e = 0; e < p.sources.length; e++) {
    graph.updateUndirectedEdge(String(p.sources[e]!), String(p.targets[e]!), (attributes) => ({
      weight: (attributes.weight ?? 0) + p.weights[e]!,
    }));
  }
  const start = performance.now();
  const run = graphologyLouvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const ms = performance.now() - start;
  return { ms, membership: Int32Array.from({ length: n }, (_, i) => run.communities[String(i)]!) };
}

async function mixingPhase() {
  const n = 10_000;
  const seeds = [1, 2, 3];
  const rows = [];
  for (const mu of [0.1, 0.2, 0.3, 0.4, 0.45, 0.5]) {
    const runs: Record<string, { nmi: number[]; modularity: number[]; ms: number[] }> = {};
    const record = (
      name: string,
      graph: ReturnType<typeof buildWeightedGraph>,
      truth: Int32Array,
      ms: number,
      membership: Int32Array,
    ) => {
      runs[name] ??= { nmi: [], modularity: [], ms: [] };
      runs[name].nmi.push(normalizedMutualInformation(membership, truth));
      runs[name].modularity.push(modularity(graph, membership));
      runs[name].ms.push(ms);
    };
    let plantedQ = 0;
    for (const seed of seeds) {
      const p = plantedPartition({
        nodes: n,
        minGroupSize: 50,
        maxGroupSize: 500,
        averageDegree: 20,
        mixing: mu,
        seed,
      });
      const graph = buildWeightedGraph(n, p.sources, p.targets, p.weights);
      plantedQ += modularity(graph, p.truth) / seeds.length;
      const ours = [
        ['louvain', () => louvain(graph, { seed: 42 }).membership],
        ['leiden', () => leiden(graph, { seed: 42 }).membership],
        ['leiden4Starts', () => leiden(graph, { seed: 42, starts: 4 }).membership],
      ] as const;
      for (const [name, run] of ours) {
        const timed = await timeMs(run);
        record(name, graph, p.truth, timed.ms, timed.value);
      }
      const theirs = graphologyMembership(p, n, 42);
      record('graphologyLouvain', graph, p.truth, theirs.ms, theirs.membership);
    }
    const summary = Object.fromEntries(
      Object.entries(runs).map(([name, r]) => [
        name,
        {
          nmiMean: round(r.nmi.reduce((a, b) => a + b, 0) / r.nmi.length),
          nmiMin: round(Math.min(...r.nmi)),
          modularityMean: round(r.modularity.reduce((a, b) => a + b, 0) / r.modularity.length),
          msMean: Math.round(r.ms.reduce((a, b) => a + b, 0) / r.ms.length),
        },
      ]),
    );
    rows.push({ mixing: mu, plantedModularity: round(plantedQ), ...summary });
  }
  return { nodes: n, averageDegree: 20, groupSizes: '50–500', graphSeeds: seeds, algorithmSeed: 42, rows };
}

const loadBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
const plantedResult = await plantedPhase(planted);
const memberPipeline = await memberPipelinePhase();
const graphology = await graphologyPhase(planted);
const mixingSweep = await mixingPhase();
writeResult('communityDetection', {
  loadAverage: { before: loadBefore, after: os.loadavg().map((x) => Math.round(x * 100) / 100) },
  algorithm: 'leiden (1 start, 2 iterations); louvainCore for comparison',
  graph: { nodes, edges: planted.sources.length, mixing, plantedGroups: new Set(planted.truth).size },
  ...plantedResult,
  memberPipeline,
  graphology,
  mixingSweep,
});
