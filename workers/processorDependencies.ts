// The one place every processor's dependencies are built (import, collaboration
// graph, maintenance, search sync, suggestions), for both homes of the
// workers: `passerelle start` in embedded mode (in-process runner) and
// `passerelle worker` processes (BullMQ). Each suggestion solver is registered
// here and nowhere else.
import type { Taxonomy } from '../domain/taxonomy.js';
import type { GraphStore } from '../graph/graphStore.js';
import { importMemberFile } from '../graph/import/importMembers.js';
import { graphRepositories } from '../graph/repositories/index.js';
import type { EventBus } from '../messaging/events/eventBus.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { searchSyncJob } from '../search/sync/searchSyncJob.js';
import type { ProcessorDeps } from './processorMap.js';
import { createFiliereSolver } from './suggestions/filiereSolver.js';
import { createMentorSolver } from './suggestions/mentorSolver.js';
import { createPeerSolver } from './suggestions/peerSolver.js';
import {
  createSuggestionsDeps,
  registeredKinds,
  type SuggestionSolvers,
} from './suggestions/suggestionSolvers.js';
import { createTeamSolver } from './suggestions/teamSolver.js';

/** What the processors run on. */
export interface ProcessorSources {
  graph: GraphStore;
  events: EventBus;
  taxonomy: Taxonomy;
  /** The index the search-sync job writes to, read at each run; without it this process leaves that queue to others. */
  search?: () => SearchIndex;
}

/** Solvers are registered here: one line per kind, `kind: createXSolver(graph, …)`. */
export function suggestionSolvers(sources: ProcessorSources): SuggestionSolvers {
  return {
    team: createTeamSolver(sources.graph, sources.taxonomy),
    mentor: createMentorSolver(sources.graph, sources.taxonomy),
    filiere: createFiliereSolver(sources.graph, sources.taxonomy),
    peer: createPeerSolver(sources.graph, sources.taxonomy),
  };
}

export function buildProcessorDeps(sources: ProcessorSources): ProcessorDeps {
  const { graph, events } = sources;
  const solvers = suggestionSolvers(sources);
  const { suggestions, collaborations, sessions, signInFailures, searchFeed } = graphRepositories(graph);
  return {
    import: {
      importer: (source, onProgress, signal) => importMemberFile(graph, source, { onProgress, signal }),
    },
    collaborationGraph: { collaborations },
    maintenance: {
      purgeSessions: () => sessions.purge(),
      purgeSignInFailures: (before) => signInFailures.purgeStartedBefore(before),
    },
    ...(sources.search
      ? {
          searchSync: {
            search: searchSyncJob(searchFeed, sources.taxonomy, sources.search),
          },
        }
      : {}),
    // Without any solver this process leaves the suggestions queue to processes that have some.
    ...(registeredKinds(solvers).length > 0
      ? {
          suggestions: createSuggestionsDeps({
            solvers,
            store: (stored) => suggestions.upsert(stored),
            events,
          }),
        }
      : {}),
  };
}
