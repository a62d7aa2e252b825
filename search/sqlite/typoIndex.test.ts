import { describe, expect, it } from 'vitest';
import { allowedTypos, TypoIndex } from './typoIndex.js';

const vocabulary: [string, number][] = [
  ['ceramiste', 12],
  ['ceramique', 40],
  ['ceramist', 9],
  ['keramist', 5],
  ['potter', 7],
  ['potier', 3],
  ['poster', 50],
  ['photographe', 30],
  ['menuisier', 20],
  ['lille', 100],
  ['gent', 80],
];

describe('TypoIndex', () => {
  const index = TypoIndex.build(vocabulary);

  it('allows no typo below 4 letters, one up to 7, two above', () => {
    expect([
      allowedTypos('gen'),
      allowedTypos('gent'),
      allowedTypos('potterx'),
      allowedTypos('ceramqiue'),
    ]).toEqual([0, 1, 1, 2]);
  });

  it('finds a swapped pair of letters as one typo', () => {
    expect(index.corrections('ceramsite', 3)[0]).toEqual({ term: 'ceramiste', distance: 1, documents: 12 });
  });

  it('finds two typos in long words only', () => {
    expect(index.corrections('fotografe', 5).map((c) => c.term)).toEqual([]);
    expect(index.corrections('photograpf', 5).map((c) => c.term)).toContain('photographe');
    expect(index.corrections('menuizierr', 5).map((c) => c.term)).toEqual(['menuisier']);
    // 6 letters: one typo only, so "pottex" → "potter" but never "poster" (two away).
    expect(index.corrections('pottex', 5).map((c) => c.term)).toEqual(['potter']);
  });

  it('orders by distance, then by document frequency', () => {
    const found = index.corrections('poter', 5);
    expect(found.map((c) => c.term)).toEqual(['poster', 'potter', 'potier']);
    expect(found.every((c) => c.distance === 1)).toBe(true);
  });

  it('never returns the word itself and nothing for short words', () => {
    expect(index.corrections('lille', 5).map((c) => c.term)).not.toContain('lille');
    expect(index.corrections('gen', 5)).toEqual([]);
  });

  it('learns words added after the build and counts their documents', () => {
    const grown = TypoIndex.build(vocabulary);
    expect(grown.documentFrequency('vannerie')).toBeUndefined();
    grown.add('vannerie', 1);
    grown.add('vannerie', 1);
    grown.add('gent', 1);
    expect(grown.documentFrequency('vannerie')).toBe(2);
    expect(grown.documentFrequency('gent')).toBe(81);
    expect(grown.corrections('vanerie', 3).map((c) => c.term)).toEqual(['vannerie']);
    expect(grown.pendingSize).toBeGreaterThan(0);
  });

  it('ignores numbers, very short and very long terms', () => {
    const odd = TypoIndex.build([
      ['2024', 3],
      ['ab', 1],
      ['x'.repeat(40), 1],
      ['atelier', 2],
    ]);
    expect(odd.size).toBe(1);
  });
});
