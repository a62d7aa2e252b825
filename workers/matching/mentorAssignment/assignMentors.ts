// Exact mentor assignment: maximise the number of matched mentees, then the
// total score, under mentor capacities (a maximum-weight b-matching), solved as
// a capacitated assignment with cost (unmatched mentees, Σ maxScore − score)
// minimised lexicographically: for a fixed number F of matched mentees the
// second term is F·maxScore − Σ score, so the optimum is exactly "most
// mentees, then highest total score".
//
// Precision: scores are scaled to integers (1e-6 steps by default, coarser only
// when scores are so large that the sums would leave float64's exact integer
// range), so two assignments whose totals differ by less than half a step per
// pair may be ranked as equal. The reported totalScore sums the input scores of
// the chosen pairs, rounded to 1e-9.
//
// Determinism: mentees are added in input order, their pairs are explored in
// input order and the search breaks ties by node index, so the same input
// always gives the same pairs.
import type {
  MentorPair,
  MentorProblem,
  MentorSolution,
  UnmatchedReason,
} from '../../../domain/problems/mentors.js';
import { solveCapacitatedAssignment } from './capacitatedAssignment.js';

/** Finest score step used when scaling scores to integers. */
export const SCORE_STEP = 1e-6;
const EXACT_INTEGER_LIMIT = 2 ** 52;

/** The integer scale for scores: 1 / SCORE_STEP unless sums of `terms` scores would lose integer exactness. */
export function scoreScale(maxScore: number, terms: number): number {
  const preferred = 1 / SCORE_STEP;
  if (maxScore <= 0) return preferred;
  return Math.min(preferred, EXACT_INTEGER_LIMIT / (maxScore * Math.max(1, terms)));
}

export function roundScore(total: number): number {
  return Math.round(total * 1e9) / 1e9;
}

export function assignMentors(problem: MentorProblem): MentorSolution {
  const { mentors, mentees, pairs } = problem;
  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const rows = mentees.length;

  // Pairs grouped by mentee (input order kept), skipping mentors without room.
  const rowStart = new Int32Array(rows + 1);
  const hasPair = new Uint8Array(rows);
  let maxScore = 0;
  for (const pair of pairs) {
    const i = menteeIndex.get(pair.mentee)!;
    hasPair[i] = 1;
    if (mentors[mentorIndex.get(pair.mentor)!]!.capacity > 0) rowStart[i + 1]!++;
    maxScore = Math.max(maxScore, pair.score);
  }
  for (let i = 0; i < rows; i++) rowStart[i + 1]! += rowStart[i]!;
  const scale = scoreScale(maxScore, pairs.length + rows);
  const maxScaled = Math.round(maxScore * scale);
  const edgeCount = rowStart[rows]!;
  const edgeColumn = new Int32Array(edgeCount);
  const edgeCost = new Float64Array(edgeCount);
  const edgePair = new Int32Array(edgeCount);
  const fill = rowStart.slice(0, rows);
  pairs.forEach((pair, p) => {
    const j = mentorIndex.get(pair.mentor)!;
    if (mentors[j]!.capacity === 0) return;
    const e = fill[menteeIndex.get(pair.mentee)!]!++;
    edgeColumn[e] = j;
    edgeCost[e] = maxScaled - Math.round(pair.score * scale);
    edgePair[e] = p;
  });

  const { assignedEdge } = solveCapacitatedAssignment({
    rows,
    capacity: Int32Array.from(mentors, (m) => m.capacity),
    rowStart,
    edgeColumn,
    edgeCost,
  });

  const chosen = Array.from(assignedEdge, (e): MentorPair | undefined =>
    e >= 0 ? { ...pairs[edgePair[e]!]! } : undefined,
  );
  return solutionFrom(problem, chosen, hasPair);
}

/** Builds the canonical solution from the pair chosen for each mentee (by mentee index). */
export function solutionFrom(
  problem: MentorProblem,
  chosen: readonly (MentorPair | undefined)[],
  hasPair: Uint8Array,
): MentorSolution {
  const result: MentorPair[] = [];
  const unmatched: { mentee: string; reason: UnmatchedReason }[] = [];
  let total = 0;
  problem.mentees.forEach((mentee, i) => {
    const pair = chosen[i];
    if (pair) {
      result.push(pair);
      total += pair.score;
    } else {
      unmatched.push({ mentee: mentee.id, reason: hasPair[i] ? 'capacity exhausted' : 'no allowed mentor' });
    }
  });
  return { pairs: result, matched: result.length, totalScore: roundScore(total), unmatched };
}
