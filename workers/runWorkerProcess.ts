// A worker process (`passerelle worker`): BullMQ workers for the chosen queues,
// with their stores, until SIGTERM or SIGINT, then a graceful shutdown. The
// stores come from a factory given by the composition root, so this module
// knows the queue and the bus, not the databases.
import type { Config } from '../domain/config.js';
import { BadUserInputError } from '../domain/errors.js';
import type { EventBus } from '../messaging/events/eventBus.js';
import { openEventBus } from '../messaging/events/openEventBus.js';
import { type GracefulShutdownOptions, shutdownOnSignal } from './gracefulShutdown.js';
import type { JobQueue, ProcessorMap, WorkerPool } from './jobQueue.js';
import { type OpenJobQueueOptions, openJobQueue } from './openJobQueue.js';
import { bindProcessors, type ProcessorDeps } from './processorMap.js';
import { isQueueName, QUEUE_NAMES, type QueueName } from './queues.js';

export interface WorkerRuntime {
  deps: ProcessorDeps;
  /** Closes what the factory opened (graph, search index…). */
  close(): Promise<void>;
}

/** Opens the stores and builds the processors' dependencies; `events` is where processors publish. */
export type WorkerDepsFactory = (
  config: Config,
  services: { jobQueue: JobQueue; events: EventBus },
) => Promise<WorkerRuntime>;

export interface WorkerProcessOptions {
  config: Config;
  openDeps: WorkerDepsFactory;
  /** Queues to serve; default all those the dependencies allow. */
  queues?: QueueName[];
  concurrency?: number;
  drainTimeoutMs?: number;
  log: (message: string) => void;
  /** Key prefix, stalled-job intervals… (tests shorten them). */
  queueOptions?: OpenJobQueueOptions;
  signals?: GracefulShutdownOptions['source'];
}

/** Parses `--queues a,b` (the field named in errors is the option). */
export function parseQueueList(value: string): QueueName[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isQueueName(n));
  if (names.length === 0 || unknown.length > 0) {
    throw BadUserInputError.at(
      ['--queues'],
      `${unknown.length ? `unknown queue ${unknown.map((u) => `"${u}"`).join(', ')}; ` : ''}choose among ${QUEUE_NAMES.join(', ')}`,
    );
  }
  return names as QueueName[];
}

/** The processors of the wanted queues, or of every queue the dependencies serve. */
function selectProcessors(all: ProcessorMap, wanted: QueueName[] | undefined): ProcessorMap {
  const queues = wanted ?? QUEUE_NAMES.filter((q) => all[q] !== undefined);
  if (queues.length === 0)
    throw BadUserInputError.at(['--queues'], 'no queue has a processor in this deployment');
  const selected: ProcessorMap = {};
  for (const queue of queues) {
    if (!all[queue])
      throw BadUserInputError.at(['--queues'], `no processor for "${queue}" in this deployment`);
    Object.assign(selected, { [queue]: all[queue] });
  }
  return selected;
}

/** Resolves once the workers have stopped after a signal, everything closed. */
export async function runWorkerProcess(options: WorkerProcessOptions): Promise<void> {
  const { config, log } = options;
  if (!config.REDIS_URL) {
    throw BadUserInputError.at(
      ['REDIS_URL'],
      'passerelle worker needs REDIS_URL (without Redis, `passerelle start` runs the workers inside the API)',
    );
  }
  const jobQueue = openJobQueue(config, options.queueOptions);
  const events = openEventBus(config, { channelPrefix: options.queueOptions?.prefix });
  let runtime: WorkerRuntime | undefined;
  let pool: WorkerPool;
  try {
    runtime = await options.openDeps(config, { jobQueue, events });
    pool = await jobQueue.startWorkers(selectProcessors(bindProcessors(runtime.deps), options.queues), {
      events,
      concurrency: options.concurrency
        ? Object.fromEntries(QUEUE_NAMES.map((q) => [q, options.concurrency]))
        : undefined,
      onError: (error) => log(`runner error: ${error.message}`),
    });
  } catch (error) {
    await runtime?.close();
    await jobQueue.close();
    await events.close();
    throw error;
  }
  const opened = runtime;
  log(`ready: ${pool.queues.join(', ')} (pid ${process.pid})`);
  await shutdownOnSignal(pool, {
    drainTimeoutMs: options.drainTimeoutMs,
    source: options.signals,
    log,
    closeAfter: [() => opened.close(), () => jobQueue.close(), () => events.close()],
  });
}
