import { describe, expect, it } from 'vitest';
import { kuzuParameters, parameterNames } from './kuzuParameters.js';

describe('parameterNames', () => {
  it('lists each parameter once, ignoring $ inside string literals', () => {
    expect(
      parameterNames("MATCH (m {id: $id}) WHERE m.name = '$notParam' OR m.x = $id2 SET m.y = $id"),
    ).toEqual(['id', 'id2']);
    expect(parameterNames('RETURN "a $b \\" $c" AS x, $d AS d')).toEqual(['d']);
  });
});

describe('kuzuParameters', () => {
  it('keeps only the parameters a statement uses, missing ones as null', () => {
    expect(kuzuParameters(['a', 'b'], { a: 1, c: 3 })).toEqual({ a: 1, b: null });
  });

  it('refuses an empty list, which Kùzu cannot type', () => {
    expect(() => kuzuParameters(['ids'], { ids: [] })).toThrow(/empty list \$ids/);
  });

  it('refuses lists of maps with null fields or mixed whole and fractional numbers', () => {
    expect(() => kuzuParameters(['rows'], { rows: [{ w: 1 }, { w: null }] })).toThrow(/"w" is null/);
    expect(() => kuzuParameters(['rows'], { rows: [{ w: 1.5 }, { w: 1 }] })).toThrow(
      /mixes fraction and integer/,
    );
    expect(
      kuzuParameters(['rows'], {
        rows: [
          { w: 1, s: 'a' },
          { w: 2, s: 'b' },
        ],
      }),
    ).toEqual({
      rows: [
        { w: 1, s: 'a' },
        { w: 2, s: 'b' },
      ],
    });
  });
});
