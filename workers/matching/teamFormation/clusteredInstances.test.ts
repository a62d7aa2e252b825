import { describe, expect, it } from 'vitest';
import { parseTeamProblem } from '../../../domain/problems/team.js';
import { loadReferenceData } from '../../../domain/referenceData.js';
import { solveTeam } from './index.js';
import { clusteredNetwork, clusteredTender } from './testing/clusteredTeamProblem.js';
import { skillPoolsOf } from './testing/skillPools.js';
import { feasibilityViolation, teamCost } from './testing/teamOracle.js';

// Network-shaped instances (clusters, real taxonomy skills): larger than brute
// force can check, so the heuristic is checked against the exact optimum.
describe('on network-shaped instances', () => {
  const pools = skillPoolsOf(loadReferenceData());
  const network = clusteredNetwork(11, 150, pools);
  const problems = Array.from({ length: 12 }, (_, i) =>
    parseTeamProblem(clusteredTender(100 + i, network, pools)),
  );

  it('auto mode proves the optimum, and the heuristic is never below it', () => {
    let exactMatches = 0;
    for (const problem of problems) {
      const exact = solveTeam(problem);
      expect(exact.solver).toMatchObject({ method: 'exact', optimal: true });
      const heuristic = solveTeam(problem, { method: 'heuristic' });
      for (const team of [...exact.teams, ...heuristic.teams]) {
        expect(feasibilityViolation(problem, team)).toBeNull();
        expect(team.cost).toBe(teamCost(problem, team.members));
      }
      expect(heuristic.teams[0]!.cost).toBeGreaterThanOrEqual(exact.teams[0]!.cost);
      if (heuristic.teams[0]!.cost === exact.teams[0]!.cost) exactMatches++;
    }
    expect(exactMatches).toBeGreaterThanOrEqual(problems.length / 2);
  });

  it('returns k distinct teams from both solvers', () => {
    const problem = { ...problems[0]!, k: 5 };
    for (const method of ['exact', 'heuristic'] as const) {
      const { teams } = solveTeam(problem, { method });
      expect(teams).toHaveLength(5);
      expect(new Set(teams.map((t) => t.members.join(','))).size).toBe(5);
      const costs = teams.map((t) => t.cost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
    }
  });

  it('the exact top-k is never worse, rank by rank, than the heuristic top-k', () => {
    const problem = { ...problems[1]!, k: 4 };
    const exact = solveTeam(problem, { method: 'exact' }).teams.map((t) => t.cost);
    const heuristic = solveTeam(problem, { method: 'heuristic' }).teams.map((t) => t.cost);
    for (const [rank, cost] of exact.entries()) expect(cost).toBeLessThanOrEqual(heuristic[rank]!);
  });
});
