import { describe, expect, it } from 'vitest';
import { BadUserInputError, InfeasibleError } from '../../../domain/errors.js';
import { parseTeamProblem, type TeamProblem } from '../../../domain/problems/team.js';
import { replaceMember, solveTeam, solveTeamProblem } from './index.js';
import { randomTeamProblem } from './testing/randomTeamProblem.js';
import { allTeams, feasibilityViolation, teamCost } from './testing/teamOracle.js';

const problem = parseTeamProblem({
  candidates: [
    { id: 'lea', skills: { ceramics: 4 } },
    { id: 'max', skills: { ceramics: 3, woodworking: 4 } },
    { id: 'ines', skills: { woodworking: 5 } },
    { id: 'tom', skills: { woodworking: 3 } },
    { id: 'zoe', skills: { woodworking: 2 } },
    { id: 'sam', skills: { painting: 4, woodworking: 4 } },
  ],
  edges: [
    ['lea', 'max'],
    ['max', 'ines'],
    ['ines', 'tom'],
    ['lea', 'tom'],
    ['zoe', 'lea'],
  ],
  requirements: [
    { skill: 'ceramics', minLevel: 3, count: 1 },
    { skill: 'woodworking', minLevel: 3, count: 2 },
  ],
  k: 3,
});
const current = {
  members: ['lea', 'max', 'ines'],
  assignment: [
    { member: 'lea', skill: 'ceramics' },
    { member: 'max', skill: 'woodworking' },
    { member: 'ines', skill: 'woodworking' },
  ],
};

describe('replaceMember', () => {
  it('keeps every other member in their slot and never brings the leaving member back', () => {
    const { teams } = replaceMember(problem, current, 'ines', 3);
    expect(teams.length).toBe(2);
    for (const team of teams) {
      expect(team.members).not.toContain('ines');
      expect(team.assignment).toContainEqual({ member: 'lea', skill: 'ceramics' });
      expect(team.assignment).toContainEqual({ member: 'max', skill: 'woodworking' });
      expect(feasibilityViolation(problem, team)).toBeNull();
    }
    expect(teams.map((t) => t.members)).toEqual([
      ['lea', 'max', 'tom'],
      ['lea', 'max', 'sam'],
    ]);
    expect(teams.map((t) => t.cost)).toEqual([4, 11]);
  });

  it('throws InfeasibleError naming the slot when nobody else can take it', () => {
    expect(() => replaceMember(problem, current, 'lea', 1)).toThrow(InfeasibleError);
    expect(() => replaceMember(problem, current, 'lea', 1)).toThrow(
      /"ceramics".*no candidate|"ceramics".*only 0/,
    );
  });

  it('rejects a leaving member outside the team, or one who must be included', () => {
    expect(() => replaceMember(problem, current, 'tom', 1)).toThrow(BadUserInputError);
    const pinned = { ...problem, mustInclude: ['ines'] };
    try {
      replaceMember(pinned, current, 'ines', 1);
      expect.unreachable();
    } catch (error) {
      expect((error as BadUserInputError).field).toBe('currentTeam.leaving');
    }
  });

  it('is available through the `replace` field of the canonical JSON', () => {
    const json = {
      ...problem,
      k: 1,
      replace: { team: current.assignment, leaving: 'max' },
    };
    const { teams } = solveTeamProblem(json);
    expect(teams[0]!.members).not.toContain('max');
    expect(teams[0]!.assignment.filter((s) => s.member !== 'max')).toHaveLength(3);
    expect(teams[0]!.assignment).toContainEqual({ member: 'ines', skill: 'woodworking' });
  });

  it('matches brute force on random teams that lose a random member', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const random: TeamProblem = parseTeamProblem(randomTeamProblem(seed));
      let formed: ReturnType<typeof solveTeam>;
      try {
        formed = solveTeam({ ...random, k: 1 });
      } catch (error) {
        if (error instanceof InfeasibleError) continue;
        throw error;
      }
      const team = formed.teams[0]!;
      const holders = team.assignment.map((s) => s.member).filter((m) => !random.mustInclude.includes(m));
      const leaving = holders[seed % holders.length];
      if (!leaving) continue;
      const kept = team.assignment.filter((s) => s.member !== leaving);
      const fixed = team.members.filter((m) => m !== leaving);
      const expected = allTeams(random, { fixed, kept, excluded: [...random.exclude, leaving] });
      let replaced: ReturnType<typeof solveTeam> | 'infeasible';
      try {
        replaced = replaceMember(random, team, leaving, 2);
      } catch (error) {
        if (!(error instanceof InfeasibleError)) throw error;
        replaced = 'infeasible';
      }
      if (expected.length === 0) {
        expect(replaced).toBe('infeasible');
        continue;
      }
      if (replaced === 'infeasible') throw new Error(`seed ${seed}: replacement reported infeasible`);
      checked++;
      expect(replaced.teams.map((t) => t.cost)).toEqual(expected.slice(0, 2).map((t) => t.cost));
      for (const t of replaced.teams) {
        expect(t.members).not.toContain(leaving);
        for (const slot of kept) expect(t.assignment).toContainEqual(slot);
        expect(feasibilityViolation(random, t)).toBeNull();
        expect(t.cost).toBe(teamCost(random, t.members));
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
