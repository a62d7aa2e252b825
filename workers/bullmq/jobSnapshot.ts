// A BullMQ job as the port's JobSnapshot.
import type { JobState as BullJobState, Job } from 'bullmq';
import type { JobState } from '../../domain/jobState.js';
import type { Progress } from '../../domain/progress.js';
import type { JobSnapshot } from '../jobQueue.js';
import type { QueueName } from '../queues.js';

export function toJobState(state: BullJobState | 'unknown'): JobState | undefined {
  switch (state) {
    case 'completed':
    case 'failed':
    case 'active':
    case 'delayed':
    case 'waiting':
      return state;
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    default:
      return undefined;
  }
}

export function isProgress(value: unknown): value is Progress {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p.phase === 'string' && typeof p.done === 'number' && typeof p.total === 'number';
}

export function toJobSnapshot(job: Job, queue: QueueName, state: JobState): JobSnapshot {
  return {
    id: job.id as string,
    queue,
    state,
    data: job.data,
    progress: isProgress(job.progress) ? job.progress : null,
    // BullMQ also counts the attempt that succeeded; the port counts failed attempts only.
    attemptsMade: state === 'completed' ? Math.max(0, job.attemptsMade - 1) : job.attemptsMade,
    result: job.returnvalue ?? null,
    error: job.failedReason || null,
    createdAt: job.timestamp,
    finishedAt: job.finishedOn ?? null,
  };
}
