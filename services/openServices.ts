// The composition root: opens the process-wide services from the
// configuration (graph store, repositories, taxonomy, search index, queue,
// event bus, accounts and sessions) and closes them again; `passerelle start`,
// the worker process and the tests open them here, never through api/. The
// admin account of PASSERELLE_ADMIN_EMAIL / PASSERELLE_ADMIN_PASSWORD is
// created here, at every boot, when missing (idempotent).
import { Redis } from 'ioredis';
import type { Config } from '../domain/config.js';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import type { GraphStore } from '../graph/graphStore.js';
import { openGraphStore } from '../graph/openGraphStore.js';
import { AccountRepository } from '../graph/repositories/accountRepository.js';
import { AuditRepository } from '../graph/repositories/auditRepository.js';
import { graphRepositories } from '../graph/repositories/index.js';
import { SessionRepository } from '../graph/repositories/sessionRepository.js';
import { SignInFailureRepository } from '../graph/repositories/signInFailureRepository.js';
import { openEventBus } from '../messaging/events/openEventBus.js';
import { openSearchIndex } from '../search/openSearchIndex.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { dropMemberFromSearch } from '../search/sync/searchSyncJob.js';
import { type OpenJobQueueOptions, openJobQueue } from '../workers/openJobQueue.js';
import { ensureBootAdmin } from './accounts/bootAdmin.js';
import type { FailureCounter } from './accounts/failureCounter.js';
import { GraphFailureCounter } from './accounts/graphFailureCounter.js';
import { RedisFailureCounter } from './accounts/redisFailureCounter.js';
import { SignInGuard } from './accounts/signInGuard.js';
import { bidMembershipCheck } from './bids/bidWorkflow.js';
import type { Services } from './services.js';

/** Five wrong passwords for one e-mail or from one IP lock sign-in for 15 minutes. */
export const SIGN_IN_GUARD = { maxFailures: 5, windowMs: 15 * 60_000 };

export interface ServicesOptions {
  /** Queue settings and, with Redis, the key prefix shared by the queue and the event channels. */
  queue?: OpenJobQueueOptions;
}

export async function openServices(config: Config, options: ServicesOptions = {}): Promise<Services> {
  const graph = await openGraphStore(config);
  const jobs = openJobQueue(config, options.queue);
  const events = openEventBus(config, { channelPrefix: options.queue?.prefix });
  let search: SearchIndex | undefined;
  try {
    await graph.migrate();
    const taxonomy = new Taxonomy(loadReferenceData().skills);
    search = await openSearchIndex(config, { taxonomy });
    const repositories = graphRepositories(graph);
    const services: Services = {
      config,
      graph,
      repositories,
      taxonomy,
      search,
      accounts: new AccountRepository(graph),
      sessions: new SessionRepository(graph),
      audit: new AuditRepository(graph),
      signInGuard: new SignInGuard(SIGN_IN_GUARD, failureCounter(config, graph, options.queue?.prefix)),
      // The erasure transaction already deletes the member's suggestions (graph/repositories/erasureRepository.ts).
      onMemberErased: [(memberId) => repositories.filiereProposals.forgetMember(memberId)],
      jobs,
      events,
      isBidMember: bidMembershipCheck(repositories.bids),
    };
    // Reads services.search at call time: tests (and a recovery) may reopen the index.
    services.onMemberErased.push((memberId) =>
      dropMemberFromSearch(repositories.searchFeed, services.search, memberId),
    );
    await ensureBootAdmin(services);
    return services;
  } catch (error) {
    await Promise.allSettled([jobs.close(), events.close(), search?.close()]);
    await graph.close();
    throw error;
  }
}

/** Redis when configured (shared by every API instance), the graph otherwise (survives a restart). */
function failureCounter(config: Config, graph: GraphStore, prefix = 'passerelle'): FailureCounter {
  if (!config.REDIS_URL) return new GraphFailureCounter(new SignInFailureRepository(graph));
  const redis = new Redis(config.REDIS_URL, {
    maxRetriesPerRequest: 1,
    connectionName: `${prefix}:sign-in-guard`,
  });
  redis.on('error', () => {});
  return new RedisFailureCounter(redis, prefix);
}

/** Closes the queue (draining the workers started on it) before the stores the workers write to. */
export async function closeServices(services: Services): Promise<void> {
  await services.signInGuard.close();
  await services.jobs.close();
  await services.events.close();
  await services.search.close();
  await services.graph.close();
}
