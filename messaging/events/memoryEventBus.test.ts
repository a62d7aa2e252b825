import { describe, expect, it } from 'vitest';
import { type BidEvent, topics } from './eventBus.js';
import { MemoryEventBus } from './memoryEventBus.js';

const bidEvent = (n: number): BidEvent => ({ bidId: 'bid_1', status: 'inviting', updatedAt: n });

describe('MemoryEventBus', () => {
  it('delivers the events of a topic in order, to every subscriber, each its own copy', async () => {
    const bus = new MemoryEventBus();
    const a = bus.subscribe(topics.bid('bid_1'));
    const b = bus.subscribe(topics.bid('bid_1'));
    const other = bus.subscribe(topics.bid('bid_2'));
    await Promise.all([a.ready, b.ready]);
    for (let n = 1; n <= 3; n++) await bus.publish(topics.bid('bid_1'), bidEvent(n));
    const first = await a.next();
    expect(first.value).toEqual(bidEvent(1));
    (first.value as BidEvent).status = 'won';
    expect((await b.next()).value).toEqual(bidEvent(1));
    expect((await a.next()).value?.updatedAt).toBe(2);
    expect((await a.next()).value?.updatedAt).toBe(3);
    await bus.publish(topics.bid('bid_2'), bidEvent(9));
    expect((await other.next()).value?.updatedAt).toBe(9);
    await bus.close();
  });

  it('releases the topic when the consumer stops, and ends open subscriptions on close', async () => {
    const bus = new MemoryEventBus();
    const subscription = bus.subscribe(topics.suggestions('m_1'));
    const received: number[] = [];
    const consumer = (async () => {
      for await (const event of subscription) {
        received.push(event.at);
        if (received.length === 2) break;
      }
    })();
    for (let at = 1; at <= 2; at++) {
      await bus.publish(topics.suggestions('m_1'), {
        memberId: 'm_1',
        kind: 'peer',
        suggestionIds: [],
        jobId: 'j',
        at,
      });
    }
    await consumer;
    expect(received).toEqual([1, 2]);
    expect(bus.topicCount).toBe(0);

    const waiting = bus.subscribe(topics.invitations('m_2'));
    const pending = waiting.next();
    await bus.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await waiting.next()).toEqual({ value: undefined, done: true });
  });

  it('drops the oldest events of a consumer that stopped reading', async () => {
    const bus = new MemoryEventBus();
    const subscription = bus.subscribe(topics.bid('bid_1'));
    for (let n = 1; n <= 1005; n++) await bus.publish(topics.bid('bid_1'), bidEvent(n));
    expect((await subscription.next()).value?.updatedAt).toBe(6);
    await subscription.return();
  });
});
