// The suggestions job: team, mentor, filière and peer suggestions. The processor
// is the contract between the queue and the matching algorithms: `solve` builds
// the problem from the graph and runs the algorithm of that kind (workers/matching),
// `store` writes the suggestions; then the members concerned are notified on the
// event bus (`mySuggestions`). Suggestion ids derive from the job and the
// suggestion, so a re-run stores the same suggestions again, not new ones.
import type { SuggestedTeam } from '../../domain/entities/suggestedTeam.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import type { ProgressListener } from '../../domain/progress.js';
import { type EventBus, topics } from '../../messaging/events/eventBus.js';
import type { JobContext } from '../jobQueue.js';
import { payloadHash } from '../payloadHash.js';
import type { SuggestionJobKind, SuggestionsPayload } from '../queues.js';
import { progressListener } from './progressListener.js';

/** One suggestion as an algorithm proposes it. */
export interface SuggestionDraft {
  /** The tender (team), mentee (mentor), filière or "network" (filière), member (peer) it is for. */
  subjectId: string;
  /** The members (or skills, for a new filière) suggested. */
  targetIds: string[];
  score: number;
  /** Human-readable reasons, never a bare score. */
  explanation: string;
  /** Team suggestions: who fills which requirement and the hop distance of every pair. */
  team?: SuggestedTeam;
}

export interface SuggestionSolution {
  /** Recorded on each suggestion, e.g. "team-bnb@1". */
  algorithmVersion: string;
  /** Best first. */
  suggestions: SuggestionDraft[];
}

export type SuggestionsRequest<K extends SuggestionJobKind> = Extract<SuggestionsPayload, { kind: K }>;

export interface SuggestionsDeps {
  /** Builds the problem of this kind from the graph and solves it. InfeasibleError: no suggestion is possible. */
  solve<K extends SuggestionJobKind>(
    kind: K,
    input: SuggestionsRequest<K>,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<SuggestionSolution>;
  /** Inserts or replaces suggestions by id. */
  store(suggestions: Suggestion[]): Promise<void>;
  events?: EventBus;
  now?: () => number;
}

export interface SuggestionsReport {
  kind: SuggestionJobKind;
  algorithmVersion: string;
  suggestionIds: string[];
}

export async function suggestions(
  job: JobContext<'suggestions'>,
  deps: SuggestionsDeps,
): Promise<SuggestionsReport> {
  const request = job.data;
  const now = deps.now?.() ?? Date.now();
  const solution = await deps.solve(request.kind, request, progressListener(job), job.signal);
  const stored: Suggestion[] = solution.suggestions.map((draft) => ({
    id: suggestionId(job.id, draft),
    kind: request.kind,
    subjectId: draft.subjectId,
    targetIds: [...draft.targetIds],
    score: draft.score,
    explanation: draft.explanation,
    status: 'new',
    algorithmVersion: solution.algorithmVersion,
    createdAt: now,
    ...(draft.team ? { team: draft.team } : {}),
  }));
  if (stored.length > 0) await deps.store(stored);
  if (deps.events) await notify(deps.events, job.id, request, stored, now);
  return {
    kind: request.kind,
    algorithmVersion: solution.algorithmVersion,
    suggestionIds: stored.map((s) => s.id),
  };
}

/** Same job, same subject and targets: same id. */
export function suggestionId(jobId: string, draft: Pick<SuggestionDraft, 'subjectId' | 'targetIds'>): string {
  return `sug_${payloadHash([jobId, draft.subjectId, draft.targetIds])}`;
}

/**
 * The member who asked sees every suggestion; for mentor and peer suggestions the
 * member each one is about sees it too (mentees learn about their mentors).
 */
async function notify(
  events: EventBus,
  jobId: string,
  request: SuggestionsPayload,
  stored: Suggestion[],
  at: number,
): Promise<void> {
  const byMember = new Map<string, string[]>([[request.requestedBy, stored.map((s) => s.id)]]);
  if (request.kind === 'mentor' || request.kind === 'peer') {
    for (const suggestion of stored) {
      if (suggestion.subjectId === request.requestedBy) continue;
      const ids = byMember.get(suggestion.subjectId) ?? [];
      ids.push(suggestion.id);
      byMember.set(suggestion.subjectId, ids);
    }
  }
  await Promise.all(
    [...byMember].map(([memberId, suggestionIds]) =>
      events.publish(topics.suggestions(memberId), {
        memberId,
        kind: request.kind,
        suggestionIds,
        jobId,
        at,
      }),
    ),
  );
}
