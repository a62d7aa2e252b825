import { describe, expect, it } from 'vitest';
import { damerauDistance } from './editDistance.js';

describe('damerauDistance', () => {
  it.each([
    ['ceramiste', 'ceramiste', 0],
    ['ceramsite', 'ceramiste', 1], // adjacent swap
    ['keramist', 'ceramist', 1], // substitution
    ['potter', 'poter', 1], // deletion
    ['poter', 'potier', 1], // insertion
    ['ceramqiue', 'ceramique', 1],
    ['abcdef', 'badcfe', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(damerauDistance(a, b)).toBe(d);
    expect(damerauDistance(b, a)).toBe(d);
  });

  it('stops early and reports max + 1 when the bound is exceeded', () => {
    expect(damerauDistance('photographer', 'woodworker', 2)).toBe(3);
    expect(damerauDistance('a', 'abcdef', 1)).toBe(2);
  });
});
