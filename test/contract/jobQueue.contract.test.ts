// One contract for both runners of the JobQueue port: the in-process runner and
// BullMQ on the real Redis (REDIS_URL, or 127.0.0.1:6379). Each BullMQ case uses
// its own key prefix, deleted afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import { type JobProgressEvent, topics } from '../../messaging/events/eventBus.js';
import { MemoryEventBus } from '../../messaging/events/memoryEventBus.js';
import { BullmqJobQueue } from '../../workers/bullmq/bullmqJobQueue.js';
import { InProcessJobQueue } from '../../workers/inProcess/inProcessJobQueue.js';
import type { JobContext, JobEventName, JobEvents, JobQueue } from '../../workers/jobQueue.js';
import { type JobPayloadInput, jobIdFor, type QueueSettingsOverrides } from '../../workers/queues.js';
import { deleteKeysWithPrefix, TEST_REDIS_URL, uniquePrefix } from '../chaos/support/redis.js';

const settings: QueueSettingsOverrides = {
  import: { attempts: 3, backoffMs: 20, concurrency: 1, rateLimit: null },
  'collaboration-graph': { attempts: 3, backoffMs: 20, concurrency: 2, rateLimit: null },
};

type Factory = () => { queue: JobQueue; cleanup: () => Promise<void> };

const runners: [string, Factory][] = [
  ['in-process', () => ({ queue: new InProcessJobQueue({ settings }), cleanup: async () => {} })],
  [
    'bullmq',
    () => {
      const prefix = uniquePrefix('contract');
      return {
        queue: new BullmqJobQueue({ url: TEST_REDIS_URL, prefix, settings }),
        cleanup: async () => {
          await deleteKeysWithPrefix(prefix);
        },
      };
    },
  ],
];

function importJob(n: number): JobPayloadInput<'import'> {
  return { source: `/data/members-${n}.csv`, format: 'csv', contentHash: `content-hash-${n}` };
}

/** Resolves with the first event of that kind for that job. */
async function nextEvent<E extends JobEventName>(
  queue: JobQueue,
  event: E,
  id: string,
): Promise<JobEvents[E]> {
  let unsubscribe: () => void = () => {};
  const received = new Promise<JobEvents[E]>((resolve) => {
    queue
      .on(event, (e) => {
        if (e.id === id) resolve(e);
      })
      .then((off) => {
        unsubscribe = off;
      });
  });
  const result = await received;
  unsubscribe();
  return result;
}

