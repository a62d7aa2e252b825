// Foundation benchmark: seeding 100,000 members (time, peak RSS), then p50/p95
// over real HTTP of (a) a member profile with skills, spaces and collaborators
// and (b) holders of a skill (or a narrower one) within 50 km of a point.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reindexSearch } from '../../cli/commands/reindex.js';
import { startServer } from '../../cli/commands/start.js';
import { loadConfig } from '../../domain/config.js';
import { mulberry32 } from '../../domain/random.js';
import { seedNetwork } from '../../graph/seed/seedStore.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { closeServices, openServices } from '../../services/openServices.js';
import { percentiles, trackPeakRss, writeResult } from './harness.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SAMPLES = 300;
const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-api-bench-'));

const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dir,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_MEMBERS: String(MEMBERS),
  LOG_LEVEL: 'warn',
});

// Seeding (generation + bulk load into the graph) and the first search reindex, each on its own.
const seeding = await openServices(config);
const seedRss = trackPeakRss();
const seedStarted = performance.now();
await seedNetwork(seeding.graph, { members: MEMBERS, seed: config.SEED });
const seedSeconds = (performance.now() - seedStarted) / 1000;
const seedPeakRssMiB = seedRss.stop();
const reindexStarted = performance.now();
await reindexSearch(seeding.graph, seeding.search, seeding.taxonomy);
const reindexSeconds = (performance.now() - reindexStarted) / 1000;
await closeServices(seeding);

// A later start on the seeded data, as a user's second `npm start`.
const server = await startServer(config, {
  log: () => {},
  // One client sends every request: lift the per-IP rate limit meant for the public.
  app: { rateLimit: { max: 1_000_000, timeWindowMs: 60_000 } },
});

// The same network the server seeded (same seed): pick visible members and their places.
const network = generateNetwork({ members: MEMBERS, seed: 42 });
const visible = network.members.filter((m) => m.privacy.visibility === 'network' && m.lat !== null);
const random = mulberry32(2026);
const pick = () => visible[Math.floor(random() * visible.length)]!;

async function post(query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`query failed: ${JSON.stringify(body)}`);
  return performance.now() - started;
}

const PROFILE = `query($handle: String!) { member(handle: $handle) { name city
  skills { level years skill { slug label } } spaces { slug name } collaborators(first: 20) { weight member { handle name } } } }`;
const SKILL_NEAR = `query($skill: String!, $near: GeoRadiusInput) {
  membersWithSkill(skill: $skill, near: $near, first: 50) { level distanceKm member { handle name } } }`;

async function measure(run: () => Promise<number>): Promise<ReturnType<typeof percentiles>> {
  for (let i = 0; i < 100; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await run());
  return percentiles(samples);
}

const profile = await measure(() => post(PROFILE, { handle: pick().handle }));
const skillNear = await measure(() => {
  const member = pick();
  const held = member.skills[Math.floor(random() * member.skills.length)]!.skill;
  return post(SKILL_NEAR, { skill: held, near: { lat: member.lat, lon: member.lon, radiusKm: 50 } });
});
const rssAfterMiB = Math.round((process.memoryUsage.rss() / 2 ** 20) * 10) / 10;

await server.close();
rmSync(dir, { recursive: true, force: true });

writeResult('api', {
  members: MEMBERS,
  seed: {
    seconds: Math.round(seedSeconds * 10) / 10,
    peakRssMiB: seedPeakRssMiB,
    targetSeconds: 180,
    targetRssMiB: 2048,
  },
  searchReindexSeconds: Math.round(reindexSeconds * 10) / 10,
  httpProfileMs: { ...profile, targetP95: 30 },
  httpSkillWithin50KmMs: { ...skillNear, targetP95: 100 },
  rssAfterMiB,
  note: 'sequential requests over loopback HTTP; server and client in one process',
});
