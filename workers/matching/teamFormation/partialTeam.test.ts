import { describe, expect, it } from 'vitest';
import { InfeasibleError } from '../../../domain/errors.js';
import { parseTeamProblem } from '../../../domain/problems/team.js';
import { solveTeam } from './index.js';
import { solveTeamOrPartial } from './partialTeam.js';
import { randomTeamProblem } from './testing/randomTeamProblem.js';
import { feasibilityViolation } from './testing/teamOracle.js';

const known = { knownSkills: new Set(['glazing', 'kiln-firing', 'woodwork']) };

describe('solveTeamOrPartial', () => {
  it('returns the full teams, with nothing uncovered, when a team exists', () => {
    const problem = parseTeamProblem(
      {
        candidates: [
          { id: 'a', skills: { glazing: 3 } },
          { id: 'b', skills: { 'kiln-firing': 4 } },
        ],
        requirements: [
          { skill: 'glazing', minLevel: 3, count: 1 },
          { skill: 'kiln-firing', minLevel: 3, count: 1 },
        ],
      },
      known,
    );
    const solution = solveTeamOrPartial(problem);
    expect(solution.uncovered).toEqual([]);
    expect(solution.teams[0]?.members).toEqual(['a', 'b']);
  });

  it('proposes the best partial team and names the requirement nobody covers (glazing 3 + kiln firing 3)', () => {
    const problem = parseTeamProblem(
      {
        candidates: [
          { id: 'a', skills: { glazing: 4, 'kiln-firing': 3 } },
          { id: 'b', skills: { glazing: 3 } },
          { id: 'c', skills: { woodwork: 5, 'kiln-firing': 2 } },
        ],
        edges: [['a', 'b']],
        requirements: [
          { skill: 'glazing', minLevel: 3, count: 1 },
          { skill: 'kiln-firing', minLevel: 3, count: 2 },
          { skill: 'woodwork', minLevel: 3, count: 1 },
        ],
        mustInclude: [],
      },
      known,
    );
    expect(() => solveTeam(problem)).toThrow(InfeasibleError);
    const solution = solveTeamOrPartial(problem);
    // Only a holds kiln firing ≥ 3: one of its two slots stays empty; b takes glazing, c woodwork.
    expect(solution.uncovered).toEqual([{ skill: 'kiln-firing', minLevel: 3, count: 2, missing: 1 }]);
    expect(solution.teams[0]?.members).toEqual(['a', 'b', 'c']);
    expect(solution.teams[0]?.assignment).toEqual([
      { member: 'b', skill: 'glazing' },
      { member: 'a', skill: 'kiln-firing' },
      { member: 'c', skill: 'woodwork' },
    ]);
  });

  it('keeps the members who count themselves in, even when nobody covers anything', () => {
    const problem = parseTeamProblem(
      {
        candidates: [{ id: 'me', skills: {} }],
        requirements: [{ skill: 'glazing', minLevel: 3, count: 1 }],
        mustInclude: ['me'],
      },
      known,
    );
    const solution = solveTeamOrPartial(problem);
    expect(solution.uncovered).toEqual([{ skill: 'glazing', minLevel: 3, count: 1, missing: 1 }]);
    expect(solution.teams).toEqual([]);
  });

  it('on random problems, a partial team is a valid team for the slots it fills and leaves the fewest empty', () => {
    let partial = 0;
    for (let seed = 1; seed <= 240; seed++) {
      const problem = parseTeamProblem(randomTeamProblem(seed));
      let solution: ReturnType<typeof solveTeamOrPartial>;
      try {
        solution = solveTeamOrPartial(problem, { method: 'exact' });
      } catch (error) {
        // Still infeasible: only a maxTeamSize too small for the slots that can be filled.
        expect(error).toBeInstanceOf(InfeasibleError);
        expect((error as Error).message).toMatch(/maxTeamSize/);
        continue;
      }
      if (solution.uncovered.length === 0) continue;
      partial++;
      const missing = new Map(solution.uncovered.map((u) => [u.skill, u.missing]));
      const reduced = {
        ...problem,
        requirements: problem.requirements
          .map((r) => ({ ...r, count: r.count - (missing.get(r.skill) ?? 0) }))
          .filter((r) => r.count > 0),
      };
      for (const team of solution.teams) expect(feasibilityViolation(reduced, team)).toBeNull();
      // One more slot of any uncovered requirement cannot be filled as well.
      for (const u of solution.uncovered) {
        const more = {
          ...reduced,
          requirements: [
            ...reduced.requirements.filter((r) => r.skill !== u.skill),
            { skill: u.skill, minLevel: u.minLevel, count: u.count - u.missing + 1 },
          ],
        };
        expect(() => solveTeam({ ...more, maxTeamSize: undefined }, { method: 'exact' })).toThrow(
          InfeasibleError,
        );
      }
    }
    expect(partial).toBeGreaterThan(20);
  });
});
