// The in-process runner: the JobQueue port without Redis, for embedded mode
// (`npm start`: the workers run inside the API process, since Kùzu allows one
// writer process). Same semantics as BullMQ — idempotent job ids, retries with
// exponential backoff, per-queue concurrency and rate limits, dead letters,
// progress events — but jobs live in memory: a job still pending when the
// process stops is gone. What the jobs compute can always be computed again
// (search sync follows a watermark; suggestions and digests are recomputed).
import { ConflictError, NotFoundError, UnavailableError } from '../../domain/errors.js';
import { JOB_STATES, type JobState } from '../../domain/jobState.js';
import type { Progress } from '../../domain/progress.js';
import { JobEventEmitter } from '../jobEventEmitter.js';
import { errorMessage, isPermanentError } from '../jobFailures.js';
import { publishJobState } from '../jobProgressPublisher.js';
import type {
  CloseWorkersOptions,
  EnqueueOptions,
  JobContext,
  JobCounts,
  JobEventListener,
  JobEventName,
  JobHandle,
  JobProcessor,
  JobQueue,
  JobSnapshot,
  ProcessorMap,
  WorkerOptions,
  WorkerPool,
} from '../jobQueue.js';
import { parseJobData, prepareJob } from '../jobRequest.js';
import {
  type JobPayloadInput,
  QUEUE_NAMES,
  type QueueName,
  type QueueSettings,
  type QueueSettingsOverrides,
  resolveQueueSettings,
} from '../queues.js';
import { type Clock, systemClock } from './clock.js';

export interface InProcessJobQueueOptions {
  /** Overrides per queue (tests use short backoffs). */
  settings?: QueueSettingsOverrides;
  clock?: Clock;
}

interface JobRecord {
  id: string;
  queue: QueueName;
  data: unknown;
  state: JobState;
  progress: Progress | null;
  attemptsMade: number;
  result: unknown;
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
  /** Cancels the timer of a delayed job. */
  cancelTimer?: () => void;
  /** The current run; a run released by a non-draining close no longer owns the job. */
  run?: Run;
}

interface Run {
  abort: AbortController;
  /** Resolves when the run finished or was released, whichever comes first. */
  settled: Promise<void>;
  settle: () => void;
}

interface Consumer {
  queue: QueueName;
  processor: JobProcessor<QueueName>;
  concurrency: number;
  active: Set<JobRecord>;
  /** Start times within the current rate-limit window. */
  starts: number[];
  cancelRateTimer?: () => void;
  closing: boolean;
  options: WorkerOptions;
}

