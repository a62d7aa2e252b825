// How BullMQ notices a worker that died mid-job: the worker holds a lock on each
// active job and renews it every lockDuration/2; a job whose lock expired is
// "stalled", and the stalled checker of any live worker (every stalledInterval)
// puts it back in the queue, at most maxStalledCount times before failing it.
export interface StalledJobSettings {
  lockDurationMs: number;
  stalledIntervalMs: number;
  maxStalledCount: number;
}

export const defaultStalledJobSettings: StalledJobSettings = {
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  // A job that crashed its worker twice is probably what crashes it: dead-letter it.
  maxStalledCount: 2,
};
