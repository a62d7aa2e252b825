// GraphQL subscriptions over a real WebSocket (graphql-ws) on a server listening
// on a free port, embedded mode: a real job's progress arrives in order, private
// topics refuse anonymous and unauthorised subscribers, and the admin queue view
// and queue metrics answer only whom they should.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topics } from '../../messaging/events/eventBus.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer, signInToken } from '../api/authHelpers.js';
import { liveClient, subscribe } from './subscriptionsClient.js';

const ADMIN = { email: 'admin@example.org', password: 'admin-password-1' };
const JOB_PROGRESS =
  'subscription($id: ID!) { jobProgress(id: $id) { jobId queue state progress { phase done total } result error } }';

interface JobProgressData {
  jobProgress: {
    jobId: string;
    queue: string;
    state: string;
    progress: { phase: string; done: number; total: number } | null;
    result: unknown;
    error: string | null;
  };
}

let fixture: ApiFixture;
let url: string;
let adminToken: string;
let memberToken: string;
let otherToken: string;
let memberId: string;
let workers: WorkerPool | undefined;
const clients: Client[] = [];

function client(token?: string, headers?: Record<string, string>): Client {
  const c = liveClient(url, token ? `Bearer ${token}` : undefined, headers);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  fixture = await startApiFixture({
    members: 60,
    env: { PASSERELLE_ADMIN_EMAIL: ADMIN.email, PASSERELLE_ADMIN_PASSWORD: ADMIN.password },
  });
  url = await fixture.app.listen({ host: '127.0.0.1', port: 0 });
  adminToken = await signInToken(fixture.app, ADMIN.email, ADMIN.password);
  memberId = fixture.dataset.members[0]!.id;
  memberToken = await accountFor(fixture.app, fixture.services, {
    email: 'first@example.org',
    memberId,
    roles: ['member'],
  });
  otherToken = await accountFor(fixture.app, fixture.services, {
    email: 'second@example.org',
    memberId: fixture.dataset.members[1]!.id,
    roles: ['member'],
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await workers?.close();
  await fixture?.close();
});

describe('subscriptions over WebSocket', () => {
  it('delivers a real job progress in order: its state first, then each step until completed', async () => {
    const { services } = fixture;
    // Enqueued before any worker runs, so the subscriber sees the whole life of the job.
    const job = await services.jobs.enqueue('collaboration-graph', {
      memberIds: null,
      revision: 'live-test',
    });
    const live = subscribe<JobProgressData>(client(adminToken), JOB_PROGRESS, { id: job.id });
    const first = await live.next();
    expect(first.errors).toBeUndefined();
    expect(first.data!.jobProgress).toMatchObject({
      jobId: job.id,
      queue: 'collaboration-graph',
      state: 'WAITING',
    });

    workers = await services.jobs.startWorkers(
      bindProcessors(
        buildProcessorDeps({ graph: services.graph, events: services.events, taxonomy: services.taxonomy }),
      ),
      { events: services.events },
    );
    const events: JobProgressData['jobProgress'][] = [];
    for (;;) {
      const { data, errors } = await live.next();
      expect(errors).toBeUndefined();
      events.push(data!.jobProgress);
      if (data!.jobProgress.state === 'COMPLETED' || data!.jobProgress.state === 'FAILED') break;
    }
    await live.completed; // the server ends the subscription with the job
    expect(events[0]!.state).toBe('ACTIVE');
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', error: null });
    expect(events.at(-1)!.result).toMatchObject({ pairs: expect.any(Number) });
    const steps = events.filter((e) => e.progress).map((e) => `${e.progress!.phase}:${e.progress!.done}`);
    // The processor reports reading 0..4, then writing 0..n: the subscriber sees exactly that order.
    expect(steps.slice(0, 5)).toEqual(['reading:0', 'reading:1', 'reading:2', 'reading:3', 'reading:4']);
    const writing = steps.slice(5).map((s) => Number(s.split(':')[1]));
    expect(steps.slice(5).every((s) => s.startsWith('writing:'))).toBe(true);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
  });

  it('lets a member follow the suggestions job they requested, and nobody else', async () => {
    const res = await gql<{ refreshMySuggestions: string }>(
      fixture.app,
      'mutation { refreshMySuggestions }',
      {},
      bearer(memberToken),
    );
    expect(res.errors).toBeUndefined();
    const jobId = res.data!.refreshMySuggestions;
    expect(jobId).toMatch(/^suggestions\/peer\//);
    expect(await fixture.services.jobs.getJob(jobId)).toMatchObject({ data: { requestedBy: memberId } });

    const mine = subscribe<JobProgressData>(client(memberToken), JOB_PROGRESS, { id: jobId });
    const first = await mine.next();
    expect(first.data!.jobProgress).toMatchObject({ jobId, queue: 'suggestions' });
    mine.stop();

    const theirs = subscribe<JobProgressData>(client(otherToken), JOB_PROGRESS, { id: jobId });
    // Refused before any event, as if the job did not exist: job ids cannot be probed.
    const refused = await theirs.next();
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
    ]);
    await theirs.completed;
  });

  it('refuses anonymous connections and unknown tokens', async () => {
    for (const c of [client(), client('not-a-real-token-0000000000000000000000000')]) {
      const live = subscribe(c, 'subscription { mySuggestions { jobId } }');
      await expect(live.next()).rejects.toMatchObject({ code: 4403 });
    }
  });

  it('refuses a session cookie sent from another origin', async () => {
    const live = subscribe(
      client(undefined, { cookie: `passerelle_session=${memberToken}`, origin: 'https://evil.example' }),
      'subscription { mySuggestions { jobId } }',
    );
    await expect(live.next()).rejects.toMatchObject({ code: 4403 });
  });

  it('delivers a member their own suggestions notices', async () => {
    const live = subscribe<{ mySuggestions: { kind: string; suggestionIds: string[]; jobId: string } }>(
      client(memberToken),
      'subscription { mySuggestions { kind suggestionIds jobId at } }',
    );
    const event = { memberId, kind: 'peer' as const, suggestionIds: ['sug_1'], jobId: 'j1', at: Date.now() };
    // The server registers the subscription asynchronously: publish until it is delivered. A real
    // suggestions job of an earlier test may notify the same member first: skip other jobs' notices.
    const received = (async () => {
      for (;;) {
        const notice = await live.next();
        if (notice.data?.mySuggestions.jobId === event.jobId) return notice;
      }
    })();
    let delivered = false;
    void received.then(() => {
      delivered = true;
    });
    while (!delivered) {
      await fixture.services.events.publish(topics.suggestions(memberId), event);
      await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 20))]);
    }
    expect((await received).data!.mySuggestions).toEqual({
      kind: 'peer',
      suggestionIds: ['sug_1'],
      jobId: 'j1',
      at: expect.any(String),
    });
  });

  it('lets only admins follow a bid until the bids module says who takes part', async () => {
    const query = 'subscription($id: ID!) { bidUpdated(id: $id) { bidId status } }';
    const member = subscribe(client(memberToken), query, { id: 'bid_1' });
    expect((await member.next()).errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    fixture.services.isBidMember = async (viewer, bidId) => viewer.memberId === memberId && bidId === 'bid_1';
    const allowed = subscribe<{ bidUpdated: { bidId: string; status: string } }>(client(memberToken), query, {
      id: 'bid_1',
    });
    const received = allowed.next();
    let delivered = false;
    void received.then(() => {
      delivered = true;
    });
    while (!delivered) {
      await fixture.services.events.publish(topics.bid('bid_1'), {
        bidId: 'bid_1',
        status: 'formed',
        updatedAt: 1,
      });
      await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 20))]);
    }
    expect((await received).data!.bidUpdated).toEqual({ bidId: 'bid_1', status: 'FORMED' });
    fixture.services.isBidMember = undefined;
  });

  it('runs only subscriptions over the socket', async () => {
    const live = subscribe(client(memberToken), '{ me { email } }');
    await expect(live.next()).rejects.toEqual([
      expect.objectContaining({ message: expect.stringContaining('Only subscriptions') }),
    ]);
  });
});

describe('queue view and metrics', () => {
  it('shows the queues at /admin/queues to admins only', async () => {
    const anonymous = await fixture.app.inject({ url: '/admin/queues' });
    expect(anonymous.statusCode).toBe(401);
    const member = await fixture.app.inject({ url: '/admin/queues', headers: bearer(memberToken) });
    expect(member.statusCode).toBe(403);
    const admin = await fixture.app.inject({ url: '/admin/queues', headers: bearer(adminToken) });
    expect(admin.statusCode).toBe(200);
    const view = admin.json() as { runner: string; counts: Record<string, Record<string, number>> };
    expect(view.runner).toBe('in-process');
    expect(view.counts['collaboration-graph']!.completed).toBe(1);
  });

  it('exports queue gauges and counters in /metrics', async () => {
    const metrics = await fixture.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('passerelle_job_queue_up{runner="in-process"} 1');
    expect(metrics.body).toContain('passerelle_jobs_completed_total{queue="collaboration-graph"} 1');
  });
});
