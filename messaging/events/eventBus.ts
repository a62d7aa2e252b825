// The event bus port for live updates: what the GraphQL subscriptions
// (`jobProgress(id)`, `mySuggestions`, `myInvitations`, `bidUpdated(id)`) listen to,
// and the notice that an account's sessions ended (its live sockets must close).
// In memory when everything runs in one process; Redis pub/sub when REDIS_URL is
// set, so that an event published by a worker or by one API instance reaches a
// subscriber connected to any other instance.
import type { BID_STATUSES, INVITATION_STATUSES } from '../../domain/entities/bid.js';
import type { SUGGESTION_KINDS } from '../../domain/entities/suggestion.js';
import type { JobState } from '../../domain/jobState.js';
import type { Progress } from '../../domain/progress.js';

/** A job's state changed or it reported progress. */
export interface JobProgressEvent {
  jobId: string;
  queue: string;
  state: JobState;
  progress: Progress | null;
  /** The processor's result once `state` is "completed". */
  result: unknown;
  /** The last error once `state` is "failed" (or "delayed" before a retry). */
  error: string | null;
  at: number;
}

/** New suggestions were stored for a member to see. */
export interface SuggestionsEvent {
  memberId: string;
  kind: (typeof SUGGESTION_KINDS)[number];
  suggestionIds: string[];
  jobId: string;
  at: number;
}

/** A member was invited into a bid, or their invitation changed. */
export interface InvitationEvent {
  memberId: string;
  bidId: string;
  tenderId: string;
  status: (typeof INVITATION_STATUSES)[number];
  at: number;
}

/** A bid changed (status, team). */
export interface BidEvent {
  bidId: string;
  status: (typeof BID_STATUSES)[number];
  updatedAt: number;
}

/**
 * Sessions of an account ended (sign-out, password change or reset, erasure): whoever holds
 * a live connection for that account re-checks its session and closes it if it is gone.
 */
export interface SessionsEndedEvent {
  accountId: string;
  at: number;
}

export interface TopicEvents {
  jobProgress: JobProgressEvent;
  suggestions: SuggestionsEvent;
  invitations: InvitationEvent;
  bid: BidEvent;
  sessionsEnded: SessionsEndedEvent;
}
export type TopicKind = keyof TopicEvents;
/** "<kind>:<key>", e.g. "jobProgress:suggestions/team/tdr_1/ab12", "suggestions:m_42", "bid:bid_7". */
export type Topic<K extends TopicKind = TopicKind> = `${K}:${string}`;

export const topics = {
  jobProgress: (jobId: string): Topic<'jobProgress'> => `jobProgress:${jobId}`,
  suggestions: (memberId: string): Topic<'suggestions'> => `suggestions:${memberId}`,
  invitations: (memberId: string): Topic<'invitations'> => `invitations:${memberId}`,
  bid: (bidId: string): Topic<'bid'> => `bid:${bidId}`,
  sessionsEnded: (accountId: string): Topic<'sessionsEnded'> => `sessionsEnded:${accountId}`,
};

/**
 * The events of one topic, in publication order, until `return()` is called
 * (which a `for await` loop does when it stops, and GraphQL subscriptions do when
 * the client unsubscribes): then the subscription is released.
 */
export interface Subscription<T> extends AsyncIterableIterator<T> {
  /** Resolves once the subscription is registered: events published after it are delivered. */
  readonly ready: Promise<void>;
  return(): Promise<IteratorResult<T, undefined>>;
}

export interface EventBus {
  publish<K extends TopicKind>(topic: Topic<K>, event: TopicEvents[K]): Promise<void>;
  subscribe<K extends TopicKind>(topic: Topic<K>): Subscription<TopicEvents[K]>;
  /** Ends every open subscription and releases connections. */
  close(): Promise<void>;
}
