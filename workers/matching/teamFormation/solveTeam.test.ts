import { describe, expect, it } from 'vitest';
import { InfeasibleError } from '../../../domain/errors.js';
import { parseTeamProblem, type TeamProblem, type TeamSolution } from '../../../domain/problems/team.js';
import { solveTeam, solveTeamProblem } from './index.js';
import { randomTeamProblem } from './testing/randomTeamProblem.js';
import { allTeams, feasibilityViolation, plainSpecOf, teamCost } from './testing/teamOracle.js';

function expectValidTeams(problem: TeamProblem, solution: TeamSolution) {
  const keys = new Set<string>();
  let previous = Number.NEGATIVE_INFINITY;
  for (const team of solution.teams) {
    expect(feasibilityViolation(problem, team)).toBeNull();
    expect(team.cost).toBe(teamCost(problem, team.members));
    expect(team.cost).toBeGreaterThanOrEqual(previous);
    previous = team.cost;
    const key = [...team.members].sort().join(',');
    expect(keys.has(key)).toBe(false);
    keys.add(key);
  }
}

function solveOrInfeasible(problem: TeamProblem, method: 'exact' | 'heuristic'): TeamSolution | 'infeasible' {
  try {
    return solveTeam(problem, { method });
  } catch (error) {
    if (error instanceof InfeasibleError) return 'infeasible';
    throw error;
  }
}

describe('solveTeam against brute force', () => {
  const seeds = Array.from({ length: 240 }, (_, i) => i + 1);
  const problems = seeds.map((seed) => parseTeamProblem(randomTeamProblem(seed)));

  it('the exact solver finds the k best distinct teams with the same costs as exhaustive enumeration', () => {
    let feasible = 0;
    let multiple = 0;
    for (const problem of problems) {
      const expected = allTeams(problem, plainSpecOf(problem));
      const solution = solveOrInfeasible(problem, 'exact');
      if (expected.length === 0) {
        expect(solution).toBe('infeasible');
        continue;
      }
      feasible++;
      if (solution === 'infeasible')
        throw new Error(`seed gave infeasible, brute force found ${expected.length}`);
      expect(solution.solver).toMatchObject({ method: 'exact', optimal: true });
      expectValidTeams(problem, solution);
      const wanted = expected.slice(0, problem.k).map((t) => t.cost);
      expect(solution.teams.map((t) => t.cost)).toEqual(wanted);
      if (wanted.length > 1) multiple++;
    }
    // The generator must exercise both outcomes and k > 1.
    expect(feasible).toBeGreaterThan(100);
    expect(feasible).toBeLessThan(problems.length);
    expect(multiple).toBeGreaterThan(30);
  });

  it('the heuristic returns valid distinct teams, never cheaper than the optimum, and agrees on feasibility', () => {
    let optimalFirst = 0;
    let feasible = 0;
    for (const problem of problems) {
      const expected = allTeams(problem, plainSpecOf(problem));
      const solution = solveOrInfeasible(problem, 'heuristic');
      if (expected.length === 0) {
        expect(solution).toBe('infeasible');
        continue;
      }
      if (solution === 'infeasible') throw new Error('heuristic reported infeasible');
      feasible++;
      expect(solution.solver).toMatchObject({ method: 'heuristic', optimal: false });
      expectValidTeams(problem, solution);
      expect(solution.teams.length).toBeGreaterThan(0);
      expect(solution.teams.length).toBeLessThanOrEqual(problem.k);
      expect(solution.teams[0]!.cost).toBeGreaterThanOrEqual(expected[0]!.cost);
      if (solution.teams[0]!.cost === expected[0]!.cost) optimalFirst++;
    }
    expect(optimalFirst / feasible).toBeGreaterThan(0.9);
  });

  it('is deterministic', () => {
    const problem = problems[7]!;
    expect(solveOrInfeasible(problem, 'exact')).toEqual(solveOrInfeasible(problem, 'exact'));
    expect(solveOrInfeasible(problem, 'heuristic')).toEqual(solveOrInfeasible(problem, 'heuristic'));
  });
});

