// Mentor assignment: the exact solver, the ad-hoc ranking, the product's pair
// scoring and the builder of canonical problems from requests and offers.
import { type MentorSolution, parseMentorProblem } from '../../../domain/problems/mentors.js';
import { assignMentors } from './assignMentors.js';

export { assignMentors, SCORE_STEP } from './assignMentors.js';
export { greedyAssignment } from './greedyAssignment.js';
export {
  type BuiltMentorProblem,
  buildMentorProblem,
  type MentorProblemBuilderOptions,
} from './mentorProblemBuilder.js';
export {
  type BlockingCause,
  DEFAULT_PAIR_SCORE_OPTIONS,
  type MentoringOffer,
  type MentoringRequest,
  type PairReason,
  type PairScore,
  type PairScoreOptions,
  type PairScoreWeights,
  type SkillAtLevel,
  scorePair,
} from './pairScore.js';
export { type RankedMentor, rankMentors } from './rankMentors.js';
export { SkillAffinity, type SkillMatch } from './skillAffinity.js';

/** Parses a canonical mentor problem (BadUserInputError naming the field) and solves it exactly. */
export function solveMentorProblem(json: unknown): MentorSolution {
  return assignMentors(parseMentorProblem(json));
}
