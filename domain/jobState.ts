// The life of a job, shared by both runners and by the events they publish.
export const JOB_STATES = ['waiting', 'delayed', 'active', 'completed', 'failed'] as const;
/**
 * waiting: queued; delayed: scheduled later (a retry after backoff, or a debounced
 * job); active: being processed; completed; failed: every attempt failed, or a
 * permanent error — a dead letter, kept with its error until retried.
 */
export type JobState = (typeof JOB_STATES)[number];
