// Redis going away while a worker process is busy. These tests run their own
// redis-server (same flags as the shared one: no snapshots, no AOF) on a free
// port, so restarting or pausing it disturbs nobody else.
//
// What survives, precisely:
// - Restart without persistence (SHUTDOWN NOSAVE, the shared server's setting):
//   every job in Redis is gone — waiting, active, completed (so their ids are no
//   longer deduplicated) and dead letters. A job running at that moment keeps
//   running in its worker and its effect is written, but its completion cannot
//   be recorded: the job no longer exists. Not lost: an enqueue issued while
//   Redis was down (the producer's connection queues the command and retries it
//   after reconnecting, for about 20 s) and every job enqueued after the restart;
//   the worker reconnects by itself and goes on.
// - Restart with persistence (SHUTDOWN SAVE, or AOF in production): nothing is
//   lost; the job running during the restart completes, its effect applied once.
// - A pause (CLIENT PAUSE) or dropped connections: nothing is lost.
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobState } from '../../domain/jobState.js';
import { BullmqJobQueue } from '../../workers/bullmq/bullmqJobQueue.js';
import type { JobPayloadInput } from '../../workers/queues.js';
import { chaosQueueOptions } from './support/chaosSettings.js';
import { PrivateRedis } from './support/privateRedis.js';
import { waitUntil } from './support/redis.js';
import { killWorkers, spawnWorker, type WorkerProcess } from './support/workerProcess.js';

const importJob = (path: string): JobPayloadInput<'import'> => ({
  source: path,
  format: 'csv',
  contentHash: `hash-${path.replaceAll('/', '-')}`,
});

const PREFIX = 'passerelle-outage';

describe.sequential('chaos: Redis outages', () => {
  let redis: PrivateRedis;
  let queue: BullmqJobQueue;
  let effects: Redis;
  let worker: WorkerProcess;

  const stateOf = async (id: string): Promise<JobState | 'missing'> =>
    (await queue.getJob(id))?.state ?? 'missing';
  const whenState = (id: string, state: JobState) =>
    waitUntil(async () => (await stateOf(id)) === state, 20_000);
  const runs = async (path: string) => Number((await effects.hget(`${PREFIX}:chaos:runs`, path)) ?? 0);
  const applied = async () => (await effects.smembers(`${PREFIX}:chaos:applied`)).sort();

  beforeEach(async () => {
    redis = await PrivateRedis.start();
    queue = new BullmqJobQueue({ url: redis.url, ...chaosQueueOptions(PREFIX) });
    effects = new Redis(redis.url, { maxRetriesPerRequest: null });
    effects.on('error', () => {});
    worker = spawnWorker({ REDIS_URL: redis.url, CHAOS_PREFIX: PREFIX, CHAOS_JOB_MS: '1500' });
    await worker.waitForLine((l) => l.startsWith('ready:'));
  });

  afterEach(async () => {
    await killWorkers();
    await queue.close();
    effects.disconnect();
    await redis.stop();
  });

  it('restart without persistence: the enqueue made during the outage and later jobs are processed', async () => {
    const before = await queue.enqueue('import', importJob('/outage/before'));
    await worker.waitForLine((l) => l === 'started /outage/before');

    await redis.shutdown('nosave');
    const duringOutage = queue.enqueue('import', importJob('/outage/during'));
    await redis.boot();
    const during = await duringOutage;
    const after = await queue.enqueue('import', importJob('/outage/after'));

    await whenState(during.id, 'completed');
    await whenState(after.id, 'completed');
    await worker.waitForLine((l) => l === 'finished /outage/before');
    // The running job's effect was written after the restart, but the job itself is gone.
    expect(await stateOf(before.id)).toBe('missing');
    expect(await applied()).toEqual(['/outage/after', '/outage/before', '/outage/during']);
    expect(await runs('/outage/during')).toBe(1);
    expect(await runs('/outage/after')).toBe(1);
  });

  it('restart with persistence: the job running during the restart completes, applied once', async () => {
    const running = await queue.enqueue('import', importJob('/outage/running'));
    const waiting = await queue.enqueue('import', importJob('/outage/waiting'));
    await worker.waitForLine((l) => l === 'started /outage/running');

    await redis.shutdown('save');
    await redis.boot();

    await whenState(running.id, 'completed');
    await whenState(waiting.id, 'completed');
    expect(await applied()).toEqual(['/outage/running', '/outage/waiting']);
    expect(await runs('/outage/waiting')).toBe(1);
  });

  it('a pause of every client and dropped connections lose nothing', async () => {
    const first = await queue.enqueue('import', importJob('/outage/paused'));
    await worker.waitForLine((l) => l === 'started /outage/paused');

    await redis.cli('client', 'pause', '1500', 'ALL');
    const enqueuedDuringPause = await queue.enqueue('import', importJob('/outage/queued-in-pause'));
    await redis.cli('client', 'kill', 'type', 'normal');
    const afterKill = await queue.enqueue('import', importJob('/outage/after-kill'));

    for (const { id } of [first, enqueuedDuringPause, afterKill]) await whenState(id, 'completed');
    expect(await applied()).toEqual(['/outage/after-kill', '/outage/paused', '/outage/queued-in-pause']);
    expect(await runs('/outage/queued-in-pause')).toBe(1);
  });
});
