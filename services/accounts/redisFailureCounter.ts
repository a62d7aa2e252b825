// Failed sign-in attempts in Redis, shared by every API instance: one hash per
// key, created with the window's expiry, incremented atomically by a script.
import type { Redis } from 'ioredis';
import type { FailureCounter, FailureWindow } from './failureCounter.js';

const INCREMENT = `
local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
if count == 1 then
  redis.call('HSET', KEYS[1], 'firstAt', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return {count, redis.call('HGET', KEYS[1], 'firstAt')}`;

export class RedisFailureCounter implements FailureCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(key: string, now: number, windowMs: number): Promise<FailureWindow> {
    const [count, firstAt] = (await this.redis.eval(INCREMENT, 1, this.key(key), now, windowMs)) as [
      number,
      string,
    ];
    return { count: Number(count), firstAt: Number(firstAt) };
  }

  async current(key: string, now: number, windowMs: number): Promise<FailureWindow | undefined> {
    const entry = await this.redis.hgetall(this.key(key));
    if (!entry.count) return undefined;
    const window = { count: Number(entry.count), firstAt: Number(entry.firstAt) };
    return now - window.firstAt >= windowMs ? undefined : window;
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private key(key: string): string {
    return `${this.prefix}:sign-in-failures:${key}`;
  }
}
