// Search over HTTP on 100,000 members: `passerelle start` seeds the network and
// builds the index from the graph (the first-run reindex, timed here), then
// p50/p95 of searchMembers through GraphQL, signed in (a visitor sees no
// profile, so an anonymous search measures nothing), for (a) one word with a
// typo, top 10 + total and (b) two words + two filters + a 50 km radius + total
// + 7 facet counts. Each beside its floors measured in the same run: the
// `{ __typename }` request signed in (what every request pays) and plain FTS5
// on the same index file (`ORDER BY rank LIMIT` + `count(*)` of the word).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startServer } from '../../cli/commands/start.js';
import { loadConfig } from '../../domain/config.js';
import { newId } from '../../domain/ids.js';
import type { Progress } from '../../domain/progress.js';
import { mulberry32 } from '../../domain/random.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { queryWords } from '../../search/textAnalysis.js';
import { hashPassword } from '../../services/accounts/passwords.js';
import { machineInfo, percentiles, writeResult } from './harness.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SAMPLES = 300;
const loadBefore = os.loadavg();
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

// A signed-in member account with no space: it sees every 'network' profile.
const PASSWORD = 'bench password 2027';
await server.services.accounts.create({
  id: newId('acc'),
  email: 'bench@search.test',
  passwordHash: await hashPassword(PASSWORD),
  roles: ['member'],
  scopeFilieres: [],
  scopeSpaces: [],
  memberId: null,
  createdAt: Date.now(),
});
const signIn = (await (
  await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      variables: { e: 'bench@search.test', p: PASSWORD },
    }),
  })
).json()) as { data?: { signIn: { token: string } } };
if (!signIn.data) throw new Error(`sign-in failed: ${JSON.stringify(signIn)}`);
const authorization = `Bearer ${signIn.data.signIn.token}`;

const SEARCH = `query($q: String!, $filters: MemberSearchFilters, $near: GeoRadiusInput, $facets: [MemberSearchFacet!], $first: Int) {
  searchMembers(query: $q, filters: $filters, near: $near, facets: $facets, first: $first) {
    totalCount
    facets { facet values { value label count } }
    edges { node { distanceKm member { handle name city } highlights { field parts { text match } } } }
  } }`;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

let hitsSeen = 0;
let totalSeen = 0;

async function post(query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    errors?: unknown[];
    data?: { searchMembers?: { totalCount: number; edges: unknown[] } };
  };
  if (!response.ok || body.errors) throw new Error(`request failed: ${JSON.stringify(body)}`);
  const ms = performance.now() - started;
  hitsSeen += body.data?.searchMembers?.edges.length ?? 0;
  totalSeen += body.data?.searchMembers?.totalCount ?? 0;
  return ms;
}

async function measure(query: string, variables: () => Record<string, unknown>) {
  for (let i = 0; i < 30; i++) await post(query, variables());
  hitsSeen = 0;
  totalSeen = 0;
  const samples: number[] = [];
  const cpuBefore = cpuMs();
  for (let i = 0; i < SAMPLES; i++) samples.push(await post(query, variables()));
  return {
    ...percentiles(samples),
    cpuMsPerQuery: Math.round(((cpuMs() - cpuBefore) / SAMPLES) * 10) / 10,
    meanHitsReturned: Math.round((hitsSeen / SAMPLES) * 10) / 10,
    meanTotalCount: Math.round(totalSeen / SAMPLES),
  };
}

// The same draws for the search and its FTS5 floor.
const typoDraws = Array.from({ length: SAMPLES + 30 }, () => {
  const word = longestLabelWord(pick().skills[0]!.skill);
  return { word, typo: withTypo(word) };
});
const complexDraws = Array.from({ length: SAMPLES + 30 }, () => {
  const member = pick();
  return {
    q: `${longestLabelWord(member.skills[0]!.skill)} ${member.city}`,
    filters: { availability: ['AVAILABLE', 'LIMITED'], language: ['fr', 'en', 'nl'] },
    near: { lat: member.lat, lon: member.lon, radiusKm: 50 },
    facets: ['SKILL', 'CITY', 'SPACE', 'FILIERE', 'COMMUNITY', 'LANGUAGE', 'AVAILABILITY'],
  };
});
const cycle = <T>(draws: T[]) => {
  let i = 0;
  return () => draws[i++ % draws.length]!;
};

const typenameFloor = await measure('{ __typename }', () => ({}));
const nextTypo = cycle(typoDraws);
const oneWordTypo = await measure(SEARCH, () => ({ q: nextTypo().typo, first: 10 }));
const nextComplex = cycle(complexDraws);
const twoWordsFacetsGeo = await measure(SEARCH, () => ({ ...nextComplex(), first: 10 }));
const stats = await server.services.search.stats();

/** Plain FTS5 on the same file: the correctly spelt word, best 10 by FTS5's own rank, and the count. */
function plainFts5Floor() {
  const db = new Database(path.join(dir, 'search.sqlite'), { readonly: true });
  const top = db.prepare('SELECT rowid FROM member_fts WHERE member_fts MATCH ? ORDER BY rank LIMIT 10');
  const count = db.prepare('SELECT count(*) AS n FROM member_fts WHERE member_fts MATCH ?');
  const samples: number[] = [];
  for (const [i, { word }] of typoDraws.entries()) {
    const match = queryWords(word)
      .map((w) => `"${w}"`)
      .join(' ');
    const started = performance.now();
    top.all(match);
    count.get(match);
    if (i >= 30) samples.push(performance.now() - started);
  }
  db.close();
  return percentiles(samples);
}
const fts5Floor = plainFts5Floor();
const rssAfterMiB = Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10;

await server.close();
rmSync(dir, { recursive: true, force: true });

const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 10) / 10;
writeResult('searchHttp', {
  machine: machineInfo(),
  loadAverage: { before: loadBefore, after: os.loadavg() },
  members: MEMBERS,
  engine: 'sqlite',
  firstRunReindex: {
    seconds: Math.round(reindexSeconds * 10) / 10,
    documents: reindexed,
    indexMiB: Math.round((stats.sizeBytes / 2 ** 20) * 10) / 10,
  },
  floors: { typenameSignedInMs: typenameFloor, plainFts5WordTop10AndCountMs: fts5Floor },
  // Issue 19: p95 ≤ 15 ms and ≤ 25 ms over HTTP, signed in.
  oneWordWithTypoTop10Ms: {
    ...oneWordTypo,
    targetP95: 15,
    p95OverTypenameFloor: ratio(oneWordTypo.p95, typenameFloor.p95),
    p95OverPlainFts5: ratio(oneWordTypo.p95, fts5Floor.p95),
  },
  twoWordsTwoFiltersGeo50KmSevenFacetsMs: {
    ...twoWordsFacetsGeo,
    targetP95: 25,
    p95OverTypenameFloor: ratio(twoWordsFacetsGeo.p95, typenameFloor.p95),
  },
  rssAfterMiB,
  note: 'sequential signed-in requests over loopback HTTP, server and client in one process; CPU per query covers both',
});
