// Search over HTTP on 100,000 members: `passerelle start` seeds the network and
// builds the index from the graph (the first-run reindex, timed here), then
// p50/p95 of searchMembers through GraphQL for (a) one word with a typo and
// (b) two words + two filters + a 50 km radius with facet counts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../cli/commands/start.js';
import { loadConfig } from '../../domain/config.js';
import type { Progress } from '../../domain/progress.js';
import { mulberry32 } from '../../domain/random.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { machineInfo, percentiles, writeResult } from './harness.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SAMPLES = 300;
const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-search-http-bench-'));

let reindexStarted = 0;
let reindexEnded = 0;
let reindexed = 0;
const onProgress = (p: Progress) => {
  if (p.phase !== 'reindex') return;
  if (p.done === 0) reindexStarted = performance.now();
  reindexEnded = performance.now();
  reindexed = p.done;
};
const server = await startServer(
  loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_MEMBERS: String(MEMBERS),
    LOG_LEVEL: 'warn',
  }),
  { log: () => {}, onProgress, app: { rateLimit: { max: 1_000_000, timeWindowMs: 60_000 } } },
);
const reindexSeconds = (reindexEnded - reindexStarted) / 1000;

// The network the server seeded (same seed), to draw realistic queries from.
const network = generateNetwork({ members: MEMBERS, seed: 42 });
const taxonomy = new Taxonomy(network.skills);
const visible = network.members.filter(
  (m) => m.privacy.visibility === 'network' && m.lat !== null && m.city !== null && m.skills.length > 0,
);
const random = mulberry32(2027);
const pick = () => visible[Math.floor(random() * visible.length)]!;

/** One typo: two neighbouring letters swapped inside the word. */
function withTypo(word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function longestLabelWord(skill: string): string {
  const label = taxonomy.get(skill)?.labels.fr ?? skill;
  return label.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
}

const SEARCH = `query($q: String!, $filters: MemberSearchFilters, $near: GeoRadiusInput, $facets: [MemberSearchFacet!]) {
  searchMembers(query: $q, filters: $filters, near: $near, facets: $facets, first: 20) {
    totalCount
    facets { facet values { value label count } }
    edges { node { distanceKm member { handle name city } highlights { field parts { text match } } } }
  } }`;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function post(variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`search failed: ${JSON.stringify(body)}`);
  return performance.now() - started;
}

async function measure(variables: () => Record<string, unknown>) {
  for (let i = 0; i < 30; i++) await post(variables());
  const samples: number[] = [];
  const cpuBefore = cpuMs();
  for (let i = 0; i < SAMPLES; i++) samples.push(await post(variables()));
  return { ...percentiles(samples), cpuMsPerQuery: Math.round(((cpuMs() - cpuBefore) / SAMPLES) * 10) / 10 };
}

const oneWordTypo = await measure(() => {
  const member = pick();
  return { q: withTypo(longestLabelWord(member.skills[0]!.skill)) };
});
const twoWordsFacetsGeo = await measure(() => {
  const member = pick();
  return {
    q: `${longestLabelWord(member.skills[0]!.skill)} ${member.city}`,
    filters: { availability: ['AVAILABLE', 'LIMITED'], language: ['fr', 'en', 'nl'] },
    near: { lat: member.lat, lon: member.lon, radiusKm: 50 },
    facets: ['SKILL', 'CITY', 'SPACE', 'FILIERE'],
  };
});
const stats = await server.services.search.stats();
const rssAfterMiB = Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10;

await server.close();
rmSync(dir, { recursive: true, force: true });

writeResult('searchHttp', {
  machine: machineInfo(),
  members: MEMBERS,
  engine: 'sqlite',
  firstRunReindex: {
    seconds: Math.round(reindexSeconds * 10) / 10,
    documents: reindexed,
    indexMiB: Math.round((stats.sizeBytes / 2 ** 20) * 10) / 10,
  },
  // Issue 12: p95 under 20 ms for both, over HTTP.
  oneWordWithTypoMs: { ...oneWordTypo, targetP95: 20 },
  twoWordsTwoFiltersGeo50KmFacetsMs: { ...twoWordsFacetsGeo, targetP95: 20 },
  rssAfterMiB,
  note: 'sequential requests over loopback HTTP, server and client in one process; CPU per query covers both',
});
