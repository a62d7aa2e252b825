import { describe, expect, it } from 'vitest';
import { CSV_LIST_SEPARATOR, CSV_NULL, csvField, csvLine } from './kuzuCsv.js';

describe('csvField', () => {
  it('quotes strings, doubling quotes, so empty strings stay empty and NULL is a sentinel', () => {
    expect(csvField('say "hi", then\nleave', 'STRING', 'bio')).toBe('"say ""hi"", then\nleave"');
    expect(csvField('', 'STRING', 'bio')).toBe('""');
    expect(csvField(null, 'STRING', 'bio')).toBe(CSV_NULL);
  });

  it('writes numbers and booleans bare, and their NULL as an empty field', () => {
    expect(csvField(1_700_000_000_000, 'INT64', 'at')).toBe('1700000000000');
    expect(csvField(50.5, 'DOUBLE', 'lat')).toBe('50.5');
    expect(csvField(false, 'BOOL', 'flag')).toBe('false');
    expect(csvField(null, 'DOUBLE', 'lat')).toBe('');
  });

  it('joins list items with the separator, an empty list as NULL', () => {
    expect(csvField(['a, b', "it's"], 'STRING[]', 'l')).toBe(`"a, b${CSV_LIST_SEPARATOR}it's"`);
    expect(csvField([], 'STRING[]', 'l')).toBe(CSV_NULL);
  });

  it('refuses values of the wrong type or that would not read back', () => {
    expect(() => csvField('x', 'INT64', 'level')).toThrow(/level/);
    expect(() => csvField(1.5, 'INT64', 'level')).toThrow(/level/);
    expect(() => csvField(CSV_NULL, 'STRING', 'name')).toThrow(/reserved/);
    expect(() => csvField([`a${CSV_LIST_SEPARATOR}b`], 'STRING[]', 'l')).toThrow(/\\x1f/);
  });

  it('ends a line with a newline', () => {
    expect(csvLine(['"a"', '1'])).toBe('"a",1\n');
  });
});
