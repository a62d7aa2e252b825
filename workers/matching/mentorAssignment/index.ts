// Mentor assignment: the exact solver, the ad-hoc ranking, the product's pair
// scoring and the builder of canonical problems from requests and offers.
import {
  type MentorProblem,
  type MentorSolution,
  parseMentorProblem,
} from '../../../domain/problems/mentors.js';
import { assignMentors } from './assignMentors.js';

export { assignMentors } from './assignMentors.js';
export { greedyAssignment } from './greedyAssignment.js';
export { type RankedMentor, rankMentors } from './rankMentors.js';

/** Parses a canonical mentor problem (BadUserInputError naming the field) and solves it exactly. */
export function solveMentorProblem(json: unknown): MentorSolution {
  const problem: MentorProblem = parseMentorProblem(json);
  return assignMentors(problem);
}
