// Asks for the housekeeping jobs once an hour. Every API instance asks; the job
// id of a task is its hour slot, so each slot runs once however many ask.
import type { JobQueue } from './jobQueue.js';
import { MAINTENANCE_TASKS } from './queues.js';

const HOUR_MS = 3600 * 1000;

/** "2026-12-02T06" for any time in that UTC hour. */
export function maintenanceSlot(at: number): string {
  return new Date(at).toISOString().slice(0, 13);
}

export interface MaintenanceSchedule {
  /** Enqueues this hour's jobs now (what the timer does every hour). */
  tick(): Promise<void>;
  stop(): void;
}

export function scheduleMaintenance(
  jobs: JobQueue,
  options: { now?: () => number; onError?: (error: Error) => void } = {},
): MaintenanceSchedule {
  const now = options.now ?? Date.now;
  const tick = async () => {
    const slot = maintenanceSlot(now());
    for (const task of MAINTENANCE_TASKS) await jobs.enqueue('maintenance', { task, slot });
  };
  const run = () => void tick().catch((error: unknown) => options.onError?.(error as Error));
  run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
