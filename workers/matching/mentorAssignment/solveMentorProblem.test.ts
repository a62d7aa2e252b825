import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../domain/errors.js';
import { rankMentors, solveMentorProblem } from './index.js';

function problemsOf(json: unknown): { path: string; message: string }[] {
  try {
    solveMentorProblem(json);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).problems.map((p) => ({ path: p.path.join('.'), message: p.message }));
  }
  throw new Error('expected a BadUserInputError');
}

const valid = {
  mentors: [
    { id: 'a', capacity: 2 },
    { id: 'b', capacity: 1 },
  ],
  mentees: [{ id: 'x' }, { id: 'y' }],
  pairs: [
    { mentor: 'a', mentee: 'x', score: 0.8 },
    { mentor: 'b', mentee: 'x', score: 0.6 },
  ],
};

describe('solveMentorProblem', () => {
  it('solves the canonical example', () => {
    expect(solveMentorProblem(valid)).toEqual({
      pairs: [{ mentor: 'a', mentee: 'x', score: 0.8 }],
      matched: 1,
      totalScore: 0.8,
      unmatched: [{ mentee: 'y', reason: 'no allowed mentor' }],
    });
  });

  it('names the field of a negative capacity or score', () => {
    const problems = problemsOf({
      ...valid,
      mentors: [{ id: 'a', capacity: -1 }, valid.mentors[1]],
      pairs: [valid.pairs[0], { mentor: 'b', mentee: 'x', score: -0.5 }],
    });
    expect(problems.map((p) => p.path)).toEqual(['mentors.0.capacity', 'pairs.1.score']);
  });

  it('rejects fractional capacities and missing lists', () => {
    expect(problemsOf({ ...valid, mentors: [{ id: 'a', capacity: 1.5 }] })[0]!.path).toBe(
      'mentors.0.capacity',
    );
    expect(problemsOf({ mentors: [], mentees: [] })[0]!.path).toBe('pairs');
  });

  it('reports duplicate ids, unknown references and repeated pairs, all at once', () => {
    const problems = problemsOf({
      mentors: [
        { id: 'a', capacity: 1 },
        { id: 'a', capacity: 2 },
      ],
      mentees: [{ id: 'x' }, { id: 'x' }],
      pairs: [
        { mentor: 'a', mentee: 'x', score: 1 },
        { mentor: 'ghost', mentee: 'x', score: 1 },
        { mentor: 'a', mentee: 'nobody', score: 1 },
        { mentor: 'a', mentee: 'x', score: 0.5 },
      ],
    });
    expect(problems).toEqual([
      { path: 'mentors.1.id', message: 'duplicate id "a" (first at 0)' },
      { path: 'mentees.1.id', message: 'duplicate id "x" (first at 0)' },
      { path: 'pairs.1.mentor', message: 'unknown mentor "ghost"' },
      { path: 'pairs.2.mentee', message: 'unknown mentee "nobody"' },
      { path: 'pairs.3', message: 'duplicate of pairs.0' },
    ]);
  });
});

describe('rankMentors', () => {
  const problem = {
    mentors: [
      { id: 'a', capacity: 1 },
      { id: 'b', capacity: 0 },
      { id: 'c', capacity: 3 },
      { id: 'd', capacity: 1 },
    ],
    mentees: [{ id: 'x' }, { id: 'y' }],
    pairs: [
      { mentor: 'a', mentee: 'x', score: 0.5 },
      { mentor: 'b', mentee: 'x', score: 0.9 },
      { mentor: 'c', mentee: 'x', score: 0.7 },
      { mentor: 'd', mentee: 'x', score: 0.5 },
      { mentor: 'd', mentee: 'y', score: 1 },
    ],
  };

  it('ranks the mentee’s allowed mentors with room, best first, input order among equals', () => {
    expect(rankMentors(problem, 'x')).toEqual([
      { mentor: 'c', score: 0.7, capacity: 3 },
      { mentor: 'a', score: 0.5, capacity: 1 },
      { mentor: 'd', score: 0.5, capacity: 1 },
    ]);
    expect(rankMentors(problem, 'x', 1).map((r) => r.mentor)).toEqual(['c']);
  });

  it('rejects an unknown mentee or a bad count', () => {
    expect(() => rankMentors(problem, 'z')).toThrow(BadUserInputError);
    expect(() => rankMentors(problem, 'x', 0)).toThrow(/whole number/);
  });
});
