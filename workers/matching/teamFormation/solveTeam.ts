// Entry points of team formation: solve a parsed problem (honouring its
// optional `replace` request) or raw JSON as given to `passerelle match team`.
import { parseTeamProblem, type TeamProblem, type TeamSolution } from '../../../domain/problems/team.js';
import type { ProductScoringInput } from './productScore.js';
import { replaceMember } from './replaceMember.js';
import { penaltiesFor } from './scoringPenalties.js';
import { type SolveTeamOptions, solveInstance } from './solveInstance.js';
import { buildTeamInstance, plainSpec } from './teamInstance.js';

export interface SolveTeamProblemOptions extends SolveTeamOptions {
  /** Product scoring on top of the canonical cost (absent: canonical cost only). */
  scoring?: ProductScoringInput;
}

/** The k best distinct teams; throws InfeasibleError (saying which requirement fails and why) when there is none. */
export function solveTeam(problem: TeamProblem, options: SolveTeamProblemOptions = {}): TeamSolution {
  if (problem.replace) {
    const { team, leaving } = problem.replace;
    const members = [...new Set([...team.map((s) => s.member), ...problem.mustInclude])];
    return replaceMember(problem, { members, assignment: team }, leaving, problem.k, options);
  }
  const instance = buildTeamInstance(problem, plainSpec(problem, penaltiesFor(problem, options.scoring)));
  return solveInstance(instance, options);
}

/** Parse + solve, for the CLI: BadUserInputError names the failing field, InfeasibleError means exit code 2. */
export function solveTeamProblem(json: unknown, options: SolveTeamProblemOptions = {}): TeamSolution {
  return solveTeam(parseTeamProblem(json), options);
}
