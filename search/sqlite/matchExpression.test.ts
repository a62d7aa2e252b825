import { describe, expect, it } from 'vitest';
import { matchExpression, quoteFts } from './matchExpression.js';

describe('matchExpression', () => {
  it('quotes every word and doubles quotes', () => {
    expect(quoteFts('near')).toBe('"near"');
    expect(quoteFts('a"b')).toBe('"a""b"');
  });

  it('ORs the forms of a group, adds the prefix, ANDs the groups', () => {
    expect(
      matchExpression([
        { word: 'ceramsite', forms: ['ceramsite', 'ceramiste'], prefix: null, skills: [] },
        { word: 'lil', forms: ['lil'], prefix: 'lil', skills: [] },
      ]),
    ).toBe('("ceramsite" OR "ceramiste") AND ("lil" OR "lil"*)');
  });
});
