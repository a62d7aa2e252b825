// Foundation benchmark on 100,000 members: seeding (time, peak RSS), then over
// real HTTP, signed in, against a server in its own process: the request floor
// (`{ __typename }`), a member profile (skills, spaces, filières) and holders
// of a skill (or a narrower one) within 50 km, top 20. Each figure stands
// beside its floor measured in the same run: the floor request over the same
// stack, and the graph store alone doing the same reads (before the server
// opens the store, since Kùzu has one owner process).
// BENCH_DATA_DIR=<dir> keeps the seeded store there and reuses it next time.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../domain/config.js';
import { mulberry32 } from '../../domain/random.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { percentiles, ratio, writeResult } from './harness.js';
import { withSeededStore } from './support/seededStore.js';
import { startServerProcess } from './support/serverProcess.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARM_UP = 100;
const ACCOUNTS = 20;
const keptDir = process.env.BENCH_DATA_DIR;
const dir = keptDir ?? mkdtempSync(path.join(os.tmpdir(), 'passerelle-api-bench-'));

const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dir,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_MEMBERS: String(MEMBERS),
  LOG_LEVEL: 'warn',
});

// The same network the server seeded (same seed): pick visible members and their places.
const network = generateNetwork({ members: MEMBERS, seed: config.SEED });
const visible = network.members.filter((m) => m.privacy.visibility === 'network' && m.lat !== null);
const random = mulberry32(2026);
const pick = () => visible[Math.floor(random() * visible.length)]!;
const skillNearArgs = () => {
  const member = pick();
  const held = member.skills[Math.floor(random() * member.skills.length)]!.skill;
  return { skill: held, near: { lat: member.lat!, lon: member.lon!, radiusKm: 50 } };
};

async function measure(run: () => Promise<unknown>): Promise<ReturnType<typeof percentiles>> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

// Seeding (generation + bulk load, then the search index) when the store is empty, in this process
// and closed again before the server starts (Kùzu has one owner process).
const { seed } = await withSeededStore(config, async () => undefined);

const server = await startServerProcess({
  dataDir: dir,
  members: MEMBERS,
  accountMemberIds: Array.from({ length: ACCOUNTS }, () => pick().id),
  // One client sends every request: lift the per-account rate limit meant for the public.
  rateLimitMax: 1_000_000,
});
const { url, tokens } = server.ready;
let nextToken = 0;

async function post(query: string, variables: Record<string, unknown> = {}): Promise<void> {
  const token = tokens[nextToken++ % tokens.length]!;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`query failed: ${JSON.stringify(body)}`);
}

const FLOOR = '{ __typename }';
const PROFILE = `query($handle: String!) { member(handle: $handle) { name city
  skills { level years skill { slug label } } spaces { slug name } filieres { role filiere { slug label } } } }`;
const SKILL_NEAR = `query($skill: String!, $near: GeoRadiusInput) {
  membersWithSkill(skill: $skill, near: $near, first: 20) { level distanceKm member { handle name } } }`;

const rssBeforeMiB = await server.rssMiB();
const floor = await measure(() => post(FLOOR));
const profile = await measure(() => post(PROFILE, { handle: pick().handle }));
const skillNear = await measure(() => post(SKILL_NEAR, skillNearArgs()));
const rssAfterMiB = await server.rssMiB();
await server.close();

// The store alone, after the server has closed it: the reads a profile and a skill-near request
// make, straight on the repositories. Measured after the HTTP figures, so nothing Kùzu leaves
// running in this process competes with the HTTP client while it measures.
const { measured } = await withSeededStore(config, async (services) => {
  const { members, memberBatches, neighbourhood, memberFinder } = services.repositories;
  const storeProfile = await measure(async () => {
    const member = await members.getByHandle(pick().handle);
    if (!member) throw new Error('a seeded member is missing');
    await Promise.all([
      memberBatches.skills([member.id]),
      memberBatches.spaceIds([member.id]),
      neighbourhood.filieres(member.id),
    ]);
  });
  const storeSkillNear = await measure(() => memberFinder.holdingSkill({ ...skillNearArgs(), limit: 40 }));
  return { storeProfile, storeSkillNear };
});
const { storeProfile, storeSkillNear } = measured;
if (!keptDir) rmSync(dir, { recursive: true, force: true });

writeResult('api', {
  members: MEMBERS,
  seed: seed ? { ...seed, targetSeconds: 15 } : 'reused a seeded BENCH_DATA_DIR',
  httpFloorMs: {
    label: '`{ __typename }` signed in over HTTP (the request floor), 100k members',
    ...floor,
    targetP95: 2,
  },
  httpProfileMs: {
    label: 'member profile (skills, spaces, filières) over HTTP, 100k members',
    ...profile,
    targetP95: 10,
    floorP95: storeProfile.p95,
    floorLabel: 'the same graph reads alone',
    ratioToFloor: ratio(profile, storeProfile),
    overHttpFloor: ratio(profile, floor),
  },
  httpSkillWithin50KmMs: {
    label: 'holders of a skill (or narrower) within 50 km, top 20, over HTTP, 100k members',
    ...skillNear,
    targetP95: 30,
    floorP95: storeSkillNear.p95,
    floorLabel: 'the graph query alone',
    ratioToFloor: ratio(skillNear, storeSkillNear),
    overHttpFloor: ratio(skillNear, floor),
  },
  storeProfileMs: storeProfile,
  storeSkillWithin50KmMs: storeSkillNear,
  serverRssMiB: { before: rssBeforeMiB, after: rssAfterMiB },
  note:
    'sequential requests over loopback HTTP, signed in (Bearer), server in its own process; ' +
    'floorP95 = the graph store alone doing the same reads in the same run',
});
