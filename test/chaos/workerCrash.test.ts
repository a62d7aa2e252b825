// Worker processes dying or stopping mid-job, against the real Redis: the job is
// never lost and its effect is applied exactly once (the effect is idempotent,
// keyed by the job; the number of runs is counted separately). Each test has
// its own key prefix, deleted afterwards.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BullmqJobQueue } from '../../workers/bullmq/bullmqJobQueue.js';
import type { JobQueue } from '../../workers/jobQueue.js';
import type { JobPayloadInput } from '../../workers/queues.js';
import { CHAOS_ATTEMPTS, chaosQueueOptions } from './support/chaosSettings.js';
import { deleteKeysWithPrefix, TEST_REDIS_URL, uniquePrefix } from './support/redis.js';
import { killWorkers, spawnWorker } from './support/workerProcess.js';

const importJob = (path: string): JobPayloadInput<'import'> => ({
  source: path,
  format: 'csv',
  contentHash: `hash-${path.replaceAll('/', '-')}`,
});

describe.sequential('chaos: worker processes', () => {
  const redis = new Redis(TEST_REDIS_URL);
  let prefix: string;
  let queue: JobQueue;
  const worker = (extra: Record<string, string> = {}) =>
    spawnWorker({ REDIS_URL: TEST_REDIS_URL, CHAOS_PREFIX: prefix, CHAOS_JOB_MS: '1500', ...extra });
  const runs = async (path: string) => Number((await redis.hget(`${prefix}:chaos:runs`, path)) ?? 0);
  const applied = () => redis.smembers(`${prefix}:chaos:applied`);
  const completion = (id: string) =>
    new Promise<unknown>((resolve) => {
      void queue.on('completed', (e) => {
        if (e.id === id) resolve(e.result);
      });
    });

  beforeEach(() => {
    prefix = uniquePrefix('chaos');
    const options = chaosQueueOptions(prefix);
    queue = new BullmqJobQueue({ url: TEST_REDIS_URL, ...options });
  });

  afterEach(async () => {
    await killWorkers();
    await queue.close();
    await deleteKeysWithPrefix(prefix);
  });

  afterAll(() => redis.disconnect());

  it('a job survives its worker killed with SIGKILL mid-job, and its effect is applied once', async () => {
    const { id } = await queue.enqueue('import', importJob('/chaos/slow/1'));
    const done = completion(id);
    const doomed = worker();
    await doomed.waitForLine((l) => l === 'started /chaos/slow/1');
    doomed.kill('SIGKILL');
    expect(await doomed.exited).toBeNull();
    expect((await queue.getJob(id))?.state).toBe('active');

    const rescuer = worker();
    await rescuer.waitForLine((l) => l === 'finished /chaos/slow/1');
    expect(await done).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await runs('/chaos/slow/1')).toBe(2);
    expect(await applied()).toEqual(['/chaos/slow/1']);
    expect(await queue.getJob(id)).toMatchObject({ state: 'completed', attemptsMade: 0 });
  });

  it('SIGTERM lets the running job finish before the worker exits', async () => {
    const { id } = await queue.enqueue('import', importJob('/chaos/slow/2'));
    const process = worker();
    await process.waitForLine((l) => l === 'started /chaos/slow/2');
    process.kill('SIGTERM');
    expect(await process.exited).toBe(0);
    expect(process.lines.indexOf('finished /chaos/slow/2')).toBeLessThan(process.lines.indexOf('stopped'));
    expect(process.lines.indexOf('finished /chaos/slow/2')).toBeGreaterThan(-1);
    expect(await queue.getJob(id)).toMatchObject({ state: 'completed' });
    expect(await runs('/chaos/slow/2')).toBe(1);
  });

  it('SIGTERM past the drain timeout releases the job, which another worker completes once', async () => {
    const { id } = await queue.enqueue('import', importJob('/chaos/slow/3'));
    const done = completion(id);
    const stopping = worker({ CHAOS_DRAIN_MS: '200' });
    await stopping.waitForLine((l) => l === 'started /chaos/slow/3');
    stopping.kill('SIGTERM');
    expect(await stopping.exited).toBe(0);
    expect(stopping.lines).not.toContain('finished /chaos/slow/3');
    expect((await queue.getJob(id))?.state).toBe('waiting');

    worker();
    await done;
    expect(await runs('/chaos/slow/3')).toBe(2);
    expect(await applied()).toEqual(['/chaos/slow/3']);
    expect((await queue.getJob(id))?.attemptsMade).toBe(0);
  });

  it('a poisoned job ends in the dead letters with its error after every attempt, while others complete', async () => {
    const poisoned = await queue.enqueue('import', importJob('/chaos/poison/1'));
    const healthy = await Promise.all(
      ['/chaos/fast/1', '/chaos/fast/2', '/chaos/fast/3'].map((p) => queue.enqueue('import', importJob(p))),
    );
    const failed = new Promise<string>((resolve) => {
      void queue.on('failed', (e) => {
        if (e.id === poisoned.id) resolve(e.error);
      });
    });
    const others = Promise.all(healthy.map((h) => completion(h.id)));
    worker({ CHAOS_JOB_MS: '100' });
    expect(await failed).toBe('poisoned input /chaos/poison/1');
    await others;
    expect(await runs('/chaos/poison/1')).toBe(CHAOS_ATTEMPTS);
    const letters = await queue.deadLetters('import');
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      id: poisoned.id,
      attemptsMade: CHAOS_ATTEMPTS,
      error: 'poisoned input /chaos/poison/1',
    });
    expect((await applied()).sort()).toEqual(['/chaos/fast/1', '/chaos/fast/2', '/chaos/fast/3']);
  });

  it('the same request enqueued concurrently by two API instances runs once', async () => {
    const other = new BullmqJobQueue({ url: TEST_REDIS_URL, ...chaosQueueOptions(prefix) });
    try {
      const handles = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? other : queue).enqueue('import', importJob('/chaos/fast/9')),
        ),
      );
      expect(new Set(handles.map((h) => h.id)).size).toBe(1);
      const done = completion(handles[0]!.id);
      worker({ CHAOS_JOB_MS: '50' });
      await done;
      await queue.enqueue('import', importJob('/chaos/fast/9'));
      expect((await queue.counts()).import).toMatchObject({ completed: 1, waiting: 0, active: 0 });
      expect(await runs('/chaos/fast/9')).toBe(1);
    } finally {
      await other.close();
    }
  });
});
