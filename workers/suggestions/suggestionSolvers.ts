// The registry of suggestion solvers: one per kind (team, mentor, filière, peer),
// each building its problem from the graph and running its algorithm. `solve`
// dispatches by kind; a kind whose solver this deployment lacks fails with an
// UnavailableError that names it.
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { UnavailableError } from '../../domain/errors.js';
import type { ProgressListener } from '../../domain/progress.js';
import type { EventBus } from '../../messaging/events/eventBus.js';
import type { SuggestionSolution, SuggestionsDeps, SuggestionsRequest } from '../processors/suggestions.js';
import type { SuggestionJobKind } from '../queues.js';

export type SuggestionSolver<K extends SuggestionJobKind> = (
  input: SuggestionsRequest<K>,
  onProgress: ProgressListener,
  signal: AbortSignal,
) => Promise<SuggestionSolution>;

export type SuggestionSolvers = { [K in SuggestionJobKind]?: SuggestionSolver<K> };

export interface SuggestionsRegistryOptions {
  solvers: SuggestionSolvers;
  /** Inserts or replaces suggestions by id (SuggestionRepository.upsert). */
  store(suggestions: Suggestion[]): Promise<void>;
  events?: EventBus;
  now?: () => number;
}

export function createSuggestionsDeps(options: SuggestionsRegistryOptions): SuggestionsDeps {
  const { solvers } = options;
  return {
    solve(kind, input, onProgress, signal) {
      const solver = solvers[kind] as SuggestionSolver<typeof kind> | undefined;
      if (!solver) {
        return Promise.reject(
          new UnavailableError(`No solver for ${kind} suggestions is registered in this deployment`),
        );
      }
      return solver(input, onProgress, signal);
    },
    store: (suggestions) => options.store(suggestions),
    events: options.events,
    now: options.now,
  };
}

/** The kinds that have a solver. */
export function registeredKinds(solvers: SuggestionSolvers): SuggestionJobKind[] {
  return (Object.keys(solvers) as SuggestionJobKind[]).filter((kind) => solvers[kind] !== undefined);
}
