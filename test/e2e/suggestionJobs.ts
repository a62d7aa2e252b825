// Runs a suggestions job through the real processor (solver → stored
// suggestions) without a queue, so tests know exactly when it is done.
import type { Services } from '../../services/services.js';
import { suggestions } from '../../workers/processors/suggestions.js';
import { type JobPayloadInput, suggestionsPayloadSchema } from '../../workers/queues.js';
import {
  createSuggestionsDeps,
  type SuggestionSolvers,
} from '../../workers/suggestions/suggestionSolvers.js';

let jobs = 0;

export async function runSuggestionsJob(
  services: Services,
  solvers: SuggestionSolvers,
  payload: JobPayloadInput<'suggestions'>,
): Promise<string[]> {
  const deps = createSuggestionsDeps({
    solvers,
    store: (stored) => services.repositories.suggestions.upsert(stored),
  });
  jobs += 1;
  const report = await suggestions(
    {
      id: `suggestions/test/${jobs}`,
      queue: 'suggestions',
      data: suggestionsPayloadSchema.parse(payload),
      attempt: 1,
      reportProgress: async () => {},
      signal: new AbortController().signal,
    },
    deps,
  );
  return report.suggestionIds;
}
