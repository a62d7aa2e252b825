// Adapts a job's `reportProgress` to the synchronous ProgressListener that long
// operations (sync, import, solving) call. Progress is informative: failing to
// record it (Redis briefly away) must not fail the work, so errors are dropped.
import type { ProgressListener } from '../../domain/progress.js';
import type { JobContext } from '../jobQueue.js';

export function progressListener(job: Pick<JobContext, 'reportProgress'>): ProgressListener {
  return (progress) => {
    job.reportProgress(progress).catch(() => {});
  };
}
