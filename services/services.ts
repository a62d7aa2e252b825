// The process-wide services every use case works with: the stores, the
// queue, the event bus and the account guards. api/ and cli/ build one
// (services/openServices.ts opens it from the configuration) and hand it to the use
// cases of this floor; nothing below this floor sees it.
import type { Config } from '../domain/config.js';
import type { Viewer } from '../domain/policy/profileVisibility.js';
import type { Taxonomy } from '../domain/taxonomy.js';
import type { GraphStore } from '../graph/graphStore.js';
import type { AccountRepository } from '../graph/repositories/accountRepository.js';
import type { AuditRepository } from '../graph/repositories/auditRepository.js';
import type { GraphRepositories } from '../graph/repositories/index.js';
import type { SessionRepository } from '../graph/repositories/sessionRepository.js';
import type { EventBus } from '../messaging/events/eventBus.js';
import type { MailPort } from '../messaging/mail/mailPort.js';
import type { SearchIndex } from '../search/searchIndex.js';
import type { JobQueue } from '../workers/jobQueue.js';
import type { SignInGuard } from './accounts/signInGuard.js';

/** Called after a member is erased from the graph (e.g. the search index drops their document). */
export type MemberErasedHook = (memberId: string) => Promise<void>;

export interface Services {
  config: Config;
  graph: GraphStore;
  repositories: GraphRepositories;
  taxonomy: Taxonomy;
  /** The derived search index (SQLite FTS5 embedded, Meilisearch with MEILI_URL); the sync job keeps it in step. */
  search: SearchIndex;
  accounts: AccountRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  signInGuard: SignInGuard;
  /** Where password-reset mails go; when absent, buildApp writes them to the app log. */
  mail?: MailPort;
  /** Run in order after an erasure; add to this list to clean derived stores. */
  onMemberErased: MemberErasedHook[];
  /** Where the API enqueues jobs (in-process runner, or BullMQ when REDIS_URL is set). */
  jobs: JobQueue;
  /** Live events for the GraphQL subscriptions (in memory, or Redis pub/sub across instances). */
  events: EventBus;
  /** Whether the viewer takes part in the bid (set by the bids module); without it only admins follow bids. */
  isBidMember?: BidMembershipCheck;
}

export type BidMembershipCheck = (viewer: Viewer, bidId: string) => Promise<boolean>;
