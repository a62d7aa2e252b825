// The event bus for a config: Redis pub/sub when REDIS_URL is set (any API
// instance delivers any event), in memory otherwise (one process).
import type { Config } from '../../domain/config.js';
import type { EventBus } from './eventBus.js';
import { MemoryEventBus } from './memoryEventBus.js';
import { RedisEventBus } from './redisEventBus.js';

export function openEventBus(
  config: Pick<Config, 'REDIS_URL'>,
  options: { channelPrefix?: string } = {},
): EventBus {
  if (config.REDIS_URL)
    return new RedisEventBus({ url: config.REDIS_URL, channelPrefix: options.channelPrefix });
  return new MemoryEventBus();
}
