import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../domain/errors.js';
import { parseTeamProblem } from '../../../domain/problems/team.js';
import { parseProductScoring, productScore, solveTeam } from './index.js';
import { randomTeamProblem } from './testing/randomTeamProblem.js';
import { allTeams, plainSpecOf } from './testing/teamOracle.js';

const lille = { lat: 50.6292, lon: 3.0573 };
const brussels = { lat: 50.8503, lon: 4.3517 };

// Two equally well connected woodworkers for one slot, next to the ceramist.
const problem = parseTeamProblem({
  candidates: [
    { id: 'cer', skills: { ceramics: 4 }, availability: 1, location: lille },
    { id: 'near', skills: { woodworking: 4 }, availability: 0.2, location: lille },
    { id: 'far', skills: { woodworking: 4 }, availability: 0.9, location: brussels },
  ],
  edges: [
    ['cer', 'near'],
    ['cer', 'far'],
  ],
  requirements: [
    { skill: 'ceramics', minLevel: 3, count: 1 },
    { skill: 'woodworking', minLevel: 3, count: 1 },
  ],
  k: 2,
});

const chosen = (scoring: object) => solveTeam(problem, { scoring }).teams[0]!.members;

describe('product scoring', () => {
  it('with every weight at 0 gives the canonical solution, with score = cost', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = parseTeamProblem(randomTeamProblem(seed));
      let plain: ReturnType<typeof solveTeam>;
      try {
        plain = solveTeam(random);
      } catch {
        continue;
      }
      const scored = solveTeam(random, { scoring: { weights: { availability: 0, distance: 0, load: 0 } } });
      expect(scored.teams.map((t) => t.members)).toEqual(plain.teams.map((t) => t.members));
      for (const team of scored.teams) expect(team.score).toBe(team.cost);
    }
  });

  it('the exact solver minimises cost + penalties (checked by brute force), the heuristic never beats it', () => {
    let checked = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const random = parseTeamProblem(randomTeamProblem(seed));
      const expected = allTeams(random, plainSpecOf(random));
      if (expected.length === 0) continue;
      const openBids = Object.fromEntries(random.candidates.map((c, i) => [c.id, (seed * 7 + i * 3) % 4]));
      const scoring = { weights: { load: 0.75 }, openBids };
      const objective = (members: string[], cost: number) =>
        members.reduce((sum, id) => sum + 0.75 * openBids[id]!, cost);
      const best = Math.min(...expected.map((t) => objective(t.members, t.cost)));
      const exact = solveTeam(random, { method: 'exact', scoring });
      expect(exact.teams[0]!.score).toBeCloseTo(best, 9);
      expect(exact.teams[0]!.score).toBeCloseTo(objective(exact.teams[0]!.members, exact.teams[0]!.cost), 9);
      const heuristic = solveTeam(random, { method: 'heuristic', scoring });
      expect(heuristic.teams[0]!.score!).toBeGreaterThanOrEqual(best - 1e-9);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('prefers available members when availability weighs', () => {
    expect(chosen({ weights: { availability: 1 } })).toEqual(['cer', 'far']);
  });

  it('prefers members close to the tender when distance weighs', () => {
    expect(chosen({ weights: { distance: 1 }, place: lille })).toEqual(['cer', 'near']);
  });

  it('spreads the load: members already in open bids come last', () => {
    expect(chosen({ weights: { load: 1 }, openBids: { near: 0, far: 3 } })).toEqual(['cer', 'near']);
    expect(chosen({ weights: { load: 1 }, openBids: { near: 3 } })).toEqual(['cer', 'far']);
  });

  it('adds the weighted terms to the cost, in hops', () => {
    const scoring = parseProductScoring({
      weights: { availability: 2, distance: 1, load: 0.5 },
      place: lille,
      openBids: { far: 2 },
    });
    const km = 0; // near is in Lille
    const expected = 1 + 2 * (1 - 1) + 2 * (1 - 0.2) + (1 * km) / 50;
    expect(productScore(problem, { members: ['cer', 'near'], cost: 1 }, scoring)).toBeCloseTo(expected, 9);
    const scoredFar = productScore(problem, { members: ['cer', 'far'], cost: 1 }, scoring);
    expect(scoredFar).toBeGreaterThan(1 + 2 * 0.1 + 0.5 * 2 + 80 / 50);
    const solved = solveTeam(problem, {
      scoring: { weights: { availability: 2, distance: 1, load: 0.5 }, place: lille, openBids: { far: 2 } },
    });
    expect(solved.teams[0]!.score).toBeCloseTo(expected, 9);
    expect(solved.teams[1]!.score).toBeCloseTo(scoredFar, 9);
  });

  it.each([
    [{ weights: { load: -1 } }, 'scoring.weights.load'],
    [{ weights: { distance: 1 } }, 'scoring.place'],
    [{ weights: {}, kmPerUnit: 0 }, 'scoring.kmPerUnit'],
    [{ weights: {}, openBids: { near: -2 } }, 'scoring.openBids.near'],
  ])('rejects %j naming %s', (scoring, field) => {
    try {
      solveTeam(problem, { scoring });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).field).toBe(field);
    }
  });
});
