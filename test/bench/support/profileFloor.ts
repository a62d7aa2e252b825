// Profiling aid (not a benchmark): starts the bench server on an already seeded
// BENCH_DATA_DIR and sends one query (default `{ __typename }`) signed in, many
// times, so `BENCH_CPU_PROF=<dir>` captures mostly the request path.
//   BENCH_DATA_DIR=/tmp/x BENCH_CPU_PROF=/tmp/prof npx tsx test/bench/support/profileFloor.ts [query] [count]
import { generateNetwork } from '../../../graph/seed/syntheticNetwork.js';
import { percentiles } from '../harness.js';
import { startServerProcess } from './serverProcess.js';

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir) throw new Error('BENCH_DATA_DIR must name a seeded data directory');
const query = process.argv[2] ?? '{ __typename }';
const count = Number(process.argv[3] ?? 5000);
const members = Number(process.env.BENCH_MEMBERS ?? 100_000);
const someone = generateNetwork({ members, seed: 42 }).members[0]!.id;
const server = await startServerProcess({
  dataDir,
  members,
  accountMemberIds: [someone],
  rateLimitMax: 1_000_000,
});
const tokens = server.ready.tokens;
const samples: number[] = [];
for (let i = 0; i < count; i++) {
  const started = performance.now();
  const response = await fetch(`${server.ready.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(tokens[0] ? { authorization: `Bearer ${tokens[0]}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  await response.text();
  samples.push(performance.now() - started);
}
await server.close();
console.log(JSON.stringify(percentiles(samples.slice(count / 5))));
