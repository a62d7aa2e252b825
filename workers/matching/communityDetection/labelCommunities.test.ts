import { describe, expect, it } from 'vitest';
import { craftsTaxonomy } from '../mentorAssignment/testTaxonomy.js';
import { labelCommunities } from './labelCommunities.js';

describe('labelCommunities', () => {
  const taxonomy = craftsTaxonomy();
  const skills = new Map<string, string[]>([
    ['p1', ['wheel-throwing']],
    ['p2', ['ceramics', 'wheel-throwing']],
    ['p3', ['ceramics', 'photography']],
    ['w1', ['woodworking']],
    ['w2', ['woodworking', 'photography']],
    ['w3', ['woodworking', 'sculpture']],
  ]);

  it('names each community by its most characteristic skills, counting broader skills', () => {
    const [potters, woodworkers] = labelCommunities(
      [
        ['p1', 'p2', 'p3'],
        ['w1', 'w2', 'w3'],
      ],
      skills,
      taxonomy,
      ['en', 'fr'],
      { top: 2 },
    );
    // wheel-throwing: 2 of 3 potters, 2 of 6 overall → 2/3 × ln 3 ≈ 0.732.
    expect(potters!.skills[0]).toMatchObject({ skill: 'wheel-throwing', score: 0.732408, share: 0.666667 });
    // ceramics: all 3 potters (p1 through wheel-throwing), 3 of 6 overall → 1 × ln 2 ≈ 0.693.
    expect(potters!.skills[1]).toEqual({
      skill: 'ceramics',
      score: Math.round(Math.LN2 * 1e6) / 1e6,
      share: 1,
      labels: { en: 'ceramics', fr: 'ceramics (fr)' },
    });
    expect(potters!.label).toEqual({
      en: 'wheel throwing · ceramics',
      fr: 'wheel throwing (fr) · ceramics (fr)',
    });
    expect(woodworkers!.skills[0]!.skill).toBe('woodworking');
    expect(woodworkers!.size).toBe(3);
    // Everybody is in crafts: idf 0, never a label.
    for (const label of [potters!, woodworkers!])
      expect(label.skills.map((s) => s.skill)).not.toContain('crafts');
  });

  it('gives an empty label to a community without distinctive skills', () => {
    const [only] = labelCommunities([['w1']], new Map([['w1', ['woodworking']]]), taxonomy);
    expect(only!.skills).toEqual([]);
    expect(only!.label).toEqual({ fr: '', en: '', nl: '' });
  });
});
