import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../domain/errors.js';
import { parseMentorProblem } from '../../../domain/problems/mentors.js';
import { assignMentors } from './assignMentors.js';
import { buildMentorProblem } from './mentorProblemBuilder.js';
import type { MentoringOffer, MentoringRequest } from './pairScore.js';
import { craftsTaxonomy } from './testTaxonomy.js';

const taxonomy = craftsTaxonomy();
const request = (id: string, skill: string, languages = ['fr']): MentoringRequest => ({
  id,
  wanted: [{ skill, level: 1 }],
  languages,
  filieres: [],
  location: null,
  inPerson: false,
  consent: true,
});
const offer = (
  id: string,
  skill: string,
  capacity = 1,
  extra: Partial<MentoringOffer> = {},
): MentoringOffer => ({
  id,
  offered: [{ skill, level: 4 }],
  languages: ['fr'],
  filieres: [],
  location: null,
  capacity,
  consent: true,
  feedback: [],
  ...extra,
});

describe('buildMentorProblem', () => {
  const requests = [
    request('x', 'ceramics'),
    request('y', 'wheel-throwing'),
    request('z', 'photography', ['en']),
  ];
  const offers = [
    offer('potter', 'ceramics'),
    offer('thrower', 'wheel-throwing'),
    offer('sculptor', 'sculpture'),
    offer('full', 'ceramics', 0),
    offer('shy', 'ceramics', 1, { consent: false }),
    offer('photographer', 'photography', 1, { languages: ['nl'] }),
  ];

  it('keeps only allowed pairs, best first per mentee, with their reasons', () => {
    const { problem, pairReasons } = buildMentorProblem(requests, offers, taxonomy);
    expect(() => parseMentorProblem(problem)).not.toThrow();
    expect(problem.mentees.map((m) => m.id)).toEqual(['x', 'y', 'z']);
    expect(problem.mentors.map((m) => [m.id, m.capacity])).toContainEqual(['full', 0]);
    expect(problem.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual([
      'x-potter',
      'x-thrower',
      'x-sculptor',
      'y-thrower',
      'y-potter',
    ]);
    expect(pairReasons).toHaveLength(problem.pairs.length);
    expect(pairReasons[0]![0]).toMatchObject({ factor: 'skill', match: 'exact' });

    const solution = assignMentors(problem);
    expect(solution.matched).toBe(2);
    expect(solution.unmatched).toEqual([{ mentee: 'z', reason: 'no allowed mentor' }]);
  });

  it('caps the pairs per mentee', () => {
    const { problem } = buildMentorProblem(requests, offers, taxonomy, { maxPairsPerMentee: 1 });
    expect(problem.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['x-potter', 'y-thrower']);
  });

  it('rejects duplicate ids and bad capacities', () => {
    expect(() =>
      buildMentorProblem([request('x', 'ceramics'), request('x', 'ceramics')], offers, taxonomy),
    ).toThrow(BadUserInputError);
    expect(() => buildMentorProblem(requests, [offer('a', 'ceramics', -1)], taxonomy)).toThrow(
      /offers\.0\.capacity/,
    );
  });
});
