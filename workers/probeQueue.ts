// What `passerelle doctor` says of the job queue: the in-process runner, or
// BullMQ on a Redis server that must answer and be recent enough.
import type { Config } from '../domain/config.js';
import type { StoreProbe } from '../domain/storeProbe.js';
import { SUPPORTED_VERSIONS } from '../domain/supportedVersions.js';

/** The URL without its password, for printing. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export async function probeQueue(config: Pick<Config, 'REDIS_URL'>): Promise<StoreProbe> {
  if (!config.REDIS_URL) {
    return { store: 'queue', engine: 'in-process runner (embedded)', where: 'this process', answers: true };
  }
  const rule = SUPPORTED_VERSIONS.redis;
  const base = {
    store: 'queue' as const,
    engine: 'BullMQ on Redis',
    where: redact(config.REDIS_URL),
    needs: rule.needs,
  };
  // ioredis loads only when Redis is configured.
  const { openRedis } = await import('../messaging/redisConnection.js');
  const redis = openRedis(config.REDIS_URL, 'producer', 'passerelle-doctor');
  redis.on('error', () => {});
  try {
    const info = await Promise.race([
      redis.info('server'),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('Redis did not answer within 5 s')), 5000).unref(),
      ),
    ]);
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    return {
      ...base,
      answers: true,
      version,
      ...(rule.accepts(version)
        ? {}
        : { problem: `Redis ${version} is not supported: Passerelle needs ${rule.needs}` }),
    };
  } catch (error) {
    return { ...base, answers: false, problem: (error as Error).message };
  } finally {
    redis.disconnect();
  }
}
