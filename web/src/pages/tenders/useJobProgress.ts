// Follows a job over graphql-ws (jobProgress): its state first, then each change until it
// completes or fails (or cannot be followed). `onDone` runs once when it completes, so the screen can read the results.
import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { JOB_PROGRESS, type JobProgressData } from '../../graphql/productDocuments.js';

export type JobView = JobProgressData['jobProgress'] | null;

export function useJobProgress(jobId: string | null, onDone: () => void): JobView {
  const [result] = useSubscription<JobProgressData, JobProgressData>(
    { query: JOB_PROGRESS, variables: { id: jobId ?? '' }, pause: jobId === null },
    (_previous, next) => next,
  );
  const followed =
    jobId !== null && result.data?.jobProgress.jobId === jobId ? result.data.jobProgress : null;
  // A job that cannot be followed (refused, connection lost) is shown as failed with the reason.
  const job: JobView =
    jobId !== null && result.error && !followed
      ? { jobId, state: 'FAILED', error: result.error.message, progress: null }
      : followed;
  const reported = useRef<string | null>(null);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (job?.state === 'COMPLETED' && reported.current !== job.jobId) {
      reported.current = job.jobId;
      done.current();
    }
  }, [job?.state, job?.jobId]);
  return job;
}
