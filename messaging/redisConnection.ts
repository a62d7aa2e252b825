// Redis connections for the queue, the workers and the event bus, with the
// settings each role needs to ride out a Redis restart.
import { Redis } from 'ioredis';

/**
 * producer: enqueues from the API; a command waits through a short outage (its
 *   retries are bounded, so a request fails rather than hangs when Redis is gone).
 * worker / subscriber: long-lived; commands wait for Redis to come back however long
 *   it takes (`maxRetriesPerRequest: null`, what BullMQ requires of workers).
 */
export type RedisRole = 'producer' | 'worker' | 'subscriber' | 'publisher';

/** Reconnect quickly at first, then every 2 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(attempt * 100, 2000);
}

/** Commands a producer retries (one per reconnection attempt) before failing: about 30 s. */
export const PRODUCER_MAX_RETRIES = 20;

export function openRedis(url: string, role: RedisRole, connectionName: string): Redis {
  return new Redis(url, {
    connectionName,
    maxRetriesPerRequest: role === 'worker' || role === 'subscriber' ? null : PRODUCER_MAX_RETRIES,
    enableReadyCheck: true,
    retryStrategy: reconnectDelayMs,
  });
}
