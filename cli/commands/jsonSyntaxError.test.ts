import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../domain/random.js';
import { findJsonSyntaxError } from './jsonSyntaxError.js';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a":}', 5, 'unexpected "}"'],
    ['[1,2,]', 5, 'unexpected "]"'],
    ['{"a":tru}', 8, 'unexpected "}"'],
    ['{"a" 1}', 5, "expected ':' after the property name"],
    ['{"a":1', 6, "unexpected end of input, expected ',' or '}' after the property value"],
    ['{a:1}', 1, 'expected a property name in double quotes'],
    ['{"a":1}}', 7, 'unexpected "}" after the JSON value'],
    ['', 0, 'unexpected end of input'],
    ['"abc', 4, 'unexpected end of input inside a string'],
    ['"a\\x"', 2, 'invalid escape'],
    ['-x', 0, 'invalid number'],
  ])('%j fails at offset %i', (text, offset, reason) => {
    expect(isJson(text)).toBe(false);
    expect(findJsonSyntaxError(text)).toMatchObject({ offset, reason });
  });

  it('gives 1-based lines and columns', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": x\n}')).toEqual({
      offset: 19,
      line: 3,
      column: 8,
      reason: 'unexpected "x"',
    });
  });

  it('accepts what JSON.parse accepts, and rejects what it rejects, on mutated documents', () => {
    const random = mulberry32(11);
    const base = JSON.stringify({
      candidates: [{ id: 'm1', skills: { ceramics: 4, 'wood-work': 2.5e-1 } }],
      edges: [['m1', 'm2']],
      text: 'é\\n"\u0001',
      flags: [true, false, null, -0.5, 10],
    });
    const alphabet = '{}[],:"\\ -0123456789.eEtrufalsn\n';
    for (let n = 0; n < 3000; n++) {
      const at = Math.floor(random() * (base.length + 1));
      const char = alphabet[Math.floor(random() * alphabet.length)]!;
      const text =
        random() < 0.5 ? base.slice(0, at) + char + base.slice(at) : base.slice(0, at) + base.slice(at + 1);
      expect(findJsonSyntaxError(text) === null).toBe(isJson(text));
    }
  });
});
