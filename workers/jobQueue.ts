// The job queue port. Producers (the API, the CLI) enqueue and look jobs up;
// workers run processors. Two implementations with the same semantics:
// `bullmq/` on Redis (REDIS_URL set; workers in their own processes) and
// `inProcess/` (embedded mode: the workers run inside the API process).

import type { JobState } from '../domain/jobState.js';
import type { Progress } from '../domain/progress.js';
import type { EventBus } from '../messaging/events/eventBus.js';
import type { JobPayload, JobPayloadInput, QueueName } from './queues.js';

/** What a processor sees of its job. */
export interface JobContext<Q extends QueueName = QueueName> {
  id: string;
  queue: Q;
  data: JobPayload<Q>;
  /** 1 for the first attempt. A job may also run again after a worker died mid-job: effects must be idempotent. */
  attempt: number;
  /** Stored with the job and published on the event bus (`jobProgress:<id>`). */
  reportProgress(progress: Progress): Promise<void>;
  /** Aborted when the worker shuts down without waiting for the job: stop early, the job will run again. */
  signal: AbortSignal;
}

/** A processor bound to its dependencies; the result must be JSON-serialisable. */
export type JobProcessor<Q extends QueueName> = (job: JobContext<Q>) => Promise<unknown>;
export type ProcessorMap = { [Q in QueueName]?: JobProcessor<Q> };

export interface JobHandle {
  id: string;
  queue: QueueName;
}

export interface EnqueueOptions {
  /** Overrides the deterministic id from `jobIdFor` (it is prefixed with the queue name). */
  jobId?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

export interface JobSnapshot {
  id: string;
  queue: QueueName;
  state: JobState;
  data: unknown;
  progress: Progress | null;
  /** Attempts that ended in an error. */
  attemptsMade: number;
  result: unknown;
  /** The last attempt's error message. */
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

export interface JobEvents {
  progress: { id: string; queue: QueueName; progress: Progress };
  completed: { id: string; queue: QueueName; result: unknown };
  /** Only when the job is dead-lettered (every attempt failed, or a permanent error), not at each retry. */
  failed: { id: string; queue: QueueName; error: string };
}
export type JobEventName = keyof JobEvents;
export type JobEventListener<E extends JobEventName> = (event: JobEvents[E]) => void;

export interface WorkerOptions {
  /** Overrides the queue settings' concurrency for this worker. */
  concurrency?: Partial<Record<QueueName, number>>;
  /** Where job progress and state changes are published (`jobProgress:<id>`). */
  events?: EventBus;
  /** Errors of the runner itself (a lost connection…); a job's own errors stay with the job. */
  onError?: (error: Error) => void;
}

export interface CloseWorkersOptions {
  /**
   * true (default): stop taking jobs and wait for the running ones to finish.
   * false: stop taking jobs, abort the running ones (their `signal`) and release
   * them: they run again later, on this or another worker.
   */
  drain?: boolean;
}

export interface WorkerPool {
  readonly queues: QueueName[];
  close(options?: CloseWorkersOptions): Promise<void>;
}

export type JobCounts = Record<QueueName, Record<JobState, number>>;

export interface JobQueue {
  readonly kind: 'bullmq' | 'in-process';
  /**
   * Adds a job, or returns the existing one with the same id (the same request
   * twice runs once). Throws BadUserInputError naming the failing payload field.
   */
  enqueue<Q extends QueueName>(
    queue: Q,
    payload: JobPayloadInput<Q>,
    options?: EnqueueOptions,
  ): Promise<JobHandle>;
  getJob(id: string): Promise<JobSnapshot | undefined>;
  /** Jobs whose every attempt failed, newest first, with their error. */
  deadLetters(queue: QueueName, page?: { offset?: number; limit?: number }): Promise<JobSnapshot[]>;
  /** Puts a dead letter back in its queue with fresh attempts. */
  retryDeadLetter(id: string): Promise<void>;
  counts(): Promise<JobCounts>;
  /** Workers serving each queue, in this process or (BullMQ) any process connected to Redis. */
  workerCounts(): Promise<Record<QueueName, number>>;
  /** BullMQ only: the Redis key prefix bull-board reads the queues under. */
  readonly redisPrefix?: string;
  /**
   * Events of jobs run by any worker of this queue. Resolves, once events are being
   * received, to the function that unsubscribes.
   */
  on<E extends JobEventName>(event: E, listener: JobEventListener<E>): Promise<() => void>;
  startWorkers(processors: ProcessorMap, options?: WorkerOptions): Promise<WorkerPool>;
  /** Closes worker pools started here (draining them), then the queue's own connections. */
  close(): Promise<void>;
}
