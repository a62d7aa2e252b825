// Timing rules of the in-process runner, on a manual clock: backoff delays, rate
// limits, delayed jobs and retention. (Shared semantics with BullMQ are in
// test/contract/jobQueue.contract.test.ts.)
import { describe, expect, it } from 'vitest';
import { ConflictError, UnavailableError } from '../../domain/errors.js';
import type { JobPayloadInput } from '../queues.js';
import { ManualClock } from './clock.js';
import { InProcessJobQueue } from './inProcessJobQueue.js';

/** Lets processors started by the runner run up to their next real wait. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function importJob(n: number): JobPayloadInput<'import'> {
  return { source: `/data/${n}.csv`, format: 'csv', contentHash: `content-hash-${n}` };
}

describe('InProcessJobQueue', () => {
  it('waits 1×, 2×, 4× the backoff between attempts, then dead-letters the job', async () => {
    const clock = new ManualClock(1_000_000);
    const queue = new InProcessJobQueue({
      clock,
      settings: { import: { attempts: 4, backoffMs: 1000, rateLimit: null } },
    });
    const attemptsAt: number[] = [];
    await queue.startWorkers({
      import: async () => {
        attemptsAt.push(clock.now());
        throw new Error('still broken');
      },
    });
    const { id } = await queue.enqueue('import', importJob(1));
    await settle();
    const delays: number[] = [];
    for (let retry = 0; retry < 3; retry++) {
      expect((await queue.getJob(id))?.state).toBe('delayed');
      const [delay] = clock.pendingDelays();
      delays.push(delay as number);
      clock.advance(delay as number);
      await settle();
    }
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(attemptsAt.map((t) => t - 1_000_000)).toEqual([0, 1000, 3000, 7000]);
    expect(await queue.getJob(id)).toMatchObject({ state: 'failed', attemptsMade: 4, error: 'still broken' });
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('starts at most `max` jobs per rate-limit window', async () => {
    const clock = new ManualClock(0);
    const queue = new InProcessJobQueue({
      clock,
      settings: { import: { concurrency: 10, rateLimit: { max: 2, durationMs: 1000 } } },
    });
    const startedAt: number[] = [];
    await queue.startWorkers({
      import: async () => {
        startedAt.push(clock.now());
      },
    });
    for (let n = 0; n < 5; n++) await queue.enqueue('import', importJob(n));
    await settle();
    expect(startedAt).toEqual([0, 0]);
    clock.advance(1000);
    await settle();
    expect(startedAt).toEqual([0, 0, 1000, 1000]);
    clock.advance(999);
    await settle();
    expect(startedAt).toHaveLength(4);
    clock.advance(1);
    await settle();
    expect(startedAt).toEqual([0, 0, 1000, 1000, 2000]);
  });

  it('holds a delayed job until its time', async () => {
    const clock = new ManualClock(0);
    const queue = new InProcessJobQueue({ clock });
    let ran = false;
    await queue.startWorkers({
      import: async () => {
        ran = true;
      },
    });
    const { id } = await queue.enqueue('import', importJob(1), { delayMs: 500 });
    clock.advance(499);
    await settle();
    expect(ran).toBe(false);
    expect((await queue.getJob(id))?.state).toBe('delayed');
    clock.advance(1);
    await settle();
    expect(ran).toBe(true);
    expect((await queue.getJob(id))?.state).toBe('completed');
  });

  it('keeps completed jobs (and so deduplicates their ids) within the retention count and age', async () => {
    const clock = new ManualClock(0);
    const queue = new InProcessJobQueue({
      clock,
      settings: { import: { keepCompleted: { count: 2, ageMs: 10_000 } } },
    });
    const runs = new Map<string, number>();
    await queue.startWorkers({
      import: async (job) => {
        runs.set(job.data.contentHash, (runs.get(job.data.contentHash) ?? 0) + 1);
      },
    });
    const first = await queue.enqueue('import', importJob(1));
    await settle();
    await queue.enqueue('import', importJob(2));
    await settle();
    expect((await queue.getJob(first.id))?.state).toBe('completed');
    await queue.enqueue('import', importJob(3));
    await settle();
    expect(await queue.getJob(first.id)).toBeUndefined();
    await queue.enqueue('import', importJob(1));
    await settle();
    expect(runs.get('content-hash-1')).toBe(2);

    clock.advance(10_001);
    const fresh = await queue.enqueue('import', importJob(4));
    await settle();
    expect((await queue.getJob(fresh.id))?.state).toBe('completed');
    expect(await queue.counts().then((c) => c.import.completed)).toBe(1);
  });

  it('allows one worker pool per queue, and nothing after close', async () => {
    const queue = new InProcessJobQueue();
    const pool = await queue.startWorkers({ import: async () => null });
    expect(pool.queues).toEqual(['import']);
    await expect(queue.startWorkers({ import: async () => null })).rejects.toBeInstanceOf(ConflictError);
    await pool.close();
    const again = await queue.startWorkers({ import: async () => null, digest: async () => null });
    expect(again.queues).toEqual(['import', 'digest']);
    await queue.close();
    await expect(queue.enqueue('import', importJob(1))).rejects.toBeInstanceOf(UnavailableError);
  });
});
