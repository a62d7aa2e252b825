// The one place the runner is chosen: BullMQ when REDIS_URL is set (workers run
// in `passerelle worker` processes), the in-process runner otherwise (embedded
// mode: `passerelle start` runs the workers inside the API process).
import type { Config } from '../domain/config.js';
import { BullmqJobQueue } from './bullmq/bullmqJobQueue.js';
import type { StalledJobSettings } from './bullmq/stalledJobSettings.js';
import type { Clock } from './inProcess/clock.js';
import { InProcessJobQueue } from './inProcess/inProcessJobQueue.js';
import type { JobQueue } from './jobQueue.js';
import type { QueueSettingsOverrides } from './queues.js';

export interface OpenJobQueueOptions {
  settings?: QueueSettingsOverrides;
  /** BullMQ only: prefix of the Redis keys (default "passerelle"). */
  prefix?: string;
  /** BullMQ only: lock and stalled-job check intervals. */
  stalled?: Partial<StalledJobSettings>;
  /** In-process only. */
  clock?: Clock;
}

export function openJobQueue(config: Pick<Config, 'REDIS_URL'>, options: OpenJobQueueOptions = {}): JobQueue {
  if (config.REDIS_URL) {
    return new BullmqJobQueue({
      url: config.REDIS_URL,
      prefix: options.prefix,
      settings: options.settings,
      stalled: options.stalled,
    });
  }
  return new InProcessJobQueue({ settings: options.settings, clock: options.clock });
}
