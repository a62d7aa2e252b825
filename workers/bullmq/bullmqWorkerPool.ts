// The consumer side on BullMQ: one Worker per queue that has a processor, all
// sharing one Redis connection (each Worker adds its own blocking one). Each
// BullMQ job is handed to the plain processor as a JobContext.
import { type Job, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { UnavailableError } from '../../domain/errors.js';
import type { JobState } from '../../domain/jobState.js';
import { asError, errorMessage, isPermanentError } from '../jobFailures.js';
import { publishJobState } from '../jobProgressPublisher.js';
import type {
  CloseWorkersOptions,
  JobContext,
  JobProcessor,
  ProcessorMap,
  WorkerOptions,
  WorkerPool,
} from '../jobQueue.js';
import { parseJobData } from '../jobRequest.js';
import { QUEUE_NAMES, type QueueName, type QueueSettings } from '../queues.js';
import { isProgress } from './jobSnapshot.js';
import type { StalledJobSettings } from './stalledJobSettings.js';

export interface BullmqWorkerPoolOptions extends WorkerOptions {
  connection: Redis;
  prefix: string;
  settings: Record<QueueName, QueueSettings>;
  stalled: StalledJobSettings;
  /** Stored on each job as the worker that processed it. */
  name: string;
}

export class BullmqWorkerPool implements WorkerPool {
  readonly queues: QueueName[];
  private readonly workers: Worker[] = [];
  /** Aborted by a non-draining close: running jobs are released back to the queue. */
  private readonly release = new AbortController();
  private closing: Promise<void> | undefined;

  constructor(
    processors: ProcessorMap,
    private readonly options: BullmqWorkerPoolOptions,
  ) {
    this.queues = QUEUE_NAMES.filter((q) => processors[q] !== undefined);
    for (const queue of this.queues) {
      this.workers.push(this.createWorker(queue, processors[queue] as JobProcessor<QueueName>));
    }
  }

  async waitUntilReady(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  /** A non-draining call releases the running jobs, even while an earlier draining call waits for them. */
  close(options: CloseWorkersOptions = {}): Promise<void> {
    if (options.drain === false) this.release.abort(new UnavailableError('The worker is shutting down'));
    // Without force, Worker.close waits for the running jobs: finished (drain) or released.
    this.closing ??= Promise.all(this.workers.map((w) => w.close())).then(() => undefined);
    return this.closing;
  }

  private createWorker(queue: QueueName, processor: JobProcessor<QueueName>): Worker {
    const settings = this.options.settings[queue];
    const worker = new Worker(
      queue,
      (job, token, signal) => this.process(queue, processor, job, token, signal),
      {
        connection: this.options.connection,
        prefix: this.options.prefix,
        name: this.options.name,
        concurrency: Math.max(1, this.options.concurrency?.[queue] ?? settings.concurrency),
        limiter: settings.rateLimit
          ? { max: settings.rateLimit.max, duration: settings.rateLimit.durationMs }
          : undefined,
        lockDuration: this.options.stalled.lockDurationMs,
        stalledInterval: this.options.stalled.stalledIntervalMs,
        maxStalledCount: this.options.stalled.maxStalledCount,
        removeOnComplete: {
          age: Math.ceil(settings.keepCompleted.ageMs / 1000),
          count: settings.keepCompleted.count,
        },
        removeOnFail: { count: settings.keepFailed.count },
      },
    );
    worker.on('completed', (job: Job, result: unknown) => {
      this.publish(job, 'completed', { result });
    });
    worker.on('failed', (job: Job | undefined, error: Error) => {
      if (!job) return;
      const final = error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
      this.publish(job, final ? 'failed' : 'delayed', { error: error.message });
    });
    worker.on('error', (error: Error) => this.options.onError?.(error));
    return worker;
  }

  private async process(
    queue: QueueName,
    processor: JobProcessor<QueueName>,
    job: Job,
    token: string | undefined,
    bullSignal: AbortSignal | undefined,
  ): Promise<unknown> {
    let data: JobContext['data'];
    try {
      data = parseJobData(queue, job.data);
    } catch (error) {
      throw new UnrecoverableError(errorMessage(error));
    }
    const signal = bullSignal ? AbortSignal.any([bullSignal, this.release.signal]) : this.release.signal;
    const context: JobContext<QueueName> = {
      id: job.id as string,
      queue,
      data,
      attempt: job.attemptsMade + 1,
      signal,
      reportProgress: async (progress) => {
        await job.updateProgress({ ...progress });
        this.publish(job, 'active', {});
      },
    };
    this.publish(job, 'active', {});
    let onRelease: () => void = () => {};
    const released = new Promise<'released'>((resolve) => {
      onRelease = () => resolve('released');
      if (this.release.signal.aborted) onRelease();
      this.release.signal.addEventListener('abort', onRelease, { once: true });
    });
    const running = processor(context);
    try {
      const outcome = await Promise.race([running.then((result) => ({ result })), released]);
      if (outcome !== 'released') return outcome.result;
    } catch (error) {
      if (isPermanentError(error)) throw new UnrecoverableError(errorMessage(error));
      throw asError(error);
    } finally {
      this.release.signal.removeEventListener('abort', onRelease);
    }
    // Shutting down without draining: hand the job back to the queue, unharmed (no attempt used).
    running.catch(() => {});
    if (token) await job.moveToWait(token);
    throw new WaitingError();
  }

  private publish(job: Job, state: JobState, fields: { result?: unknown; error?: string }): void {
    publishJobState(
      this.options.events,
      {
        jobId: job.id as string,
        queue: job.queueName,
        state,
        progress: isProgress(job.progress) ? job.progress : null,
        result: fields.result,
        error: fields.error,
      },
      Date.now(),
      this.options.onError ?? (() => {}),
    );
  }
}
