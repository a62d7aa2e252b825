// Baseline for benchmarks and tests: take pairs by decreasing score (input
// order among equals) while the mentee is free and the mentor has room. Fast,
// but neither the matched count nor the total score is optimal in general.
import type { MentorPair, MentorProblem, MentorSolution } from '../../../domain/problems/mentors.js';
import { solutionFrom } from './assignMentors.js';

export function greedyAssignment(problem: MentorProblem): MentorSolution {
  const menteeIndex = new Map(problem.mentees.map((m, i) => [m.id, i]));
  const remaining = new Map(problem.mentors.map((m) => [m.id, m.capacity]));
  const hasPair = new Uint8Array(problem.mentees.length);
  for (const pair of problem.pairs) hasPair[menteeIndex.get(pair.mentee)!] = 1;
  const order = problem.pairs
    .map((_, p) => p)
    .sort((a, b) => problem.pairs[b]!.score - problem.pairs[a]!.score);
  const chosen: (MentorPair | undefined)[] = new Array(problem.mentees.length);
  for (const p of order) {
    const pair = problem.pairs[p]!;
    const i = menteeIndex.get(pair.mentee)!;
    const room = remaining.get(pair.mentor)!;
    if (chosen[i] || room <= 0) continue;
    chosen[i] = { ...pair };
    remaining.set(pair.mentor, room - 1);
  }
  return solutionFrom(problem, chosen, hasPair);
}
