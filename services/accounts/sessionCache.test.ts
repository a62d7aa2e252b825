import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Viewer } from '../../domain/policy/profileVisibility.js';
import type { StoredSession } from '../../graph/repositories/sessionRepository.js';
import { topics } from '../../messaging/events/eventBus.js';
import { MemoryEventBus } from '../../messaging/events/memoryEventBus.js';
import { dropCachedSessions, SessionCache } from './sessionCache.js';

const session = (id: string, accountId: string, expiresAt = 8.64e15): StoredSession => ({
  id,
  accountId,
  createdAt: 0,
  expiresAt,
  revokedAt: null,
});

/** A session store whose reads are counted, and whose sessions can be revoked. */
function store(sessions: StoredSession[]) {
  const live = new Map(sessions.map((s) => [s.id, s]));
  const reads: string[] = [];
  return {
    reads,
    revoke: (id: string) => live.delete(id),
    load: async (id: string) => {
      reads.push(id);
      return live.get(id) ?? null;
    },
  };
}

describe('SessionCache', () => {
  it('reads a session from the store once, then from memory', async () => {
    const cache = new SessionCache(new MemoryEventBus());
    const sessions = store([session('d1', 'acc1')]);
    expect(await cache.session('d1', sessions.load)).toMatchObject({ accountId: 'acc1' });
    const readsOnMiss = sessions.reads.length;
    expect(await cache.session('d1', sessions.load)).toMatchObject({ accountId: 'acc1' });
    expect(sessions.reads).toHaveLength(readsOnMiss);
    cache.close();
  });

  it('forgets an account’s sessions and viewer when its sessions end, here or on the bus', async () => {
    const events = new MemoryEventBus();
    const cache = new SessionCache(events);
    const sessions = store([session('d1', 'acc1'), session('d2', 'acc2')]);
    const viewer: Viewer = { ...ANONYMOUS, accountId: 'acc1' };
    await cache.session('d1', sessions.load);
    await cache.session('d2', sessions.load);
    await cache.viewer('acc1', async () => viewer);

    sessions.revoke('d1');
    await events.publish(topics.sessionsEnded('acc1'), { accountId: 'acc1', at: 1 });
    await Promise.resolve();
    expect(await cache.session('d1', sessions.load)).toBeNull();
    let viewerReads = 0;
    await cache.viewer('acc1', async () => {
      viewerReads++;
      return viewer;
    });
    expect(viewerReads).toBe(1);

    sessions.revoke('d2');
    dropCachedSessions(events, ['acc2']);
    expect(await cache.session('d2', sessions.load)).toBeNull();
    cache.close();
  });

  it('does not keep a session read while its account’s sessions were ending', async () => {
    const events = new MemoryEventBus();
    const cache = new SessionCache(events);
    const sessions = store([session('d1', 'acc1')]);
    let reads = 0;
    // The second read (after the watch started) races with a sign-out that lands during it.
    const racing = async (id: string) => {
      const found = await sessions.load(id);
      if (++reads === 2) {
        sessions.revoke('d1');
        await events.publish(topics.sessionsEnded('acc1'), { accountId: 'acc1', at: 1 });
        await Promise.resolve();
      }
      return found;
    };
    expect(await cache.session('d1', racing)).not.toBeNull();
    expect(cache.size).toBe(0);
    expect(await cache.session('d1', sessions.load)).toBeNull();
    cache.close();
  });

  it('keeps at most maxEntries sessions and stops watching the accounts it forgot', async () => {
    const events = new MemoryEventBus();
    const cache = new SessionCache(events, { maxEntries: 2 });
    const sessions = store([session('d1', 'acc1'), session('d2', 'acc2'), session('d3', 'acc3')]);
    for (const id of ['d1', 'd2', 'd3']) await cache.session(id, sessions.load);
    expect(cache.size).toBe(2);
    expect(events.topicCount).toBe(2);
    cache.close();
    expect(events.topicCount).toBe(0);
  });

  it('trusts a session no longer than its TTL nor past its expiry, and a viewer no longer than its TTL', async () => {
    let now = 1_000;
    const cache = new SessionCache(new MemoryEventBus(), {
      sessionTtlMs: 500,
      viewerTtlMs: 100,
      now: () => now,
    });
    const sessions = store([session('long', 'acc1'), session('short', 'acc2', 1_200)]);
    await cache.session('long', sessions.load);
    await cache.session('short', sessions.load);
    const count = () => sessions.reads.length;
    const before = count();
    now = 1_250;
    await cache.session('long', sessions.load);
    expect(count()).toBe(before);
    await cache.session('short', sessions.load);
    expect(count()).toBeGreaterThan(before);
    now = 1_600;
    const afterShort = count();
    await cache.session('long', sessions.load);
    expect(count()).toBeGreaterThan(afterShort);

    let viewerReads = 0;
    const viewer = async () => {
      viewerReads++;
      return { ...ANONYMOUS, accountId: 'acc1' };
    };
    await cache.viewer('acc1', viewer);
    await cache.viewer('acc1', viewer);
    expect(viewerReads).toBe(1);
    now += 101;
    await cache.viewer('acc1', viewer);
    expect(viewerReads).toBe(2);
    cache.close();
  });
});
