// When no team fills every slot of a tender: the best PARTIAL team. The most
// slots that distinct members can fill at once (a maximum matching of slots
// to eligible candidates) decides how many slots of each requirement stay
// filled; the problem with those reduced counts is then solved as usual, and
// the slots nobody could take are reported per requirement. Pure, like the
// rest of team formation: the product finds what relaxing would cover them.
import { InfeasibleError } from '../../../domain/errors.js';
import type { TeamProblem, TeamSolution } from '../../../domain/problems/team.js';
import { penaltiesFor } from './scoringPenalties.js';
import { matchOpenSlots } from './slotMatching.js';
import { type SolveTeamProblemOptions, solveTeam } from './solveTeam.js';
import { buildTeamInstance, plainSpec } from './teamInstance.js';

export interface UncoveredRequirement {
  skill: string;
  minLevel: number;
  /** The requirement's count. */
  count: number;
  /** Slots of it that no member of the best partial team fills. */
  missing: number;
}

export interface TeamSolutionWithGaps extends TeamSolution {
  /** Empty when the teams fill every slot; otherwise the requirements left (partly) uncovered. */
  uncovered: UncoveredRequirement[];
}

/**
 * The k best teams, or, when none fills every slot, the k best partial teams
 * and what they leave uncovered. Replacement problems and teams that cannot fit
 * maxTeamSize still throw InfeasibleError: there, a partial answer would mislead.
 */
export function solveTeamOrPartial(
  problem: TeamProblem,
  options: SolveTeamProblemOptions = {},
): TeamSolutionWithGaps {
  try {
    return { ...solveTeam(problem, options), uncovered: [] };
  } catch (error) {
    if (!(error instanceof InfeasibleError) || problem.replace) throw error;
    const { reduced, uncovered } = reducedProblem(problem, options);
    if (uncovered.length === 0) throw error;
    if (reduced.requirements.length === 0) {
      return { teams: [], solver: { method: 'exact', optimal: true, searchNodes: 0 }, uncovered };
    }
    return { ...solveTeam(reduced, options), uncovered };
  }
}

/** The problem with each requirement's count cut to what can be filled at once, and what was cut. */
export function reducedProblem(
  problem: TeamProblem,
  options: SolveTeamProblemOptions = {},
): { reduced: TeamProblem; uncovered: UncoveredRequirement[] } {
  const instance = buildTeamInstance(problem, plainSpec(problem, penaltiesFor(problem, options.scoring)));
  const { holder } = matchOpenSlots(instance);
  const filled = new Int32Array(problem.requirements.length);
  holder.forEach((c, s) => {
    if (c >= 0) filled[instance.requirements[instance.slotRequirement[s]!]!.index]!++;
  });
  const uncovered: UncoveredRequirement[] = [];
  const requirements = problem.requirements.flatMap((r, i) => {
    const count = filled[i]!;
    if (count < r.count) {
      uncovered.push({ skill: r.skill, minLevel: r.minLevel, count: r.count, missing: r.count - count });
    }
    return count > 0 ? [{ ...r, count }] : [];
  });
  return { reduced: { ...problem, requirements }, uncovered };
}
