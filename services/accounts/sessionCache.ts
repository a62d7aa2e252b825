// Sessions and viewers kept in memory, so a signed-in request does not read the
// graph three times (session, account, the member's spaces) before it starts:
// that was most of the request floor (issue 19).
//
// Revocation: every account with a cached session is watched on the event bus
// (`sessionsEnded`, published on sign-out, password change or reset, and
// erasure), so every instance drops that account's sessions and viewer as soon
// as the notice arrives; the instance that revokes drops them before it even
// publishes (announceSessionsEnded → dropCachedSessions). A session is cached
// only once its account's watch is listening, and only if no notice arrived
// while it was being read, so a revocation is never missed between the read and
// the watch. A lost notice (event bus down) is bounded by the session TTL.
//
// Viewers (roles, scopes, the member's spaces) change without a notice, by a
// mutation: the viewer cache is dropped for the account after each of its
// mutations, for every account after a mutation by a non-member role (admins
// and managers change other accounts), and lives a few seconds at most, which
// bounds how long another instance may show the old spaces or roles.
//
// Both maps are bounded (least recently used entries go first).
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import type { StoredSession } from '../../graph/repositories/sessionRepository.js';
import {
  type EventBus,
  type SessionsEndedEvent,
  type Subscription,
  topics,
} from '../../messaging/events/eventBus.js';

export interface SessionCacheOptions {
  /** Most sessions (and viewers) kept; the least recently used go first. */
  maxEntries?: number;
  /** How long a session read from the store is trusted without a notice (never past its expiry). */
  sessionTtlMs?: number;
  /** How long a viewer (roles, scopes, spaces) is trusted. */
  viewerTtlMs?: number;
  now?: () => number;
}

export const SESSION_CACHE_DEFAULTS = {
  maxEntries: 10_000,
  sessionTtlMs: 60_000,
  viewerTtlMs: 5_000,
} as const;

interface SessionEntry {
  session: StoredSession;
  until: number;
}

interface ViewerEntry {
  viewer: Viewer;
  until: number;
}

interface AccountWatch {
  subscription: Subscription<SessionsEndedEvent>;
  /** Tick at which the watch started listening; undefined until then. */
  readyTick: number | undefined;
  ready: Promise<void>;
  /** Digests of this account's cached sessions. */
  digests: Set<string>;
}

/** The caches of each event bus, so a local revocation reaches them without a round trip. */
const cachesByBus = new WeakMap<EventBus, Set<SessionCache>>();

/** Drops the accounts' sessions and viewers from every cache of this process on this bus, at once. */
export function dropCachedSessions(events: EventBus, accountIds: readonly string[]): void {
  for (const cache of cachesByBus.get(events) ?? []) for (const id of accountIds) cache.dropAccount(id);
}

export class SessionCache {
  private readonly sessions = new Map<string, SessionEntry>();
  private readonly viewers = new Map<string, ViewerEntry>();
  private readonly watches = new Map<string, AccountWatch>();
  private readonly maxEntries: number;
  private readonly sessionTtlMs: number;
  private readonly viewerTtlMs: number;
  private readonly now: () => number;
  /** Ordering of watch starts against reads. */
  private tick = 0;
  /** Moves on at every drop: a read that saw a drop during its flight is not cached. */
  private generation = 0;
  private closed = false;

  constructor(
    private readonly events: EventBus,
    options: SessionCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? SESSION_CACHE_DEFAULTS.maxEntries;
    this.sessionTtlMs = options.sessionTtlMs ?? SESSION_CACHE_DEFAULTS.sessionTtlMs;
    this.viewerTtlMs = options.viewerTtlMs ?? SESSION_CACHE_DEFAULTS.viewerTtlMs;
    this.now = options.now ?? Date.now;
    let caches = cachesByBus.get(events);
    if (!caches) {
      caches = new Set();
      cachesByBus.set(events, caches);
    }
    caches.add(this);
  }

  /** Cached sessions (for tests and metrics). */
  get size(): number {
    return this.sessions.size;
  }

