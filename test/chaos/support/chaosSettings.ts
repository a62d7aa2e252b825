// Queue settings shared by the chaos tests and their worker processes: short
// backoffs and lock/stalled intervals, so that recoveries take a second or two.
import type { OpenJobQueueOptions } from '../../../workers/openJobQueue.js';

export const CHAOS_ATTEMPTS = 3;

export function chaosQueueOptions(prefix: string): OpenJobQueueOptions {
  return {
    prefix,
    settings: { import: { attempts: CHAOS_ATTEMPTS, backoffMs: 100, concurrency: 2, rateLimit: null } },
    stalled: { lockDurationMs: 1000, stalledIntervalMs: 500, maxStalledCount: 2 },
  };
}
