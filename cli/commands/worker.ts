// `passerelle worker`: runs the job workers on Redis (BullMQ) until SIGTERM or
// SIGINT. The composition root passes the factory that opens the stores.
import type { Command } from 'commander';
import { separateWorkerRefusal } from '../../domain/deploymentShape.js';
import { BadUserInputError } from '../../domain/errors.js';
import type { WorkerDepsFactory } from '../../workers/runWorkerProcess.js';
import type { CliContext } from '../cliContext.js';

function positiveInteger(option: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw BadUserInputError.at([option], 'must be a whole number ≥ 1');
    return n;
  };
}

export function register(program: Command, context: CliContext, openDeps: WorkerDepsFactory): void {
  program
    .command('worker')
    .description(
      'Run the job workers (needs REDIS_URL) until SIGTERM or SIGINT, then finish or release running jobs',
    )
    .option('--queues <names>', 'comma-separated queues to serve (default: all)')
    .option(
      '--concurrency <n>',
      'jobs at once per queue (default: each queue’s setting)',
      positiveInteger('--concurrency'),
    )
    .option(
      '--drain-timeout <ms>',
      'time running jobs get to finish on shutdown',
      positiveInteger('--drain-timeout'),
    )
    .action(async (options: { queues?: string; concurrency?: number; drainTimeout?: number }) => {
      // The queue machinery (BullMQ, ioredis) loads only when a worker runs, not at the CLI's start.
      const { parseQueueList, runWorkerProcess } = await import('../../workers/runWorkerProcess.js');
      const queues = options.queues === undefined ? undefined : parseQueueList(options.queues);
      const config = context.config();
      // Refused before anything opens: a second process on the embedded graph would fail on its lock.
      const refusal = separateWorkerRefusal(config);
      if (refusal) throw BadUserInputError.at([refusal.variable], refusal.message);
      await runWorkerProcess({
        config,
        openDeps,
        queues,
        concurrency: options.concurrency,
        drainTimeoutMs: options.drainTimeout,
        log: (message) => process.stderr.write(`passerelle worker: ${message}\n`),
      });
    });
}
