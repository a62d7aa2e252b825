// Replace mode: a member drops out of a formed team. Every other member stays,
// in the slot they hold; the free slot(s) go to someone else (never the
// leaving member), possibly to a member already in the team without a slot.

import { BadUserInputError } from '../../../domain/errors.js';
import {
  assertValidReplacement,
  type SlotAssignment,
  type TeamProblem,
  type TeamSolution,
} from '../../../domain/problems/team.js';
import type { ProductScoringInput } from './productScore.js';
import { penaltiesFor } from './scoringPenalties.js';
import { type SolveTeamOptions, solveInstance } from './solveInstance.js';
import { buildTeamInstance } from './teamInstance.js';

export interface CurrentTeam {
  /** Every member of the team (slot holders and members without a slot). */
  members: readonly string[];
  assignment: readonly SlotAssignment[];
}

export function replaceMember(
  problem: TeamProblem,
  currentTeam: CurrentTeam,
  leaving: string,
  k: number = problem.k,
  options: SolveTeamOptions & { scoring?: ProductScoringInput } = {},
): TeamSolution {
  const known = new Set(problem.candidates.map((c) => c.id));
  currentTeam.members.forEach((id, i) => {
    if (!known.has(id))
      throw BadUserInputError.at(['currentTeam', 'members', i], `unknown candidate "${id}"`);
  });
  if (!Number.isInteger(k) || k < 1) throw BadUserInputError.at(['k'], 'must be a whole number ≥ 1');
  assertValidReplacement(problem, { team: [...currentTeam.assignment], leaving }, ['currentTeam']);

  const stays = (id: string) => id !== leaving;
  const fixed = [
    ...new Set([
      ...currentTeam.members,
      ...currentTeam.assignment.map((s) => s.member),
      ...problem.mustInclude,
    ]),
  ].filter(stays);
  const instance = buildTeamInstance(problem, {
    fixed,
    kept: currentTeam.assignment.filter((s) => stays(s.member)),
    excluded: [...problem.exclude, leaving],
    penalty: penaltiesFor(problem, options.scoring),
    k,
  });
  return solveInstance(instance, options);
}
