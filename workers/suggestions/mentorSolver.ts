// The mentor suggestions solver: a job with a `roundId` runs one matching pass
// of that mentoring round (the proposals become Mentorships and suggestions for
// each mentee); a job with a `menteeId` ranks the best mentors for that mentee.
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import { storeReasons } from '../mentoring/explainPair.js';
import { runMentoringPass } from '../mentoring/mentoringPass.js';
import { topMentors } from '../mentoring/mentorRanking.js';
import type { SuggestionSolver } from './suggestionSolvers.js';

export const MENTOR_ROUND_ALGORITHM = 'mentor-round-exact@1';
export const MENTOR_RANKING_ALGORITHM = 'mentor-ranking@1';

export function createMentorSolver(store: GraphStore, taxonomy: Taxonomy): SuggestionSolver<'mentor'> {
  const sources = graphRepositories(store);
  return async (input, onProgress, signal) => {
    if (input.roundId !== null) {
      const { proposed } = await runMentoringPass({ sources, taxonomy }, input.roundId, onProgress, signal);
      return {
        algorithmVersion: MENTOR_ROUND_ALGORITHM,
        suggestions: proposed.map((m) => ({
          subjectId: m.menteeId,
          targetIds: [m.mentorId],
          score: m.score ?? 0,
          explanation: m.explanation ?? '',
        })),
      };
    }
    const menteeId = input.menteeId!;
    onProgress({ phase: 'ranking mentors', done: 0, total: 1 });
    const ranked = await topMentors(sources, taxonomy, menteeId, input.limit);
    onProgress({ phase: 'done', done: 1, total: 1 });
    return {
      algorithmVersion: MENTOR_RANKING_ALGORITHM,
      suggestions: ranked.map((r) => ({
        subjectId: menteeId,
        targetIds: [r.mentorId],
        score: r.score,
        explanation: storeReasons(r.reasons),
      })),
    };
  };
}
