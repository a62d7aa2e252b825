// The event bus over Redis pub/sub: any API instance delivers events published by
// any other instance or worker. One publishing connection and one subscribing
// connection (a subscribed Redis connection cannot send other commands); each
// topic is one channel, subscribed while at least one local subscriber listens.
// Pub/sub is fire-and-forget: a subscriber that is disconnected misses events
// (ioredis re-subscribes after a reconnection). Durable state lives in the stores.
import type { Redis } from 'ioredis';
import { openRedis } from '../redisConnection.js';
import type { EventBus, Subscription, Topic, TopicEvents, TopicKind } from './eventBus.js';
import { TopicSubscription } from './topicSubscription.js';

export interface RedisEventBusOptions {
  url: string;
  /** Channel prefix, so several deployments (or test runs) can share one Redis. */
  channelPrefix?: string;
  /** Shown in `CLIENT LIST`. */
  connectionName?: string;
}

interface Channel {
  subscribers: Set<TopicSubscription<unknown>>;
  ready: Promise<void>;
}

export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly channels = new Map<string, Channel>();

  constructor(options: RedisEventBusOptions) {
    this.prefix = `${options.channelPrefix ?? 'passerelle'}:events:`;
    const name = options.connectionName ?? 'passerelle-events';
    this.publisher = openRedis(options.url, 'publisher', `${name}-pub`);
    this.subscriber = openRedis(options.url, 'subscriber', `${name}-sub`);
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
    // Errors are retried by the connection itself; without a listener Node would treat them as fatal.
    this.publisher.on('error', () => {});
    this.subscriber.on('error', () => {});
  }

  async publish<K extends TopicKind>(topic: Topic<K>, event: TopicEvents[K]): Promise<void> {
    await this.publisher.publish(this.prefix + topic, JSON.stringify(event));
  }

  subscribe<K extends TopicKind>(topic: Topic<K>): Subscription<TopicEvents[K]> {
    const name = this.prefix + topic;
    let channel = this.channels.get(name);
    if (!channel) {
      const ready = this.subscriber.subscribe(name).then(() => undefined);
      // Whoever awaits `ready` sees a failure; nobody awaiting it must not crash the process.
      ready.catch(() => {});
      channel = { subscribers: new Set(), ready };
      this.channels.set(name, channel);
    }
    const subscription: TopicSubscription<TopicEvents[K]> = new TopicSubscription(channel.ready, () =>
      this.release(name, subscription as TopicSubscription<unknown>),
    );
    channel.subscribers.add(subscription as TopicSubscription<unknown>);
    return subscription;
  }

  async close(): Promise<void> {
    for (const channel of [...this.channels.values()]) {
      for (const subscription of [...channel.subscribers]) subscription.end();
    }
    this.channels.clear();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private deliver(channelName: string, message: string): void {
    const channel = this.channels.get(channelName);
    if (!channel) return;
    const event: unknown = JSON.parse(message);
    for (const subscription of channel.subscribers) subscription.push(structuredClone(event));
  }

  private release(channelName: string, subscription: TopicSubscription<unknown>): void {
    const channel = this.channels.get(channelName);
    if (!channel) return;
    channel.subscribers.delete(subscription);
    if (channel.subscribers.size > 0) return;
    this.channels.delete(channelName);
    // Nothing waits on the result; an unsubscribe lost in a disconnection is harmless.
    this.subscriber.unsubscribe(channelName).catch(() => {});
  }
}
