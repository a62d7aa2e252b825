// Queue metrics for GET /metrics: jobs per queue and state (read from the queue
// at each scrape), jobs completed and dead-lettered since the process started
// (from job events, so they count work done by every worker of the queue), and
// whether the queue answered the last scrape.
import { Counter, Gauge, type Registry } from 'prom-client';
import { JOB_STATES } from '../domain/jobState.js';
import type { JobCounts, JobQueue } from './jobQueue.js';
import { QUEUE_NAMES } from './queues.js';

/** Registers the metrics; resolves to the function that stops counting events. */
export async function registerQueueMetrics(registry: Registry, queue: JobQueue): Promise<() => void> {
  // Both gauges of one scrape share one read of the counts; null when the queue did not answer.
  let reading: Promise<JobCounts | null> | undefined;
  const readCounts = () => {
    reading ??= queue
      .counts()
      .catch(() => null)
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  new Gauge({
    name: 'passerelle_job_queue_up',
    help: '1 when the job queue answered the last scrape, 0 otherwise',
    labelNames: ['runner'] as const,
    registers: [registry],
    async collect() {
      this.set({ runner: queue.kind }, (await readCounts()) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'passerelle_jobs',
    help: 'Jobs per queue and state (failed: dead letters)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const counts = await readCounts();
      // Without an answer the last values stay: the scrape itself must not fail because Redis is away.
      if (!counts) return;
      for (const name of QUEUE_NAMES) {
        for (const state of JOB_STATES) this.set({ queue: name, state }, counts[name][state]);
      }
    },
  });
  const completed = new Counter({
    name: 'passerelle_jobs_completed_total',
    help: 'Jobs completed since this process started',
    labelNames: ['queue'] as const,
    registers: [registry],
  });
  const failed = new Counter({
    name: 'passerelle_jobs_dead_lettered_total',
    help: 'Jobs that failed their last attempt since this process started',
    labelNames: ['queue'] as const,
    registers: [registry],
  });
  for (const name of QUEUE_NAMES) {
    completed.inc({ queue: name }, 0);
    failed.inc({ queue: name }, 0);
  }
  const unsubscribe = await Promise.all([
    queue.on('completed', (e) => completed.inc({ queue: e.queue })),
    queue.on('failed', (e) => failed.inc({ queue: e.queue })),
  ]);
  return () => {
    for (const off of unsubscribe) off();
  };
}
