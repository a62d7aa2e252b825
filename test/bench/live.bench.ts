// Live updates end to end: a member's `refreshMySuggestions` mutation over HTTP
// → suggestions job → worker → peer solver → suggestions stored → `mySuggestions`
// event over graphql-ws, received by the member's open WebSocket. Measured in
// embedded mode (in-process runner, memory bus) and on Redis (BullMQ queue and
// Redis pub/sub; the worker pool runs in this process on the same graph, since
// Kùzu has one writer). Also the mutation's own round trip.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../api/buildApp.js';
import { loadConfig } from '../../domain/config.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { closeServices, openServices } from '../../services/openServices.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { accountFor } from '../api/authHelpers.js';
import { deleteKeysWithPrefix, TEST_REDIS_URL, uniquePrefix } from '../chaos/support/redis.js';
import { liveClient, subscribe } from '../e2e/subscriptionsClient.js';
import { machineInfo, percentiles, writeResult } from './harness.js';

const MEMBERS = 1000;
const SAMPLES = 25;
/** refreshMySuggestions reuses the job of the same one-second window: each sample waits for a new window. */
const WINDOW_MS = 1000;

const dataset = generateNetwork({ members: MEMBERS, seed: 3 });

async function measure(redisUrl: string | undefined) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-live-bench-'));
  const prefix = uniquePrefix('live-bench');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  const services = await openServices(config, {
    queue: { prefix, settings: { suggestions: { attempts: 1, rateLimit: null } } },
  });
  await services.graph.bulkLoad(dataset);
  const app = await buildApp(services, { logger: false, rateLimit: { max: 100_000, timeWindowMs: 60_000 } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const workers = await services.jobs.startWorkers(
    bindProcessors(
      buildProcessorDeps({ graph: services.graph, events: services.events, taxonomy: services.taxonomy }),
    ),
    { events: services.events },
  );
  const member = dataset.members.find((m) => m.privacy.visibility === 'network') ?? dataset.members[0]!;
  const token = await accountFor(app, services, {
    email: 'bench@example.org',
    memberId: member.id,
    roles: ['member'],
  });
  const client = liveClient(url, `Bearer ${token}`);
  const live = subscribe<{ mySuggestions: { jobId: string } }>(
    client,
    'subscription { mySuggestions { jobId } }',
  );
  const endToEnd: number[] = [];
  const mutation: number[] = [];
  try {
    for (let i = 0; i < SAMPLES + 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() % WINDOW_MS) + 5));
      const start = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation { refreshMySuggestions }' }),
      });
      const body = (await response.json()) as { data?: { refreshMySuggestions: string }; errors?: unknown };
      if (!body.data) throw new Error(`mutation failed: ${JSON.stringify(body.errors)}`);
      const answered = performance.now();
      const event = await live.next();
      if (event.data?.mySuggestions.jobId !== body.data.refreshMySuggestions) {
        throw new Error(`unexpected event ${JSON.stringify(event)}`);
      }
      // The first two samples warm the solver and the connection up.
      if (i < 2) continue;
      endToEnd.push(performance.now() - start);
      mutation.push(answered - start);
    }
  } finally {
    live.stop();
    await client.dispose();
    await app.close();
    await workers.close();
    await closeServices(services);
    rmSync(dir, { recursive: true, force: true });
    if (redisUrl) await deleteKeysWithPrefix(prefix, redisUrl);
  }
  return {
    mutationToEventMs: percentiles(endToEnd),
    mutationRoundTripMs: percentiles(mutation),
  };
}

const embedded = await measure(undefined);
const redis = await measure(TEST_REDIS_URL);
writeResult('live', {
  machine: machineInfo(),
  members: MEMBERS,
  samples: SAMPLES,
  path: 'refreshMySuggestions (HTTP) -> suggestions job -> peer solver -> store -> mySuggestions (graphql-ws)',
  embedded,
  redis,
});
console.log(JSON.stringify({ embedded, redis }, null, 2));
