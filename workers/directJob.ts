// A job context outside any queue: runs a processor right now in this process
// (a CLI command that does the work in the foreground, or a test), with the same
// payload validation and id as an enqueued job.
import type { Progress } from '../domain/progress.js';
import type { JobContext } from './jobQueue.js';
import { prepareJob } from './jobRequest.js';
import type { JobPayloadInput, QueueName } from './queues.js';

export interface DirectJobOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export function directJob<Q extends QueueName>(
  queue: Q,
  payload: JobPayloadInput<Q>,
  options: DirectJobOptions = {},
): JobContext<Q> {
  const prepared = prepareJob(queue, payload);
  return {
    id: prepared.id,
    queue,
    data: prepared.data,
    attempt: 1,
    signal: options.signal ?? new AbortController().signal,
    reportProgress: async (progress) => options.onProgress?.({ ...progress }),
  };
}