  /** The valid session of this token digest, from memory or else from `load` (the store). */
  async session(
    digest: string,
    load: (digest: string) => Promise<StoredSession | null>,
  ): Promise<StoredSession | null> {
    const hit = this.sessions.get(digest);
    const now = this.now();
    if (hit && hit.until > now) {
      this.sessions.delete(digest);
      this.sessions.set(digest, hit);
      return hit.session;
    }
    if (hit) this.forgetSession(digest);
    let readTick = ++this.tick;
    let generation = this.generation;
    let session = await load(digest);
    if (!session || this.closed) return session;
    const { accountId } = session;
    if (!this.listenedBefore(accountId, readTick)) {
      // Nobody was listening for this account when the session was read: listen, then read again.
      await this.watch(accountId).ready;
      readTick = ++this.tick;
      generation = this.generation;
      session = await load(digest);
      if (!session) {
        this.releaseIfUnused(accountId);
        return null;
      }
    }
    // Cached only if a notice would have reached us since the read began, and none did.
    const watch = this.watches.get(accountId);
    if (
      !watch ||
      !this.listenedBefore(accountId, readTick) ||
      this.generation !== generation ||
      this.closed
    ) {
      this.releaseIfUnused(accountId);
      return session;
    }
    this.sessions.set(digest, {
      session,
      until: Math.min(this.now() + this.sessionTtlMs, session.expiresAt),
    });
    watch.digests.add(digest);
    this.evictBeyondBound();
    return session;
  }

  /** The viewer of a cached session's account, from memory or else from `load`. */
  async viewer(accountId: string, load: () => Promise<Viewer | null>): Promise<Viewer | null> {
    const hit = this.viewers.get(accountId);
    if (hit && hit.until > this.now()) return hit.viewer;
    if (hit) this.viewers.delete(accountId);
    const generation = this.generation;
    const viewer = await load();
    // Only accounts whose sessions are watched keep a viewer: an erasure drops both.
    if (viewer && this.generation === generation && this.watches.has(accountId) && !this.closed) {
      this.viewers.set(accountId, { viewer, until: this.now() + this.viewerTtlMs });
    }
    return viewer;
  }

  /** The account's sessions ended: forget them and its viewer. */
  dropAccount(accountId: string): void {
    this.generation++;
    this.viewers.delete(accountId);
    const watch = this.watches.get(accountId);
    if (!watch) return;
    for (const digest of watch.digests) this.sessions.delete(digest);
    watch.digests.clear();
    this.releaseIfUnused(accountId);
  }

  /** The account's roles, scopes or spaces may have changed: read its viewer again next time. */
  dropViewer(accountId: string): void {
    this.generation++;
    this.viewers.delete(accountId);
  }

  /** Any account's viewer may have changed (an admin or manager wrote). */
  dropAllViewers(): void {
    this.generation++;
    this.viewers.clear();
  }

  close(): void {
    this.closed = true;
    this.generation++;
    for (const watch of this.watches.values()) void watch.subscription.return();
    this.watches.clear();
    this.sessions.clear();
    this.viewers.clear();
    cachesByBus.get(this.events)?.delete(this);
  }

  private watch(accountId: string): AccountWatch {
    const existing = this.watches.get(accountId);
    if (existing) return existing;
    const subscription = this.events.subscribe(topics.sessionsEnded(accountId));
    const watch: AccountWatch = {
      subscription,
      readyTick: undefined,
      ready: subscription.ready.then(() => {
        watch.readyTick = ++this.tick;
      }),
      digests: new Set(),
    };
    this.watches.set(accountId, watch);
    void (async () => {
      for await (const _ended of subscription) this.dropAccount(accountId);
    })().catch(() => this.dropAccount(accountId));
    // A watch that could not start leaves nothing cached for the account.
    watch.ready.catch(() => {
      if (this.watches.get(accountId) === watch) this.watches.delete(accountId);
    });
    return watch;
  }

  /** Whether the account's watch was listening before the given tick. */
  private listenedBefore(accountId: string, tick: number): boolean {
    const readyTick = this.watches.get(accountId)?.readyTick;
    return readyTick !== undefined && readyTick < tick;
  }

  /** Stops watching an account that has no cached session left. */
  private releaseIfUnused(accountId: string): void {
    const watch = this.watches.get(accountId);
    if (!watch || watch.digests.size > 0) return;
    this.watches.delete(accountId);
    this.viewers.delete(accountId);
    void watch.subscription.return();
  }

  private forgetSession(digest: string): void {
    const entry = this.sessions.get(digest);
    if (!entry) return;
    this.sessions.delete(digest);
    this.watches.get(entry.session.accountId)?.digests.delete(digest);
    this.releaseIfUnused(entry.session.accountId);
  }

  private evictBeyondBound(): void {
    while (this.sessions.size > this.maxEntries) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) return;
      this.forgetSession(oldest);
    }
  }
}