describe('solveTeamProblem', () => {
  // DESIGN.md's example, completed: m1 (mustInclude) is the only woodworker,
  // m2 and m3 the ceramists of its triangle; m4 is a ceramist further away.
  const example = {
    candidates: [
      { id: 'm1', skills: { ceramics: 2, woodwork: 2 } },
      { id: 'm2', skills: { ceramics: 3 } },
      { id: 'm3', skills: { ceramics: 5 } },
      { id: 'm4', skills: { ceramics: 4 } },
    ],
    edges: [
      ['m1', 'm2'],
      ['m2', 'm3'],
      ['m1', 'm3'],
      ['m3', 'm4'],
    ],
    requirements: [
      { skill: 'ceramics', minLevel: 3, count: 2 },
      { skill: 'woodwork', minLevel: 2, count: 1 },
    ],
    maxTeamSize: 6,
    mustInclude: ['m1'],
    exclude: [],
    k: 1,
  };

  it('solves the worked example of DESIGN.md', () => {
    expect(solveTeamProblem(example)).toEqual({
      teams: [
        {
          members: ['m1', 'm2', 'm3'],
          assignment: [
            { member: 'm2', skill: 'ceramics' },
            { member: 'm3', skill: 'ceramics' },
            { member: 'm1', skill: 'woodwork' },
          ],
          cost: 3,
        },
      ],
      solver: { method: 'exact', optimal: true, searchNodes: expect.any(Number), lowerBound: 3, gap: 0 },
    });
  });

  it('lists k distinct teams best first, fewer when fewer exist', () => {
    const { teams } = solveTeamProblem({ ...example, k: 10 });
    expect(teams.map((t) => t.members)).toEqual([
      ['m1', 'm2', 'm3'],
      ['m1', 'm3', 'm4'],
      ['m1', 'm2', 'm4'],
    ]);
    expect(teams.map((t) => t.cost)).toEqual([3, 4, 5]);
  });

  it('respects exclude and mustInclude', () => {
    const { teams } = solveTeamProblem({ ...example, exclude: ['m2'], k: 5 });
    expect(teams.map((t) => t.members)).toEqual([['m1', 'm3', 'm4']]);
    const withM4 = solveTeamProblem({ ...example, mustInclude: ['m1', 'm4'] });
    expect(withM4.teams[0]!.members).toContain('m4');
    expect(withM4.teams[0]!.members).toEqual(['m1', 'm3', 'm4']);
  });

  it('lets a mustInclude member fill a slot, which keeps the team small', () => {
    const { teams } = solveTeamProblem({ ...example, mustInclude: ['m1', 'm3'], maxTeamSize: 3 });
    expect(teams[0]!.members).toEqual(['m1', 'm2', 'm3']);
    expect(teams[0]!.assignment).toContainEqual({ member: 'm3', skill: 'ceramics' });
  });

  it('attaches explanations whose pair distances add up to the cost', () => {
    const [team] = solveTeamProblem({ ...example, mustInclude: ['m1', 'm4'] }, { explain: true }).teams;
    const explanation = team!.explanation!;
    expect(explanation.pairs.reduce((s, p) => s + p.distance, 0)).toBe(team!.cost);
    expect(explanation.pairs).toContainEqual({ a: 'm1', b: 'm4', distance: 2 });
    expect(explanation.members).toContainEqual({
      member: 'm4',
      mustInclude: true,
      fills: { skill: 'ceramics', minLevel: 3, level: 4 },
    });
  });

  it('treats unreachable pairs as distance 5 and caps long paths at 5', () => {
    const chain = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, skills: { painting: 3 } }));
    const edges = chain.slice(1).map((c, i) => [`c${i}`, c.id]);
    const problem = {
      candidates: [...chain, { id: 'far', skills: { photography: 3 } }],
      edges,
      requirements: [
        { skill: 'painting', minLevel: 1, count: 1 },
        { skill: 'photography', minLevel: 1, count: 1 },
      ],
      mustInclude: ['c0', 'c7'],
    };
    const { teams } = solveTeamProblem(problem, { explain: true });
    expect(teams[0]!.members).toEqual(['c0', 'c7', 'far']);
    expect(teams[0]!.cost).toBe(15);
    expect(teams[0]!.explanation!.pairs.map((p) => p.distance)).toEqual([5, 5, 5]);
  });

  it('reports an unproven optimum when the node budget runs out, with valid teams', () => {
    const problem = parseTeamProblem(randomTeamProblem(3, { minCandidates: 12, maxCandidates: 12 }));
    const solution = solveTeam(
      { ...problem, maxTeamSize: undefined, mustInclude: [], exclude: [] },
      {
        method: 'exact',
        nodeBudget: 2,
      },
    );
    expect(solution.solver).toMatchObject({
      method: 'exact',
      optimal: false,
      searchNodes: 2,
      stoppedBy: 'nodeBudget',
    });
    expect(solution.teams.length).toBeGreaterThan(0);
    for (const team of solution.teams)
      expect(
        feasibilityViolation({ ...problem, maxTeamSize: undefined, mustInclude: [], exclude: [] }, team),
      ).toBeNull();
  });
});

