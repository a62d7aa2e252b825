// The allowed (mentor, mentee) pairs with their scores and reasons: the pair
// scores of workers/matching/mentorAssignment (skills, level, shared language
// required, filière, distance in person, past feedback), then the product's own
// rules: the ways of meeting must fit, and excluded pairs (declined in this
// round, already mentoring) are left out.
import type { MentorProblem } from '../../domain/problems/mentors.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import { buildMentorProblem, type PairReason } from '../matching/mentorAssignment/index.js';
import { modesFit } from './mentoringModes.js';
import type { Mentee, Mentor } from './mentoringParticipants.js';

export interface CandidatePairs {
  problem: MentorProblem;
  /** Parallel to `problem.pairs`. */
  reasons: PairReason[][];
}

export type PairExclusion = (mentorId: string, menteeId: string) => boolean;

export const pairKey = (mentorId: string, menteeId: string) => `${mentorId}\u0000${menteeId}`;

export function candidatePairs(
  mentees: readonly Mentee[],
  mentors: readonly Mentor[],
  taxonomy: Taxonomy,
  excluded: PairExclusion,
): CandidatePairs {
  const built = buildMentorProblem(
    mentees.map((m) => m.scoring),
    mentors.map((m) => m.scoring),
    taxonomy,
  );
  const menteeMode = new Map(mentees.map((m) => [m.request.memberId, m.request.mode]));
  const mentorMode = new Map(mentors.map((m) => [m.offer.memberId, m.offer.mode]));
  const pairs: MentorProblem['pairs'] = [];
  const reasons: PairReason[][] = [];
  built.problem.pairs.forEach((pair, i) => {
    if (!modesFit(menteeMode.get(pair.mentee)!, mentorMode.get(pair.mentor)!)) return;
    if (excluded(pair.mentor, pair.mentee)) return;
    pairs.push(pair);
    reasons.push(built.pairReasons[i]!);
  });
  return { problem: { ...built.problem, pairs }, reasons };
}
