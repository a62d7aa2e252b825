// The event bus inside one process (embedded mode: API and workers together).
import type { EventBus, Subscription, Topic, TopicEvents, TopicKind } from './eventBus.js';
import { TopicSubscription } from './topicSubscription.js';

export class MemoryEventBus implements EventBus {
  private readonly subscribers = new Map<string, Set<TopicSubscription<unknown>>>();

  async publish<K extends TopicKind>(topic: Topic<K>, event: TopicEvents[K]): Promise<void> {
    // A copy per delivery, as Redis would give: a subscriber cannot alter what another one sees.
    const json = JSON.stringify(event);
    for (const subscription of this.subscribers.get(topic) ?? []) subscription.push(JSON.parse(json));
  }

  subscribe<K extends TopicKind>(topic: Topic<K>): Subscription<TopicEvents[K]> {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
    }
    const subscription: TopicSubscription<TopicEvents[K]> = new TopicSubscription(Promise.resolve(), () =>
      this.release(topic, subscription as TopicSubscription<unknown>),
    );
    set.add(subscription as TopicSubscription<unknown>);
    return subscription;
  }

  /** Number of topics with at least one subscriber (for tests and metrics). */
  get topicCount(): number {
    return this.subscribers.size;
  }

  async close(): Promise<void> {
    for (const set of [...this.subscribers.values()]) for (const subscription of [...set]) subscription.end();
    this.subscribers.clear();
  }

  private release(topic: string, subscription: TopicSubscription<unknown>): void {
    const set = this.subscribers.get(topic);
    if (!set) return;
    set.delete(subscription);
    if (set.size === 0) this.subscribers.delete(topic);
  }
}
