// Load benchmark on 100,000 members: 50 connections for 60 s (autocannon)
// against the API in its own process, each request signed in as one of 200
// members (the per-account rate limit stays the public one, 600 a minute, and
// is not what is measured), in a mix of reads (profile, search, skill within
// 50 km, tenders) and writes (a member editing their own bio). Its floor is
// `{ __typename }` under the same load, in the same run. The server's RSS is
// sampled before and after each phase: it must stay flat.
// BENCH_DATA_DIR=<dir> reuses a seeded store; BENCH_LOAD_SECONDS shortens a trial.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type RawRequest } from 'autocannon';
import { loadConfig } from '../../domain/config.js';
import { mulberry32 } from '../../domain/random.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { percentiles, writeResult } from './harness.js';
import { withSeededStore } from './support/seededStore.js';
import { startServerProcess } from './support/serverProcess.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
/** Each request kind of the mix alone under the same load, to show which one costs what. */
const KIND_SECONDS = Number(process.env.BENCH_LOAD_KIND_SECONDS ?? 10);
const CONNECTIONS = 50;
const ACCOUNTS = 200;
const keptDir = process.env.BENCH_DATA_DIR;
const dir = keptDir ?? mkdtempSync(path.join(os.tmpdir(), 'passerelle-load-bench-'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dir,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_MEMBERS: String(MEMBERS),
  LOG_LEVEL: 'warn',
});

const network = generateNetwork({ members: MEMBERS, seed: config.SEED });
const visible = network.members.filter((m) => m.privacy.visibility === 'network' && m.lat !== null);
const random = mulberry32(19);
const pick = () => visible[Math.floor(random() * visible.length)]!;
const signedIn = Array.from({ length: ACCOUNTS }, pick);
const words = ['design', 'photo', 'develop', 'artist', 'montage', 'traduction', 'architecte', 'son'];

const { seed } = await withSeededStore(config, async () => undefined);
const server = await startServerProcess({
  dataDir: dir,
  members: MEMBERS,
  accountMemberIds: signedIn.map((m) => m.id),
});
const { url, tokens } = server.ready;

const PROFILE = `query($handle: String!) { member(handle: $handle) { name city
  skills { level years skill { slug label } } spaces { slug name } filieres { role filiere { slug label } } } }`;
const SEARCH = `query($q: String!) { searchMembers(query: $q, first: 10) {
  totalCount edges { node { member { handle name city } } } } }`;
const SKILL_NEAR = `query($skill: String!, $near: GeoRadiusInput) {
  membersWithSkill(skill: $skill, near: $near, first: 20) { level distanceKm member { handle name } } }`;
const TENDERS = '{ tenders(first: 10) { totalCount edges { node { id title } } } }';
const EDIT = 'mutation($bio: String!) { updateMyProfile(input: { bio: $bio }) { handle } }';

/** One request of the mix: [share, what it sends, its name]. */
type Mix = [number, (account: number) => { query: string; variables?: Record<string, unknown> }, string?][];
const MIX: Mix = [
  [0.3, () => ({ query: PROFILE, variables: { handle: pick().handle } }), 'profile'],
  [0.25, () => ({ query: SEARCH, variables: { q: words[Math.floor(random() * words.length)] } }), 'search'],
  [
    0.2,
    () => {
      const member = pick();
      const skill = member.skills[Math.floor(random() * member.skills.length)]!.skill;
      return {
        query: SKILL_NEAR,
        variables: { skill, near: { lat: member.lat, lon: member.lon, radiusKm: 50 } },
      };
    },
    'skillWithin50Km',
  ],
  [0.15, () => ({ query: TENDERS }), 'tenders'],
  [
    0.1,
    (account) => ({ query: EDIT, variables: { bio: `Bio ${account} ${Math.floor(random() * 1e6)}` } }),
    'ownProfileEdit',
  ],
];
const FLOOR: Mix = [[1, () => ({ query: '{ __typename }' })]];

/** The request kind a roll in [0, 1) falls on, by the shares of the mix. */
function choose(mix: Mix, roll: number): Mix[number][1] {
  let left = roll;
  for (const [share, make] of mix) {
    left -= share;
    if (left < 0) return make;
  }
  return mix[0]![1];
}

async function load(mix: Mix, seconds = SECONDS): Promise<Record<string, unknown>> {
  const latencies: number[] = [];
  let failed = 0;
  const rssBeforeMiB = await server.rssMiB();
  const instance = autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request: RawRequest) => {
          const account = Math.floor(random() * tokens.length);
          const make = choose(mix, random());
          return {
            ...request,
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[account]}` },
            body: JSON.stringify(make(account)),
          };
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status !== 200) failed++;
  });
  const result = await instance;
  const rssAfterMiB = await server.rssMiB();
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyMs: percentiles(latencies),
    non2xx: result.non2xx,
    failed,
    errors: result.errors,
    timeouts: result.timeouts,
    serverRssMiB: { before: rssBeforeMiB, after: rssAfterMiB },
  };
}

const floor = await load(FLOOR);
const mixed = await load(MIX);
const byKind: Record<string, unknown> = {};
for (const [, make, name] of MIX) {
  const { latencyMs, requestsPerSecond, non2xx, timeouts } = await load([[1, make]], KIND_SECONDS);
  byKind[name ?? 'unnamed'] = { requestsPerSecond, latencyMs, non2xx, timeouts };
}
await server.close();
if (!keptDir) rmSync(dir, { recursive: true, force: true });

const p95 = (phase: Record<string, unknown>) => (phase.latencyMs as { p95: number }).p95;
writeResult('load', {
  members: MEMBERS,
  connections: CONNECTIONS,
  seconds: SECONDS,
  accounts: ACCOUNTS,
  seed: seed ?? 'reused a seeded BENCH_DATA_DIR',
  mix: 'profile 30 %, search 25 %, skill within 50 km 20 %, tenders 15 %, own profile edit 10 %',
  floor: { ...floor, label: '`{ __typename }` under the same load' },
  mixed: {
    label: `50 clients, ${SECONDS} s, mixed reads and writes, 100k members`,
    ...mixed,
    targetRequestsPerSecond: 500,
    latencyMs: {
      label: `50 clients, ${SECONDS} s, mixed reads and writes, 100k members`,
      ...(mixed.latencyMs as object),
      targetP95: 100,
      floorP95: p95(floor),
      floorLabel: '`{ __typename }` under the same load',
    },
    ratioToFloor: {
      requestsPerSecond:
        Math.round(((mixed.requestsPerSecond as number) / (floor.requestsPerSecond as number)) * 100) / 100,
      p95: Math.round((p95(mixed) / p95(floor)) * 100) / 100,
    },
  },
  byKind: { seconds: KIND_SECONDS, ...byKind },
  note: 'autocannon in this process, the server in its own (bench/support/benchServer.ts); latency per response',
});
