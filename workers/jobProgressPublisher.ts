// Publishes a job's state changes and progress on the event bus, where the
// `jobProgress(id)` subscription listens. Fire-and-forget: a bus outage must not
// fail the job, so errors go to the runner's error callback.

import type { JobState } from '../domain/jobState.js';
import type { Progress } from '../domain/progress.js';
import { type EventBus, type JobProgressEvent, topics } from '../messaging/events/eventBus.js';
import { asError } from './jobFailures.js';

export interface JobStateChange {
  jobId: string;
  queue: string;
  state: JobState;
  progress: Progress | null;
  result?: unknown;
  error?: string | null;
}

export function publishJobState(
  bus: EventBus | undefined,
  change: JobStateChange,
  now: number,
  onError: (error: Error) => void,
): void {
  if (!bus) return;
  const event: JobProgressEvent = {
    jobId: change.jobId,
    queue: change.queue,
    state: change.state,
    progress: change.progress,
    result: change.result ?? null,
    error: change.error ?? null,
    at: now,
  };
  bus.publish(topics.jobProgress(change.jobId), event).catch((error: unknown) => onError(asError(error)));
}