/** A promise with its resolve function, to hold a processor until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe.each(runners)('JobQueue contract: %s', (_name, factory) => {
  let current: ReturnType<Factory> | undefined;
  const open = () => {
    current = factory();
    return current.queue;
  };

  afterEach(async () => {
    if (!current) return;
    await current.queue.close();
    await current.cleanup();
    current = undefined;
  });

  it('runs a job, stores its progress and result, and emits progress and completed events', async () => {
    const queue = open();
    const progressEvents: JobEvents['progress'][] = [];
    await queue.on('progress', (e) => progressEvents.push(e));
    const { id } = await queue.enqueue('import', importJob(1));
    expect(id).toBe(jobIdFor('import', { ...importJob(1), requestedBy: null }));
    expect(id.startsWith('import/')).toBe(true);
    const completed = nextEvent(queue, 'completed', id);
    await queue.startWorkers({
      import: async (job) => {
        await job.reportProgress({ phase: 'members', done: 1, total: 2 });
        await job.reportProgress({ phase: 'members', done: 2, total: 2 });
        return { imported: 2, source: job.data.source, attempt: job.attempt };
      },
    });
    expect((await completed).result).toEqual({ imported: 2, source: '/data/members-1.csv', attempt: 1 });
    const snapshot = await queue.getJob(id);
    expect(snapshot).toMatchObject({
      id,
      queue: 'import',
      state: 'completed',
      progress: { phase: 'members', done: 2, total: 2 },
      attemptsMade: 0,
      result: { imported: 2, source: '/data/members-1.csv', attempt: 1 },
      error: null,
    });
    expect(snapshot?.data).toMatchObject({ contentHash: 'content-hash-1', requestedBy: null });
    expect(snapshot?.finishedAt).toBeGreaterThanOrEqual(snapshot?.createdAt ?? Infinity);
    expect(progressEvents.filter((e) => e.id === id).map((e) => e.progress.done)).toEqual([1, 2]);
  });

  it('keeps one job when the same request is enqueued twice, and runs it once', async () => {
    const queue = open();
    const first = await queue.enqueue('import', importJob(2));
    const second = await queue.enqueue('import', { ...importJob(2), requestedBy: null });
    expect(second.id).toBe(first.id);
    const other = await queue.enqueue('import', importJob(3));
    expect(other.id).not.toBe(first.id);
    let runs = 0;
    const done = Promise.all([
      nextEvent(queue, 'completed', first.id),
      nextEvent(queue, 'completed', other.id),
    ]);
    await queue.startWorkers({
      import: async () => {
        runs++;
        return null;
      },
    });
    await done;
    // Enqueued again after completion: still the same job, not run again.
    await queue.enqueue('import', importJob(2));
    expect((await queue.getJob(first.id))?.state).toBe('completed');
    expect(runs).toBe(2);
  });

  it('rejects an invalid payload naming the field, and an unknown id is not found', async () => {
    const queue = open();
    const error = await queue
      .enqueue('import', {
        source: '',
        format: 'xml',
        contentHash: 'short',
      } as unknown as JobPayloadInput<'import'>)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    const fields = (error as BadUserInputError).problems.map((p) => p.path.join('.'));
    expect(fields).toEqual(
      expect.arrayContaining(['payload.source', 'payload.format', 'payload.contentHash']),
    );
    await expect(
      queue.enqueue('import', importJob(4), { delayMs: -5 }).catch((e: BadUserInputError) => e.field),
    ).resolves.toBe('options.delayMs');
    expect(await queue.getJob('import/nothing-here')).toBeUndefined();
    expect(await queue.getJob('no-such-queue/x')).toBeUndefined();
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const queue = open();
    const attempts: number[] = [];
    const { id } = await queue.enqueue('import', importJob(5));
    const completed = nextEvent(queue, 'completed', id);
    await queue.startWorkers({
      import: async (job) => {
        attempts.push(job.attempt);
        if (job.attempt < 3) throw new Error(`flaky ${job.attempt}`);
        return 'ok';
      },
    });
    await completed;
    expect(attempts).toEqual([1, 2, 3]);
    expect(await queue.getJob(id)).toMatchObject({ state: 'completed', attemptsMade: 2, result: 'ok' });
  });

  it('dead-letters a poisoned job with its error after every attempt, while other jobs complete', async () => {
    const queue = open();
    const poisoned = await queue.enqueue('import', importJob(6));
    const healthy = await Promise.all([7, 8, 9].map((n) => queue.enqueue('import', importJob(n))));
    const failedEvents: JobEvents['failed'][] = [];
    await queue.on('failed', (e) => failedEvents.push(e));
    const failed = nextEvent(queue, 'failed', poisoned.id);
    const others = Promise.all(healthy.map((h) => nextEvent(queue, 'completed', h.id)));
    let poisonRuns = 0;
    let cured = false;
    await queue.startWorkers({
      import: async (job) => {
        if (job.data.contentHash !== 'content-hash-6') return 'fine';
        poisonRuns++;
        if (!cured) throw new Error('cannot parse line 3');
        return 'cured';
      },
    });
    expect((await failed).error).toBe('cannot parse line 3');
    await others;
    expect(poisonRuns).toBe(3);
    expect(failedEvents.map((e) => e.id)).toEqual([poisoned.id]);
    const letters = await queue.deadLetters('import');
    expect(letters.map((l) => l.id)).toEqual([poisoned.id]);
    expect(letters[0]).toMatchObject({ state: 'failed', attemptsMade: 3, error: 'cannot parse line 3' });
    expect(await queue.deadLetters('suggestions')).toEqual([]);

    await expect(queue.retryDeadLetter(healthy[0]!.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(queue.retryDeadLetter('import/unknown')).rejects.toBeInstanceOf(NotFoundError);
    cured = true;
    const recovered = nextEvent(queue, 'completed', poisoned.id);
    await queue.retryDeadLetter(poisoned.id);
    expect((await recovered).result).toBe('cured');
    expect(await queue.deadLetters('import')).toEqual([]);
  });

  it('does not retry a permanent error', async () => {
    const queue = open();
    const { id } = await queue.enqueue('import', importJob(10));
    const failed = nextEvent(queue, 'failed', id);
    let runs = 0;
    await queue.startWorkers({
      import: async () => {
        runs++;
        throw BadUserInputError.at(['line 2', 'email'], 'must be a valid e-mail address');
      },
    });
    expect((await failed).error).toBe('line 2.email: must be a valid e-mail address');
    expect(runs).toBe(1);
    expect((await queue.getJob(id))?.attemptsMade).toBe(1);
  });

  it('runs at most `concurrency` jobs of a queue at once', async () => {
    const queue = open();
    const release = gate();
    let running = 0;
    let maxRunning = 0;
    let started = 0;
    const twoStarted = gate();
    const jobs = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => queue.enqueue('collaboration-graph', { memberIds: [`m${n}`] })),
    );
    const done = Promise.all(jobs.map((j) => nextEvent(queue, 'completed', j.id)));
    await queue.startWorkers({
      'collaboration-graph': async () => {
        running++;
        started++;
        maxRunning = Math.max(maxRunning, running);
        if (started === 2) twoStarted.open();
        await release.promise;
        running--;
        return null;
      },
    });
    await twoStarted.promise;
    release.open();
    await done;
    expect(maxRunning).toBe(2);
  });

  it('drains on close: the running job finishes before close resolves', async () => {
    const queue = open();
    const started = gate();
    const release = gate();
    const { id } = await queue.enqueue('import', importJob(11));
    const pool = await queue.startWorkers({
      import: async () => {
        started.open();
        await release.promise;
        return 'finished';
      },
    });
    await started.promise;
    const closing = pool.close({ drain: true });
    setTimeout(release.open, 50);
    await closing;
    expect(await queue.getJob(id)).toMatchObject({ state: 'completed', result: 'finished' });
  });

  it('releases the running job on a non-draining close: another worker runs it, no attempt used', async () => {
    const queue = open();
    const started = gate();
    let aborted = false;
    const { id } = await queue.enqueue('import', importJob(12));
    const pool = await queue.startWorkers({
      import: async (job: JobContext<'import'>) => {
        started.open();
        await new Promise((resolve) => job.signal.addEventListener('abort', resolve, { once: true }));
        aborted = true;
        return 'too late';
      },
    });
    await started.promise;
    await pool.close({ drain: false });
    expect(aborted).toBe(true);
    expect((await queue.getJob(id))?.state).toBe('waiting');
    const completed = nextEvent(queue, 'completed', id);
    await queue.startWorkers({ import: async (job) => `second run, attempt ${job.attempt}` });
    expect((await completed).result).toBe('second run, attempt 1');
    expect((await queue.getJob(id))?.attemptsMade).toBe(0);
  });

  it('releases the running job when a draining close is escalated to a non-draining one', async () => {
    const queue = open();
    const started = gate();
    const { id } = await queue.enqueue('import', importJob(15));
    const pool = await queue.startWorkers({
      import: async (job) => {
        started.open();
        // A job that ignores the abort signal must not hold the shutdown.
        await new Promise(() => {});
        return job.id;
      },
    });
    await started.promise;
    const draining = pool.close({ drain: true });
    await pool.close({ drain: false });
    await draining;
    expect((await queue.getJob(id))?.state).toBe('waiting');
  });

  it('delays a job, counts jobs by state, and publishes state changes on the event bus', async () => {
    const queue = open();
    const bus = new MemoryEventBus();
    const delayed = await queue.enqueue('import', importJob(13), { delayMs: 60_000 });
    const now = await queue.enqueue('import', importJob(14));
    expect((await queue.getJob(delayed.id))?.state).toBe('delayed');
    const counts = await queue.counts();
    expect(counts.import).toMatchObject({ delayed: 1, waiting: 1, active: 0, completed: 0, failed: 0 });
    expect(counts.suggestions.waiting).toBe(0);

    const subscription = bus.subscribe(topics.jobProgress(now.id));
    await subscription.ready;
    await queue.startWorkers(
      {
        import: async (job) => {
          await job.reportProgress({ phase: 'rows', done: 5, total: 10 });
          return { rows: 10 };
        },
      },
      { events: bus },
    );
    const seen: JobProgressEvent[] = [];
    for await (const event of subscription) {
      seen.push(event);
      if (event.state === 'completed') break;
    }
    expect(seen.map((e) => e.state)).toEqual(['active', 'active', 'completed']);
    expect(seen[1]?.progress).toEqual({ phase: 'rows', done: 5, total: 10 });
    expect(seen[2]).toMatchObject({ jobId: now.id, queue: 'import', result: { rows: 10 }, error: null });
    expect(bus.topicCount).toBe(0);
    await bus.close();
  });
});
