// The solving pipeline shared by plain and replacement problems: feasibility
// (exact, with the reason when there is no team), the heuristic (always: it is
// cheap and gives the exact search its first threshold), then the exact search
// when the pool is small enough or when asked, within a node budget and an
// optional time budget (anytime: the heuristic's first team is always there,
// the exact search improves on it until the budget runs out). The report
// carries a proven lower bound and the gap between it and the best team.
import type { Team, TeamSolution } from '../../../domain/problems/team.js';
import { BestTeams, type FoundTeam } from './bestTeams.js';
import { exactTeams } from './exactSolver.js';
import { explainTeam } from './explainTeam.js';
import { assertFeasible } from './feasibility.js';
import { heuristicTeams } from './heuristicSolver.js';
import { DistanceRows } from './hopDistances.js';
import { rootLowerBound } from './rootLowerBound.js';
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
  /**
   * Wall-clock budget of the whole solve in milliseconds (absent: none, only
   * the node budget). The heuristic's teams are always returned; the exact
   * search stops when the budget is spent, reporting the gap it has proven.
   */
  timeBudgetMs?: number;
  /** The clock the time budget is measured with, in milliseconds (default performance.now). */
  now?: () => number;
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
  const now = options.now ?? (() => performance.now());
  const deadline = options.timeBudgetMs === undefined ? undefined : now() + options.timeBudgetMs;
  const matching = assertFeasible(instance);
  const best = new BestTeams(instance.k);
  const rows = new DistanceRows(instance.graph);
  heuristicTeams(instance, rows, best, matching.holder, { starts: options.starts });
  let solver: TeamSolution['solver'] = { method: 'heuristic', optimal: false, searchNodes: 0 };
  let lowerBound: number | undefined;
  if (wantsExact(instance, options)) {
    const search =
      deadline !== undefined && now() >= deadline
        ? undefined
        : exactTeams(instance, best, {
            nodeBudget: options.nodeBudget ?? DEFAULT_NODE_BUDGET,
            deadline,
            now,
          });
    // Out of time before the search could start: the heuristic's teams stand, with the root bound.
    if (!search?.started) solver.stoppedBy = 'timeBudget';
    else {
      solver = { method: 'exact', optimal: search.complete, searchNodes: search.nodes };
      if (search.stoppedBy) solver.stoppedBy = search.stoppedBy;
      // Every team is above the root bound; the unexplored ones are above their own.
      lowerBound = Math.max(search.rootBound, search.unexploredBound);
    }
  }
  lowerBound ??= rootLowerBound(instance, rows);
  const found = best.list();
  const bestObjective = found[0]?.objective ?? Number.POSITIVE_INFINITY;
  solver.lowerBound = Math.min(lowerBound, bestObjective);
  solver.gap = relativeGap(bestObjective, solver.lowerBound);
  if (options.timeBudgetMs !== undefined) solver.timeBudgetMs = options.timeBudgetMs;
  const teams = found.map((team) => toTeam(instance, team));
  if (options.explain) {
    for (const team of teams) team.explanation = explainTeam(instance.problem, team, instance.graph);
  }
  return { teams, solver };
}

/** (best − bound) / best, 0 when proven optimal, rounded to 4 digits. */
function relativeGap(best: number, bound: number): number {
  if (!(best > bound)) return 0;
  return Math.round(((best - Math.max(0, bound)) / best) * 1e4) / 1e4;
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
