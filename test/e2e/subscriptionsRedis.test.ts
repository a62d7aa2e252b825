// Two API instances sharing one Redis (queue and event channels under a key
// prefix of their own): a job requested on one instance is followed live from
// the other, and an event raised on one reaches a subscriber connected to the other.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/buildApp.js';
import { loadConfig } from '../../domain/config.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { topics } from '../../messaging/events/eventBus.js';
import { closeServices, openServices } from '../../services/openServices.js';
import type { Services } from '../../services/services.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { gql } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';
import { liveClient, subscribe } from './subscriptionsClient.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `passerelle-live-test-${process.pid}-${Date.now()}`;

interface Instance {
  app: FastifyInstance;
  services: Services;
  url: string;
  dir: string;
  token: string;
}

const instances: Instance[] = [];
const clients: Client[] = [];
let workers: WorkerPool | undefined;
const dataset = generateNetwork({ members: 40, seed: 11 });
const memberId = dataset.members[0]!.id;

async function startInstance(): Promise<Instance> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-live-redis-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', REDIS_URL });
  // One attempt: a failure ends the job at once instead of retrying after a backoff.
  const services = await openServices(config, {
    queue: { prefix, settings: { suggestions: { attempts: 1 } } },
  });
  await services.graph.bulkLoad(dataset);
  const app = await buildApp(services, { logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  // The same member signs in on each instance (each has its own embedded graph).
  const token = await accountFor(app, services, { email: 'shared@example.org', memberId, roles: ['member'] });
  const instance = { app, services, url, dir, token };
  instances.push(instance);
  return instance;
}

beforeAll(async () => {
  await startInstance();
  await startInstance();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await workers?.close();
  for (const { app, services, dir } of instances) {
    await app.close();
    await closeServices(services);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('two API instances on one Redis', () => {
  it('follows from instance B a job requested on instance A and run by A’s worker', async () => {
    const [a, b] = instances as [Instance, Instance];
    const res = await gql<{ refreshMySuggestions: string }>(
      a.app,
      'mutation { refreshMySuggestions }',
      {},
      bearer(a.token),
    );
    expect(res.errors).toBeUndefined();
    const jobId = res.data!.refreshMySuggestions;

    const client = liveClient(b.url, `Bearer ${b.token}`);
    clients.push(client);
    const live = subscribe<{ jobProgress: { jobId: string; state: string } }>(
      client,
      'subscription($id: ID!) { jobProgress(id: $id) { jobId state } }',
      { id: jobId },
    );
    // B reads the job from Redis: it exists there although B never enqueued it.
    expect((await live.next()).data!.jobProgress).toEqual({ jobId, state: 'WAITING' });

    const { services } = a;
    workers = await services.jobs.startWorkers(
      bindProcessors(
        buildProcessorDeps({ graph: services.graph, events: services.events, taxonomy: services.taxonomy }),
      ),
      { events: services.events, concurrency: { suggestions: 1 } },
    );
    const states: string[] = [];
    for (;;) {
      const { data } = await live.next();
      states.push(data!.jobProgress.state);
      if (data!.jobProgress.state === 'COMPLETED' || data!.jobProgress.state === 'FAILED') break;
    }
    expect(states[0]).toBe('ACTIVE');
    // Completed when a peer solver is registered, failed (no solver for peer) otherwise: either way it ends.
    expect(['COMPLETED', 'FAILED']).toContain(states.at(-1));
  });

  it('delivers to a subscriber on B an event published on A', async () => {
    const [a, b] = instances as [Instance, Instance];
    const client = liveClient(b.url, `Bearer ${b.token}`);
    clients.push(client);
    const live = subscribe<{ mySuggestions: { jobId: string; suggestionIds: string[] } }>(
      client,
      'subscription { mySuggestions { jobId suggestionIds } }',
    );
    const received = live.next();
    let delivered = false;
    void received.then(() => {
      delivered = true;
    });
    // B subscribes to the Redis channel asynchronously: publish on A until B delivers.
    while (!delivered) {
      await a.services.events.publish(topics.suggestions(memberId), {
        memberId,
        kind: 'peer',
        suggestionIds: ['sug_across'],
        jobId: 'from-a',
        at: Date.now(),
      });
      await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 25))]);
    }
    expect((await received).data!.mySuggestions).toEqual({ jobId: 'from-a', suggestionIds: ['sug_across'] });
  });

  it('shows bull-board at /admin/queues to admins only', async () => {
    const [a] = instances as [Instance];
    expect((await a.app.inject({ url: '/admin/queues' })).statusCode).toBe(401);
    expect((await a.app.inject({ url: '/admin/queues', headers: bearer(a.token) })).statusCode).toBe(403);
    const admin = await accountFor(a.app, a.services, {
      email: 'ops@example.org',
      memberId: null,
      roles: ['admin'],
    });
    const board = await a.app.inject({ url: '/admin/queues', headers: bearer(admin) });
    expect(board.statusCode).toBe(200);
    expect(board.headers['content-type']).toContain('text/html');
    const api = await a.app.inject({ url: '/admin/queues/api/queues', headers: bearer(admin) });
    expect(api.statusCode).toBe(200);
    expect((api.json() as { queues: { name: string }[] }).queues.map((q) => q.name).sort()).toContain(
      'suggestions',
    );
  });
});
