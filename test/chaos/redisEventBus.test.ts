// The Redis event bus across instances: what one API instance (or a worker)
// publishes reaches a subscriber connected to another instance, in order, and a
// subscriber whose connection is cut gets events again once ioredis reconnects.
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type JobProgressEvent, topics } from '../../messaging/events/eventBus.js';
import { RedisEventBus } from '../../messaging/events/redisEventBus.js';
import { killClientsNamed, TEST_REDIS_URL, uniquePrefix, waitUntil } from './support/redis.js';

const progress = (done: number): JobProgressEvent => ({
  jobId: 'import/x',
  queue: 'import',
  state: 'active',
  progress: { phase: 'rows', done, total: 100 },
  result: null,
  error: null,
  at: done,
});

describe('RedisEventBus', () => {
  const buses: RedisEventBus[] = [];
  const admin = new Redis(TEST_REDIS_URL);
  const open = (channelPrefix: string, connectionName: string) => {
    const bus = new RedisEventBus({ url: TEST_REDIS_URL, channelPrefix, connectionName });
    buses.push(bus);
    return bus;
  };

  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  afterAll(() => admin.disconnect());

  it('delivers events published by one instance to subscribers on another, in order', async () => {
    const prefix = uniquePrefix('bus');
    const api = open(prefix, `${prefix}-api`);
    const worker = open(prefix, `${prefix}-worker`);
    const topic = topics.jobProgress('import/x');
    const first = api.subscribe(topic);
    const second = api.subscribe(topic);
    await Promise.all([first.ready, second.ready]);
    for (let n = 1; n <= 100; n++) await worker.publish(topic, progress(n));
    const read = async (subscription: typeof first) => {
      const seen: number[] = [];
      for await (const event of subscription) {
        seen.push(event.progress?.done ?? -1);
        if (seen.length === 100) break;
      }
      return seen;
    };
    const expected = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(await read(first)).toEqual(expected);
    expect(await read(second)).toEqual(expected);
    // Both consumers stopped: the channel is unsubscribed.
    await admin.ping();
    const [, subscribers] = (await admin.pubsub('NUMSUB', `${prefix}:events:${topic}`)) as [string, number];
    expect(subscribers).toBe(0);
  });

  it('does not deliver across prefixes or topics', async () => {
    const prefix = uniquePrefix('bus');
    const mine = open(prefix, `${prefix}-a`);
    const otherDeployment = open(uniquePrefix('bus'), `${prefix}-b`);
    const subscription = mine.subscribe(topics.bid('bid_1'));
    await subscription.ready;
    await otherDeployment.publish(topics.bid('bid_1'), { bidId: 'bid_1', status: 'won', updatedAt: 1 });
    await mine.publish(topics.bid('bid_2'), { bidId: 'bid_2', status: 'won', updatedAt: 2 });
    await mine.publish(topics.bid('bid_1'), { bidId: 'bid_1', status: 'lost', updatedAt: 3 });
    expect((await subscription.next()).value).toEqual({ bidId: 'bid_1', status: 'lost', updatedAt: 3 });
  });

  it('subscribes again after its connection is killed', async () => {
    const prefix = uniquePrefix('bus');
    const api = open(prefix, `${prefix}-api`);
    const worker = open(prefix, `${prefix}-worker`);
    const topic = topics.suggestions('m_1');
    const subscription = api.subscribe(topic);
    await subscription.ready;
    const channel = `${prefix}:events:${topic}`;
    const killed = await killClientsNamed(admin, `${prefix}-api-sub`);
    expect(killed).toBe(1);
    // Pub/sub keeps nothing for absent subscribers: publish once the subscription is back.
    const event = { memberId: 'm_1', kind: 'peer' as const, suggestionIds: ['s1'], jobId: 'j', at: 0 };
    await waitUntil(async () => ((await admin.pubsub('NUMSUB', channel))[1] as number) === 1, 10_000);
    await worker.publish(topic, { ...event, at: 1 });
    expect((await subscription.next()).value).toEqual({ ...event, at: 1 });
  });
});
