// The solving pipeline shared by plain and replacement problems: feasibility
// (exact, with the reason when there is no team), the heuristic (always: it is
// cheap and gives the exact search its first threshold), then the exact search
// when the pool is small enough or when asked, within a node budget.
import type { Team, TeamSolution } from '../../../domain/problems/team.js';
import { BestTeams, type FoundTeam } from './bestTeams.js';
import { exactTeams } from './exactSolver.js';
import { explainTeam } from './explainTeam.js';
import { assertFeasible } from './feasibility.js';
import { heuristicTeams } from './heuristicSolver.js';
import { DistanceRows } from './hopDistances.js';
import { relevantCandidates, type TeamInstance } from './teamInstance.js';

export interface SolveTeamOptions {
  /** 'auto' (default) runs the exact search when the pool is small enough; 'heuristic' never does; 'exact' always does. */
  method?: 'auto' | 'exact' | 'heuristic';
  /** Branch-and-bound nodes before giving up on proving optimality (default 1,000,000: a few seconds on 2,000 candidates). */
  nodeBudget?: number;
  /** 'auto' runs the exact search when relevant candidates × (candidates + edges) stays below this (default 2e8). */
  exactWorkLimit?: number;
  /** Heuristic start points (default 8). */
  starts?: number;
  /** Attach an explanation to every team. */
  explain?: boolean;
}

export const DEFAULT_NODE_BUDGET = 1_000_000;
export const DEFAULT_EXACT_WORK_LIMIT = 2e8;

function wantsExact(instance: TeamInstance, options: SolveTeamOptions): boolean {
  const method = options.method ?? 'auto';
  if (method !== 'auto') return method === 'exact';
  const work =
    relevantCandidates(instance).length * (instance.graph.size + instance.graph.neighbours.length / 2);
  return work <= (options.exactWorkLimit ?? DEFAULT_EXACT_WORK_LIMIT);
}

export function solveInstance(instance: TeamInstance, options: SolveTeamOptions = {}): TeamSolution {
  const matching = assertFeasible(instance);
  const best = new BestTeams(instance.k);
  const rows = new DistanceRows(instance.graph);
  heuristicTeams(instance, rows, best, matching.holder, { starts: options.starts });
  let solver: TeamSolution['solver'] = { method: 'heuristic', optimal: false, searchNodes: 0 };
  if (wantsExact(instance, options)) {
    const search = exactTeams(instance, best, options.nodeBudget ?? DEFAULT_NODE_BUDGET);
    solver = { method: 'exact', optimal: search.complete, searchNodes: search.nodes };
  }
  const teams = best.list().map((found) => toTeam(instance, found));
  if (options.explain) {
    for (const team of teams) team.explanation = explainTeam(instance.problem, team, instance.graph);
  }
  return { teams, solver };
}

function toTeam(instance: TeamInstance, found: FoundTeam): Team {
  const { problem, ids } = instance;
  const slots = [
    ...instance.kept,
    ...[...found.holders].map((member, s) => ({
      member,
      requirement: instance.requirements[instance.slotRequirement[s]!]!.index,
    })),
  ].sort((a, b) => a.requirement - b.requirement || a.member - b.member);
  const members = [...new Set([...found.members, ...instance.kept.map((k) => k.member)])].sort(
    (a, b) => a - b,
  );
  const team: Team = {
    members: members.map((c) => ids[c]!),
    assignment: slots.map((s) => ({
      member: ids[s.member]!,
      skill: problem.requirements[s.requirement]!.skill,
    })),
    cost: found.cost,
  };
  if (instance.penalty) team.score = found.objective;
  return team;
}
