import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../errors.js';
import { parseTeamProblem } from './team.js';

const valid = {
  candidates: [
    { id: 'm1', skills: { ceramics: 4, woodworking: 2 } },
    { id: 'm2', skills: { ceramics: 3 }, availability: 0.5, location: { lat: 50.63, lon: 3.06 } },
    { id: 'm3', skills: { 'custom-skill': 5 } },
  ],
  edges: [['m1', 'm2']],
  requirements: [
    { skill: 'ceramics', minLevel: 3, count: 2 },
    { skill: 'custom-skill', minLevel: 1, count: 1 },
  ],
  maxTeamSize: 6,
  mustInclude: ['m1'],
  exclude: [],
  k: 1,
};

/** The taxonomy's skill ids, as the CLI passes them in (a few suffice here). */
const taxonomy = { knownSkills: new Set(['ceramics', 'woodworking', 'wheel-throwing']) };

function fieldsOf(json: unknown): string[] {
  try {
    parseTeamProblem(json, taxonomy);
  } catch (error) {
    if (error instanceof BadUserInputError) return error.problems.map((p) => p.path.join('.'));
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('parseTeamProblem', () => {
  it('accepts the canonical shape with arbitrary skill ids held by candidates, and fills defaults', () => {
    const problem = parseTeamProblem({ candidates: valid.candidates, requirements: valid.requirements });
    expect(problem.edges).toEqual([]);
    expect(problem.mustInclude).toEqual([]);
    expect(problem.exclude).toEqual([]);
    expect(problem.k).toBe(1);
    expect(problem.maxTeamSize).toBeUndefined();
    expect(parseTeamProblem(valid).candidates[1]!.location).toEqual({ lat: 50.63, lon: 3.06 });
  });

  it('accepts a taxonomy skill nobody holds (the problem is then infeasible, not malformed)', () => {
    expect(() =>
      parseTeamProblem(
        { ...valid, requirements: [{ skill: 'wheel-throwing', minLevel: 1, count: 1 }] },
        taxonomy,
      ),
    ).not.toThrow();
  });

  it('without the taxonomy passed in, accepts any skill nobody holds (the problem is then infeasible)', () => {
    const problem = parseTeamProblem(requirement({ skill: 'underwater-basket-weaving' }));
    expect(problem.requirements.map((r) => r.skill)).toContain('underwater-basket-weaving');
  });

  const requirement = (patch: object) => ({
    ...valid,
    requirements: [...valid.requirements, { skill: 'woodworking', minLevel: 1, count: 1, ...patch }],
  });

  it.each([
    ['a zero count', requirement({ count: 0 }), 'requirements.2.count'],
    ['a negative count', requirement({ count: -1 }), 'requirements.2.count'],
    ['minLevel 0', requirement({ minLevel: 0 }), 'requirements.2.minLevel'],
    ['minLevel 6', requirement({ minLevel: 6 }), 'requirements.2.minLevel'],
    [
      'a level of 0',
      { ...valid, candidates: [...valid.candidates, { id: 'm4', skills: { ceramics: 0 } }] },
      'candidates.3.skills.ceramics',
    ],
    [
      'a level of 6',
      { ...valid, candidates: [...valid.candidates, { id: 'm4', skills: { ceramics: 6 } }] },
      'candidates.3.skills.ceramics',
    ],
    ['k = 0', { ...valid, k: 0 }, 'k'],
    ['an edge that is not a pair', { ...valid, edges: [['m1', 'm2'], ['m1']] }, 'edges.1'],
    ['a negative maxTeamSize', { ...valid, maxTeamSize: -2 }, 'maxTeamSize'],
    [
      'availability above 1',
      { ...valid, candidates: [{ id: 'm9', skills: { ceramics: 3 }, availability: 1.5 }] },
      'candidates.0.availability',
    ],
    [
      'a duplicate candidate id',
      { ...valid, candidates: [...valid.candidates, { id: 'm2', skills: {} }] },
      'candidates.3.id',
    ],
    ['a duplicate requirement skill', requirement({ skill: 'ceramics' }), 'requirements.2.skill'],
    [
      'an edge to a missing id',
      {
        ...valid,
        edges: [
          ['m1', 'm2'],
          ['m1', 'ghost'],
        ],
      },
      'edges.1.1',
    ],
    ['a missing mustInclude id', { ...valid, mustInclude: ['ghost'] }, 'mustInclude.0'],
    ['a missing exclude id', { ...valid, exclude: ['m2', 'ghost'] }, 'exclude.1'],
    ['a member both included and excluded', { ...valid, exclude: ['m1'] }, 'exclude.0'],
    ['an unknown skill', requirement({ skill: 'underwater-basket-weaving' }), 'requirements.2.skill'],
    [
      'a replace slot for a missing member',
      { ...valid, replace: { team: [{ member: 'ghost', skill: 'ceramics' }], leaving: 'ghost' } },
      'replace.team.0.member',
    ],
    [
      'a replace slot of no requirement',
      { ...valid, replace: { team: [{ member: 'm2', skill: 'painting' }], leaving: 'm2' } },
      'replace.team.0.skill',
    ],
    [
      'a leaving member without a slot',
      { ...valid, replace: { team: [{ member: 'm2', skill: 'ceramics' }], leaving: 'm3' } },
      'replace.leaving',
    ],
    [
      'a leaving mustInclude member',
      { ...valid, replace: { team: [{ member: 'm1', skill: 'ceramics' }], leaving: 'm1' } },
      'replace.leaving',
    ],
    [
      'a member in two replace slots',
      {
        ...valid,
        replace: {
          team: [
            { member: 'm2', skill: 'ceramics' },
            { member: 'm2', skill: 'custom-skill' },
          ],
          leaving: 'm2',
        },
      },
      'replace.team.1.member',
    ],
  ])('rejects %s, naming the field', (_, json, field) => {
    expect(fieldsOf(json)).toContain(field);
  });

  it('reports every failing field at once, with a readable message', () => {
    try {
      parseTeamProblem({ ...valid, mustInclude: ['ghost'], edges: [['x', 'm1']] });
      expect.unreachable();
    } catch (error) {
      const e = error as BadUserInputError;
      expect(e.problems.map((p) => p.path.join('.'))).toEqual(['edges.0.0', 'mustInclude.0']);
      expect(e.message).toContain('unknown candidate "ghost"');
      expect(e.code).toBe('BAD_USER_INPUT');
    }
  });

  it('says which skill is unknown', () => {
    try {
      parseTeamProblem(requirement({ skill: 'underwater-basket-weaving' }), taxonomy);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('unknown skill "underwater-basket-weaving"');
    }
  });
});
