// The JobQueue port on BullMQ (REDIS_URL set): durable jobs in Redis, workers in
// any number of processes. A job id is BullMQ's job id, so adding the same id
// twice keeps one job; failed jobs (after their last attempt) stay in BullMQ's
// failed set with their error: that set is the dead-letter list.
import { type JobState as BullJobState, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { JOB_STATES, type JobState } from '../../domain/jobState.js';
import { openRedis } from '../../messaging/redisConnection.js';
import { JobEventEmitter } from '../jobEventEmitter.js';
import type {
  EnqueueOptions,
  JobCounts,
  JobEventListener,
  JobEventName,
  JobHandle,
  JobQueue,
  JobSnapshot,
  ProcessorMap,
  WorkerOptions,
  WorkerPool,
} from '../jobQueue.js';
import { prepareJob } from '../jobRequest.js';
import {
  type JobPayloadInput,
  QUEUE_NAMES,
  type QueueName,
  type QueueSettings,
  type QueueSettingsOverrides,
  queueOfJobId,
  resolveQueueSettings,
} from '../queues.js';
import { BullmqWorkerPool } from './bullmqWorkerPool.js';
import { isProgress, toJobSnapshot, toJobState } from './jobSnapshot.js';
import { defaultStalledJobSettings, type StalledJobSettings } from './stalledJobSettings.js';

export interface BullmqJobQueueOptions {
  url: string;
  /** Prefix of every Redis key (and connection name), so deployments or test runs can share a Redis. */
  prefix?: string;
  settings?: QueueSettingsOverrides;
  stalled?: Partial<StalledJobSettings>;
}

export class BullmqJobQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  readonly prefix: string;
  private readonly url: string;
  private readonly settings: Record<QueueName, QueueSettings>;
  private readonly stalled: StalledJobSettings;
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly emitter = new JobEventEmitter();
  private listening: Promise<{ events: QueueEvents; connection: Redis }[]> | undefined;
  private readonly pools = new Set<{ pool: WorkerPool; connection: Redis }>();

  constructor(options: BullmqJobQueueOptions) {
    this.url = options.url;
    this.prefix = options.prefix ?? 'passerelle';
    this.settings = resolveQueueSettings(options.settings);
    this.stalled = { ...defaultStalledJobSettings, ...options.stalled };
    this.connection = openRedis(this.url, 'producer', `${this.prefix}:producer`);
    // Reconnection is automatic; without a listener Node would treat a connection error as fatal.
    this.connection.on('error', () => {});
  }

  async enqueue<Q extends QueueName>(
    queue: Q,
    payload: JobPayloadInput<Q>,
    options?: EnqueueOptions,
  ): Promise<JobHandle> {
    const prepared = prepareJob(queue, payload, options);
    const settings = this.settings[queue];
    await this.queue(queue).add(queue, prepared.data, {
      jobId: prepared.id,
      delay: prepared.delayMs || undefined,
      attempts: settings.attempts,
      backoff: { type: 'exponential', delay: settings.backoffMs },
      removeOnComplete: {
        age: Math.ceil(settings.keepCompleted.ageMs / 1000),
        count: settings.keepCompleted.count,
      },
      removeOnFail: { count: settings.keepFailed.count },
    });
    return { id: prepared.id, queue };
  }

  async getJob(id: string): Promise<JobSnapshot | undefined> {
    const queueName = queueOfJobId(id);
    if (!queueName) return undefined;
    const job = await this.queue(queueName).getJob(id);
    if (!job) return undefined;
    const state = toJobState(await job.getState());
    return state ? toJobSnapshot(job, queueName, state) : undefined;
  }

  async deadLetters(
    queue: QueueName,
    page: { offset?: number; limit?: number } = {},
  ): Promise<JobSnapshot[]> {
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 50;
    if (limit <= 0) return [];
    const jobs = await this.queue(queue).getFailed(offset, offset + limit - 1);
    return jobs.filter((job) => job !== undefined).map((job) => toJobSnapshot(job, queue, 'failed'));
  }

  async retryDeadLetter(id: string): Promise<void> {
    const queueName = queueOfJobId(id);
    const job = queueName ? await this.queue(queueName).getJob(id) : undefined;
    if (!job) throw new NotFoundError('Job', id);
    const state = await job.getState();
    if (state !== 'failed') throw new ConflictError(`Job "${id}" is ${state}, not a dead letter`);
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  }

  async counts(): Promise<JobCounts> {
    const counts = {} as JobCounts;
    await Promise.all(
      QUEUE_NAMES.map(async (queue) => {
        const raw = await this.queue(queue).getJobCounts(
          'waiting',
          'prioritized',
          'waiting-children',
          'delayed',
          'active',
          'completed',
          'failed',
        );
        const perState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
        for (const [bullState, n] of Object.entries(raw)) {
          const state = toJobState(bullState as BullJobState);
          if (state) perState[state] += n;
        }
        counts[queue] = perState;
      }),
    );
    return counts;
  }

  async workerCounts(): Promise<Record<QueueName, number>> {
    const list = (await this.connection.client('LIST')) as string;
    // Each pool's connections (its own and BullMQ's blocking duplicates) share one name: count names once.
    const pools = new Set(
      list
        .split('\n')
        .map((line) => /(?:^| )name=(\S*)/.exec(line)?.[1] ?? '')
        .filter((name) => name.startsWith(this.workerNamePrefix)),
    );
    const counts = Object.fromEntries(QUEUE_NAMES.map((q) => [q, 0])) as Record<QueueName, number>;
    for (const name of pools) {
      for (const queue of name.slice(name.lastIndexOf(':') + 1).split('+')) {
        if (queue in counts) counts[queue as QueueName] += 1;
      }
    }
    return counts;
  }

  private get workerNamePrefix(): string {
    return `${this.prefix}:worker:`;
  }

  get redisPrefix(): string {
    return this.prefix;
  }

  async on<E extends JobEventName>(event: E, listener: JobEventListener<E>): Promise<() => void> {
    const unsubscribe = this.emitter.on(event, listener);
    await this.listen();
    return unsubscribe;
  }

  async startWorkers(processors: ProcessorMap, options: WorkerOptions = {}): Promise<WorkerPool> {
    const served = QUEUE_NAMES.filter((q) => processors[q] !== undefined);
    // The name tells `workerCounts` (through CLIENT LIST, in any process) which queues this pool serves.
    const connection = openRedis(
      this.url,
      'worker',
      `${this.workerNamePrefix}${process.pid}:${served.join('+')}`,
    );
    connection.on('error', (error: Error) => options.onError?.(error));
    const pool = new BullmqWorkerPool(processors, {
      ...options,
      connection,
      prefix: this.prefix,
      settings: this.settings,
      stalled: this.stalled,
      name: `${process.pid}`,
    });
    const entry = {
      connection,
      pool: {
        queues: pool.queues,
        close: async (closeOptions?: { drain?: boolean }) => {
          await pool.close(closeOptions);
          this.pools.delete(entry);
          await connection.quit().catch(() => connection.disconnect());
        },
      },
    };
    this.pools.add(entry);
    await pool.waitUntilReady();
    return entry.pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools].map(({ pool }) => pool.close({ drain: true })));
    const listeners = this.listening ? await this.listening.catch(() => []) : [];
    await Promise.allSettled([
      ...listeners.map(({ events }) => events.close()),
      ...[...this.queues.values()].map((q) => q.close()),
    ]);
    for (const { connection } of listeners) connection.disconnect();
    this.queues.clear();
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      queue.on('error', () => {});
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Starts one QueueEvents per queue (each holds a blocking connection), reading
   * the events stream from its current end: every event after this resolves is seen.
   */
  private listen(): Promise<{ events: QueueEvents; connection: Redis }[]> {
    this.listening ??= Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const stream = `${this.prefix}:${name}:events`;
        const last = await this.connection.xrevrange(stream, '+', '-', 'COUNT', 1);
        const connection = openRedis(this.url, 'subscriber', `${this.prefix}:events:${name}`);
        connection.on('error', () => {});
        const events = new QueueEvents(name, {
          connection,
          prefix: this.prefix,
          lastEventId: last[0]?.[0] ?? '0-0',
        });
        events.on('error', () => {});
        events.on('progress', ({ jobId, data }) => {
          if (isProgress(data)) this.emitter.emit('progress', { id: jobId, queue: name, progress: data });
        });
        events.on('completed', ({ jobId, returnvalue }) => {
          this.emitter.emit('completed', { id: jobId, queue: name, result: returnvalue ?? null });
        });
        events.on('failed', ({ jobId, failedReason }) => {
          this.emitter.emit('failed', { id: jobId, queue: name, error: failedReason });
        });
        await events.waitUntilReady();
        return { events, connection };
      }),
    );
    return this.listening;
  }
}
