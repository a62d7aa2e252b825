// Where a JSON text stops being JSON, as line and column. `JSON.parse` on
// Node 20 names the position for some mistakes only ("Unexpected token '}',
// "…" is not valid JSON" has none, and echoes the input), so a file's author
// would be left searching; this scanner, run only after `JSON.parse` failed,
// walks the text with the JSON grammar and stops at the first character that
// cannot continue it.

export interface JsonSyntaxError {
  /** 0-based offset in the text (in UTF-16 code units). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  reason: string;
}

/** Deeper nesting than this is not scanned (the caller falls back to the engine's message). */
const MAX_DEPTH = 5000;

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** The first syntax error of `text`, or null when it is valid JSON (or nested too deep to scan). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const unexpected = (): Stop =>
    new Stop(i, i >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text[i])}`);
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const expect = (char: string, reason: string) => {
    if (text[i] !== char) throw new Stop(i, i >= text.length ? `unexpected end of input, ${reason}` : reason);
    i++;
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new RangeError('too deep');
    skipSpace();
    const c = text[i];
    if (c === '{') object(depth);
    else if (c === '[') array(depth);
    else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else throw unexpected();
  };

  const object = (depth: number) => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') throw new Stop(i, 'expected a property name in double quotes');
      string();
      skipSpace();
      expect(':', "expected ':' after the property name");
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') i++;
      else {
        expect('}', "expected ',' or '}' after the property value");
        return;
      }
    }
  };

  const array = (depth: number) => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') i++;
      else {
        expect(']', "expected ',' or ']' after the array element");
        return;
      }
    }
  };

  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Stop(i, 'unexpected end of input inside a string');
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') throw new Stop(i, 'control character inside a string (write it escaped, e.g. \\n)');
      if (c === '\\') {
        const escaped = text[i + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'invalid \\u escape');
          i += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) throw new Stop(i, 'invalid escape');
        i += 2;
        continue;
      }
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const number = () => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) throw new Stop(i, 'invalid number');
    i += match[0].length;
  };

  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) throw unexpected();
      i++;
    }
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) throw new Stop(i, `unexpected ${JSON.stringify(text[i])} after the JSON value`);
    return null;
  } catch (error) {
    if (error instanceof RangeError) return null;
    if (!(error instanceof Stop)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), reason: error.reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
