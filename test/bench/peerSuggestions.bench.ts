// Peer suggestions on the synthetic 100,000-member network (graph/seed): build
// the prepared graph once, then answer 1,000 queries for seeded members, with
// members who chose to be invisible passed as opted out and a few dismissed
// suggestions per query.
import { mulberry32, sample } from '../../domain/random.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import {
  buildPeerGraph,
  complementarySkillPairs,
  suggestPeers,
} from '../../workers/matching/peerSuggestions/index.js';
import { percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const generation = await timeMs(() => generateNetwork({ members: 100_000, seed: 42 }));
const dataset = generation.value;
const taxonomy = new Taxonomy(dataset.skills);
const optedOut = dataset.members.filter((m) => m.privacy.visibility === 'nobody').map((m) => m.id);
const network = {
  members: dataset.members.map((m) => ({ id: m.id, skills: m.skills.map((s) => s.skill), spaces: m.spaces })),
  collaborations: dataset.collaborations,
  complementary: complementarySkillPairs(taxonomy),
};

globalThis.gc?.();
const rss = trackPeakRss();
const build = await timeMs(() => buildPeerGraph(network));
const graph = build.value;
const random = mulberry32(7);
const queried = sample(random, dataset.members, 1_000);
const optedOutSet = new Set(optedOut);
const latencies: number[] = [];
let suggestions = 0;
let unexplained = 0;
let violations = 0;
for (const member of queried) {
  const exclude = sample(random, dataset.members, 3).map((m) => m.id);
  const start = performance.now();
  const result = suggestPeers(graph, member.id, { k: 10, exclude, optedOut });
  latencies.push(performance.now() - start);
  suggestions += result.length;
  for (const s of result) {
    if (optedOutSet.has(s.member) || exclude.includes(s.member) || s.member === member.id) violations++;
    const reasons = s.sharedNeighbours.length + s.sharedSpaces.length + s.sharedSkills.length;
    if (reasons + s.complementarySkills.length === 0) unexplained++;
  }
}

writeResult('peerSuggestions', {
  network: {
    members: dataset.members.length,
    collaborations: dataset.collaborations.length,
    skillLinks: graph.skills.memberItems.length,
    spaceLinks: graph.spaces.memberItems.length,
    complementaryPairs: network.complementary.length,
    optedOut: optedOut.length,
    generationMs: generation.ms,
  },
  buildMs: build.ms,
  queries: queried.length,
  queryMs: percentiles(latencies),
  totalQueryMs: Math.round(latencies.reduce((s, x) => s + x, 0)),
  suggestionsPerQuery: suggestions / queried.length,
  unexplained,
  violations,
  peakRssMiB: rss.stop(),
});
