// The ad-hoc "who could mentor me?" answer for one mentee: their allowed
// mentors who still have room, best score first (input order among equals).
import { BadUserInputError } from '../../../domain/errors.js';
import type { MentorProblem } from '../../../domain/problems/mentors.js';

export interface RankedMentor {
  mentor: string;
  score: number;
  /** Places the mentor still offers. */
  capacity: number;
}

export function rankMentors(problem: MentorProblem, mentee: string, n = 5): RankedMentor[] {
  if (!Number.isInteger(n) || n < 1) throw BadUserInputError.at(['n'], 'must be a whole number ≥ 1');
  if (!problem.mentees.some((m) => m.id === mentee)) {
    throw BadUserInputError.at(['mentee'], `unknown mentee "${mentee}"`);
  }
  const capacity = new Map(problem.mentors.map((m) => [m.id, m.capacity]));
  return problem.pairs
    .filter((pair) => pair.mentee === mentee && (capacity.get(pair.mentor) ?? 0) > 0)
    .map((pair) => ({ mentor: pair.mentor, score: pair.score, capacity: capacity.get(pair.mentor)! }))
    .sort((a, b) => b.score - a.score)
    .slice(0, n);
}
