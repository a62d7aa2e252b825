// Housekeeping jobs: expired or revoked sessions and used password resets are
// deleted, and sign-in failure windows long past are forgotten.
import type { JobContext } from '../jobQueue.js';

export interface MaintenanceDeps {
  /** Deletes expired and revoked sessions and spent password resets; returns how many. */
  purgeSessions(): Promise<number>;
  /** Deletes sign-in failure windows that started before `before` (epoch ms); returns how many. */
  purgeSignInFailures(before: number): Promise<number>;
  now?: () => number;
}

export interface MaintenanceReport {
  task: string;
  removed: number;
}

/** Failure windows last minutes; a day is far past any of them. */
const FAILURE_WINDOW_HORIZON_MS = 24 * 3600 * 1000;

export async function maintenance(
  job: JobContext<'maintenance'>,
  deps: MaintenanceDeps,
): Promise<MaintenanceReport> {
  const now = (deps.now ?? Date.now)();
  switch (job.data.task) {
    case 'purge-expired-sessions': {
      const sessions = await deps.purgeSessions();
      const failures = await deps.purgeSignInFailures(now - FAILURE_WINDOW_HORIZON_MS);
      await job.reportProgress({ phase: 'purged', done: 1, total: 1 });
      return { task: job.data.task, removed: sessions + failures };
    }
  }
}