describe('infeasible problems', () => {
  const base = {
    candidates: [
      { id: 'a', skills: { ceramics: 4, woodworking: 3 } },
      { id: 'b', skills: { ceramics: 2, woodworking: 4 } },
      { id: 'c', skills: { painting: 5 } },
    ],
    edges: [['a', 'b']],
    requirements: [{ skill: 'ceramics', minLevel: 3, count: 1 }],
  };
  const infeasible = (json: unknown): InfeasibleError => {
    try {
      solveTeamProblem(json);
    } catch (error) {
      if (error instanceof InfeasibleError) return error;
      throw error;
    }
    throw new Error('expected InfeasibleError');
  };

  it('names a requirement nobody reaches the level of', () => {
    const error = infeasible({
      ...base,
      requirements: [
        { skill: 'painting', minLevel: 5, count: 1 },
        { skill: 'woodworking', minLevel: 5, count: 1 },
      ],
    });
    expect(error.code).toBe('INFEASIBLE');
    expect(error.message).toContain('"woodworking"');
    expect(error.message).toContain('no candidate has "woodworking" at level ≥ 5');
  });

  it('says when too few eligible candidates remain, and who was excluded', () => {
    const error = infeasible({
      ...base,
      requirements: [{ skill: 'woodworking', minLevel: 3, count: 2 }],
      exclude: ['b'],
    });
    expect(error.message).toContain('"woodworking"');
    expect(error.message).toContain('only 1 eligible candidate for 2 slots');
    expect(error.message).toContain('b excluded');
  });

  it('finds requirements that compete for the same members', () => {
    const error = infeasible({
      ...base,
      requirements: [
        { skill: 'ceramics', minLevel: 2, count: 1 },
        { skill: 'woodworking', minLevel: 3, count: 2 },
        { skill: 'painting', minLevel: 1, count: 1 },
      ],
    });
    expect(error.message).toContain('"ceramics"');
    expect(error.message).toContain('"woodworking"');
    expect(error.message).not.toContain('"painting"');
    expect(error.message).toContain('need 3 distinct members but only 2 candidates');
  });

  it('says when maxTeamSize is too small', () => {
    const error = infeasible({
      ...base,
      requirements: [
        { skill: 'ceramics', minLevel: 3, count: 1 },
        { skill: 'painting', minLevel: 1, count: 1 },
      ],
      mustInclude: ['b'],
      maxTeamSize: 2,
    });
    expect(error.message).toContain('maxTeamSize 2 is too small');
    expect(error.message).toContain('at least 3 members');
  });
});
