import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { solveMatchProblem } from './match.js';

describe('solveMatchProblem', () => {
  it('answers a peer problem: a collaborator of a collaborator, with the shared neighbour', () => {
    const solution = solveMatchProblem('peers', {
      members: [
        { id: 'a', skills: ['ceramics'] },
        { id: 'b', skills: ['woodworking'] },
        { id: 'c', skills: ['ceramics'] },
      ],
      collaborations: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
      member: 'a',
      k: 5,
    }) as { member: string; suggestions: { member: string; sharedNeighbours: string[] }[] };
    expect(solution.member).toBe('a');
    expect(solution.suggestions.map((s) => [s.member, s.sharedNeighbours])).toEqual([['c', ['b']]]);
  });

  it('refuses --explain and --verbose outside team problems, naming the option', () => {
    const problem = { nodes: ['a'], edges: [] };
    expect(() => solveMatchProblem('communities', problem, { explain: true })).toThrow(BadUserInputError);
    expect(() =>
      solveMatchProblem('mentors', { mentors: [], mentees: [], pairs: [] }, { verbose: true }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: '--verbose' }));
    expect(() => solveMatchProblem('peers', problem, { timeBudget: 100 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: '--time-budget' }),
    );
    expect(solveMatchProblem('communities', problem)).toMatchObject({ communities: [['a']] });
  });
});
