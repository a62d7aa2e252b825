// The anytime solve: a first team whatever the budget, a search that stops at
// its deadline (read from an injected clock, so the tests never depend on the
// machine's speed), and a lower bound that is proven: never above the optimum.
import { describe, expect, it } from 'vitest';
import { parseTeamProblem, type TeamProblem } from '../../../domain/problems/team.js';
import { loadReferenceData } from '../../../domain/referenceData.js';
import { solveTeam } from './index.js';
import { clusteredNetwork, clusteredTender } from './testing/clusteredTeamProblem.js';
import { randomTeamProblem } from './testing/randomTeamProblem.js';
import { skillPoolsOf } from './testing/skillPools.js';
import { feasibilityViolation, teamCost } from './testing/teamOracle.js';

/** A clock that advances `step` milliseconds each time it is read. */
function tickingClock(step: number): () => number {
  let t = 0;
  return () => {
    t += step;
    return t;
  };
}

function expectValidTeams(problem: TeamProblem, teams: { members: string[]; cost: number }[]): void {
  expect(teams.length).toBeGreaterThan(0);
  for (const team of teams) {
    expect(feasibilityViolation(problem, team as never)).toBeNull();
    expect(team.cost).toBe(teamCost(problem, team.members));
  }
}

describe('anytime team formation', () => {
  const pools = skillPoolsOf(loadReferenceData());
  const network = clusteredNetwork(7, 300, pools);
  const problems = Array.from({ length: 8 }, (_, i) =>
    parseTeamProblem(clusteredTender(700 + i, network, pools)),
  );

  it('proves a lower bound never above the optimum, whatever stops the search', () => {
    // Three whose proofs take under 1,000 search nodes, to keep the test quick.
    for (const problem of [0, 2, 6].map((i) => problems[i]!)) {
      const exact = solveTeam(problem, { method: 'exact', nodeBudget: 10_000_000 });
      expect(exact.solver).toMatchObject({ optimal: true, gap: 0 });
      const optimum = exact.teams[0]!.cost;
      expect(exact.solver.lowerBound).toBe(optimum);
      const stopped = [
        solveTeam(problem, { method: 'heuristic' }),
        ...[1, 10, 100].map((nodeBudget) => solveTeam(problem, { method: 'exact', nodeBudget })),
        ...[2, 300].map((step) =>
          solveTeam(problem, { method: 'exact', timeBudgetMs: 1000, now: tickingClock(step) }),
        ),
      ];
      for (const { teams, solver } of stopped) {
        expectValidTeams(problem, teams);
        expect(teams[0]!.cost).toBeGreaterThanOrEqual(optimum);
        expect(solver.lowerBound).toBeLessThanOrEqual(optimum);
        expect(solver.gap).toBeGreaterThanOrEqual(0);
        expect(solver.gap).toBeLessThanOrEqual(1);
        if (!solver.optimal)
          expect(solver.gap).toBeCloseTo((teams[0]!.cost - solver.lowerBound!) / teams[0]!.cost, 3);
      }
    }
  });

  it('stops at the deadline with the teams found so far and says so', () => {
    // Its proof takes some 17,000 search nodes; the clock passes the budget
    // after 100 readings, one per 64 nodes.
    const problem = problems[1]!;
    const solution = solveTeam(problem, { method: 'exact', timeBudgetMs: 1000, now: tickingClock(10) });
    expect(solution.solver).toMatchObject({ stoppedBy: 'timeBudget', optimal: false, timeBudgetMs: 1000 });
    expectValidTeams(problem, solution.teams);
  });

  it('still answers with the heuristic’s team when the budget is spent before the search starts', () => {
    const problem = problems[3]!;
    const solution = solveTeam(problem, { timeBudgetMs: 0 });
    expect(solution.solver).toMatchObject({ method: 'heuristic', stoppedBy: 'timeBudget', timeBudgetMs: 0 });
    expectValidTeams(problem, solution.teams);
    expect(solution.solver.lowerBound).toBeLessThanOrEqual(solution.teams[0]!.cost);
  });

  it('is deterministic for a given clock', () => {
    const problem = problems[4]!;
    const run = () => solveTeam(problem, { method: 'exact', timeBudgetMs: 1000, now: tickingClock(7) });
    expect(run()).toEqual(run());
  });

  it('keeps the lower bound sound on small random problems (mustInclude, exclude, maxTeamSize, k)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const problem = parseTeamProblem(randomTeamProblem(seed));
      let optimum: number;
      try {
        optimum = solveTeam(problem, { method: 'exact' }).teams[0]!.cost;
      } catch {
        continue; // infeasible problems have no bound to check
      }
      for (const nodeBudget of [1, 3, 10]) {
        const { solver } = solveTeam(problem, { method: 'exact', nodeBudget });
        expect(solver.lowerBound, `seed ${seed}, ${nodeBudget} nodes`).toBeLessThanOrEqual(optimum);
      }
      expect(solveTeam(problem, { method: 'heuristic' }).solver.lowerBound).toBeLessThanOrEqual(optimum);
    }
  });
});