/** JSON round trip: what a job stores is what Redis would store (no undefined, no class instances). */
function asStored(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export class InProcessJobQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly settings: Record<QueueName, QueueSettings>;
  private readonly clock: Clock;
  private readonly jobs = new Map<string, JobRecord>();
  private readonly waiting = new Map<QueueName, JobRecord[]>(QUEUE_NAMES.map((q) => [q, []]));
  private readonly consumers = new Map<QueueName, Consumer>();
  private readonly pools = new Set<WorkerPool>();
  /** Ids of finished jobs per queue, oldest first (a Set keeps insertion order). */
  private readonly finishedIds = {
    completed: new Map<QueueName, Set<string>>(QUEUE_NAMES.map((q) => [q, new Set()])),
    failed: new Map<QueueName, Set<string>>(QUEUE_NAMES.map((q) => [q, new Set()])),
  };
  private readonly emitter = new JobEventEmitter();
  private closed = false;

  constructor(options: InProcessJobQueueOptions = {}) {
    this.settings = resolveQueueSettings(options.settings);
    this.clock = options.clock ?? systemClock;
  }

  async enqueue<Q extends QueueName>(
    queue: Q,
    payload: JobPayloadInput<Q>,
    options?: EnqueueOptions,
  ): Promise<JobHandle> {
    if (this.closed) throw new UnavailableError('The job queue is closed');
    const prepared = prepareJob(queue, payload, options);
    if (this.jobs.has(prepared.id)) return { id: prepared.id, queue };
    const record: JobRecord = {
      id: prepared.id,
      queue,
      data: asStored(prepared.data),
      state: 'waiting',
      progress: null,
      attemptsMade: 0,
      result: null,
      error: null,
      createdAt: this.clock.now(),
      finishedAt: null,
    };
    this.jobs.set(record.id, record);
    if (prepared.delayMs > 0) this.delay(record, prepared.delayMs);
    else this.makeWaiting(record);
    return { id: record.id, queue };
  }

  async getJob(id: string): Promise<JobSnapshot | undefined> {
    const record = this.jobs.get(id);
    return record ? snapshot(record) : undefined;
  }

  async deadLetters(
    queue: QueueName,
    page: { offset?: number; limit?: number } = {},
  ): Promise<JobSnapshot[]> {
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 50;
    return this.finished(queue, 'failed')
      .slice(offset, offset + limit)
      .map(snapshot);
  }

  async retryDeadLetter(id: string): Promise<void> {
    const record = this.jobs.get(id);
    if (!record) throw new NotFoundError('Job', id);
    if (record.state !== 'failed')
      throw new ConflictError(`Job "${id}" is ${record.state}, not a dead letter`);
    this.finishedOf(record.queue, 'failed').delete(record.id);
    record.attemptsMade = 0;
    record.error = null;
    record.finishedAt = null;
    record.progress = null;
    this.makeWaiting(record);
  }

  async counts(): Promise<JobCounts> {
    const counts = {} as JobCounts;
    for (const queue of QUEUE_NAMES) {
      counts[queue] = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    }
    for (const record of this.jobs.values()) counts[record.queue][record.state]++;
    return counts;
  }

  async workerCounts(): Promise<Record<QueueName, number>> {
    return Object.fromEntries(QUEUE_NAMES.map((q) => [q, this.consumers.has(q) ? 1 : 0])) as Record<
      QueueName,
      number
    >;
  }

  async on<E extends JobEventName>(event: E, listener: JobEventListener<E>): Promise<() => void> {
    return this.emitter.on(event, listener);
  }

  async startWorkers(processors: ProcessorMap, options: WorkerOptions = {}): Promise<WorkerPool> {
    if (this.closed) throw new UnavailableError('The job queue is closed');
    const queues = QUEUE_NAMES.filter((q) => processors[q] !== undefined);
    for (const queue of queues) {
      if (this.consumers.has(queue))
        throw new ConflictError(`Queue "${queue}" already has workers in this process`);
    }
    const consumers = queues.map((queue) => {
      const consumer: Consumer = {
        queue,
        processor: processors[queue] as JobProcessor<QueueName>,
        concurrency: Math.max(1, options.concurrency?.[queue] ?? this.settings[queue].concurrency),
        active: new Set(),
        starts: [],
        closing: false,
        options,
      };
      this.consumers.set(queue, consumer);
      return consumer;
    });
    const pool: WorkerPool = {
      queues,
      close: (closeOptions?: CloseWorkersOptions) => this.closeConsumers(pool, consumers, closeOptions),
    };
    this.pools.add(pool);
    for (const consumer of consumers) this.pump(consumer.queue);
    return pool;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.pools].map((pool) => pool.close({ drain: true })));
    for (const record of this.jobs.values()) record.cancelTimer?.();
  }

  /** Stops the consumers; a non-draining call also releases the running jobs, even while a drain waits. */
  private async closeConsumers(
    pool: WorkerPool,
    consumers: Consumer[],
    options: CloseWorkersOptions = {},
  ): Promise<void> {
    for (const consumer of consumers) {
      consumer.closing = true;
      consumer.cancelRateTimer?.();
      if (options.drain === false) for (const record of [...consumer.active]) this.release(consumer, record);
    }
    const running = consumers.flatMap((c) => [...c.active].map((record) => record.run?.settled));
    await Promise.all(running);
    for (const consumer of consumers) {
      if (this.consumers.get(consumer.queue) === consumer) this.consumers.delete(consumer.queue);
    }
    this.pools.delete(pool);
  }

  /** The run keeps going until it notices the abort, but no longer owns the job, which waits again. */
  private release(consumer: Consumer, record: JobRecord): void {
    const run = record.run;
    run?.abort.abort(new UnavailableError('The worker is shutting down'));
    record.run = undefined;
    consumer.active.delete(record);
    record.state = 'waiting';
    this.waitingOf(record.queue).unshift(record);
    this.publish(consumer, record);
    run?.settle();
  }

  private waitingOf(queue: QueueName): JobRecord[] {
    return this.waiting.get(queue) as JobRecord[];
  }

  private makeWaiting(record: JobRecord): void {
    record.cancelTimer = undefined;
    record.state = 'waiting';
    this.waitingOf(record.queue).push(record);
    this.pump(record.queue);
  }

  private delay(record: JobRecord, delayMs: number): void {
    record.state = 'delayed';
    record.cancelTimer = this.clock.setTimer(() => this.makeWaiting(record), delayMs);
  }

  /** Starts waiting jobs while the queue's consumer has free slots and its rate limit allows. */
  private pump(queue: QueueName): void {
    const consumer = this.consumers.get(queue);
    if (!consumer || consumer.closing) return;
    const waiting = this.waitingOf(queue);
    while (consumer.active.size < consumer.concurrency && waiting.length > 0) {
      if (!this.rateAllows(consumer)) return;
      const record = waiting.shift() as JobRecord;
      this.start(consumer, record);
    }
  }

  private rateAllows(consumer: Consumer): boolean {
    const limit = this.settings[consumer.queue].rateLimit;
    if (!limit) return true;
    const now = this.clock.now();
    consumer.starts = consumer.starts.filter((t) => t > now - limit.durationMs);
    if (consumer.starts.length < limit.max) return true;
    if (!consumer.cancelRateTimer) {
      const wait = (consumer.starts[0] as number) + limit.durationMs - now;
      consumer.cancelRateTimer = this.clock.setTimer(() => {
        consumer.cancelRateTimer = undefined;
        this.pump(consumer.queue);
      }, wait);
    }
    return false;
  }

  private start(consumer: Consumer, record: JobRecord): void {
    let settle: () => void = () => {};
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const run: Run = { abort: new AbortController(), settled, settle };
    record.run = run;
    record.state = 'active';
    consumer.active.add(record);
    consumer.starts.push(this.clock.now());
    this.publish(consumer, record);
    this.execute(consumer, record, run).finally(settle);
  }

  private async execute(consumer: Consumer, record: JobRecord, run: Run): Promise<void> {
    const owns = () => record.run === run;
    try {
      const context: JobContext<QueueName> = {
        id: record.id,
        queue: record.queue,
        data: parseJobData(record.queue, record.data),
        attempt: record.attemptsMade + 1,
        signal: run.abort.signal,
        reportProgress: async (progress) => {
          if (!owns()) return;
          record.progress = { ...progress };
          this.emitter.emit('progress', { id: record.id, queue: record.queue, progress: { ...progress } });
          this.publish(consumer, record);
        },
      };
      // Processors start on a later tick, as they would after a Redis round trip.
      await Promise.resolve();
      const result = await consumer.processor(context);
      if (owns()) this.complete(consumer, record, result);
    } catch (error) {
      if (owns()) this.fail(consumer, record, error);
    } finally {
      if (owns()) record.run = undefined;
      consumer.active.delete(record);
      this.pump(consumer.queue);
    }
  }

  private complete(consumer: Consumer, record: JobRecord, result: unknown): void {
    record.state = 'completed';
    record.result = asStored(result);
    record.finishedAt = this.clock.now();
    this.emitter.emit('completed', { id: record.id, queue: record.queue, result: asStored(result) });
    this.publish(consumer, record);
    this.retain(record, 'completed');
  }

  private fail(consumer: Consumer, record: JobRecord, error: unknown): void {
    const settings = this.settings[record.queue];
    record.attemptsMade++;
    record.error = errorMessage(error);
    if (isPermanentError(error) || record.attemptsMade >= settings.attempts) {
      record.state = 'failed';
      record.finishedAt = this.clock.now();
      this.emitter.emit('failed', { id: record.id, queue: record.queue, error: record.error });
      this.publish(consumer, record);
      this.retain(record, 'failed');
      return;
    }
    this.delay(record, settings.backoffMs * 2 ** (record.attemptsMade - 1));
    this.publish(consumer, record);
  }

  private publish(consumer: Consumer, record: JobRecord): void {
    publishJobState(
      consumer.options.events,
      {
        jobId: record.id,
        queue: record.queue,
        state: record.state,
        progress: record.progress,
        result: record.state === 'completed' ? record.result : null,
        error: record.state === 'failed' || record.state === 'delayed' ? record.error : null,
      },
      this.clock.now(),
      consumer.options.onError ?? (() => {}),
    );
  }

  private finishedOf(queue: QueueName, state: 'completed' | 'failed'): Set<string> {
    return this.finishedIds[state].get(queue) as Set<string>;
  }

  /** Finished jobs of a queue, newest first. */
  private finished(queue: QueueName, state: 'completed' | 'failed'): JobRecord[] {
    return [...this.finishedOf(queue, state)].reverse().map((id) => this.jobs.get(id) as JobRecord);
  }

  /** Records a finished job and applies retention: completed jobs by age and count (their ids stay deduplicated meanwhile), dead letters by count. */
  private retain(record: JobRecord, state: 'completed' | 'failed'): void {
    const settings = this.settings[record.queue];
    const ids = this.finishedOf(record.queue, state);
    ids.add(record.id);
    const keep = state === 'completed' ? settings.keepCompleted.count : settings.keepFailed.count;
    const oldest = state === 'completed' ? this.clock.now() - settings.keepCompleted.ageMs : -Infinity;
    for (const id of ids) {
      const finishedAt = this.jobs.get(id)?.finishedAt ?? 0;
      if (ids.size <= keep && finishedAt >= oldest) break;
      ids.delete(id);
      this.jobs.delete(id);
    }
  }
}

function snapshot(record: JobRecord): JobSnapshot {
  return {
    id: record.id,
    queue: record.queue,
    state: record.state,
    data: asStored(record.data),
    progress: record.progress ? { ...record.progress } : null,
    attemptsMade: record.attemptsMade,
    result: asStored(record.result),
    error: record.error,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  };
}
