import { describe, expect, it } from 'vitest';
import { readCsv } from './csvReader.js';

describe('readCsv', () => {
  it('splits records and fields, keeping empty fields', () => {
    const { records, problems } = readCsv('a,b,c\n1,,3\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts physical lines', () => {
    const text = 'name,bio\n"Dubois, Anaïs","She said ""hello""\nand left"\nJan,"x"\n';
    const { records, problems } = readCsv(text);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['name', 'bio'] },
      { line: 2, fields: ['Dubois, Anaïs', 'She said "hello"\nand left'] },
      { line: 4, fields: ['Jan', 'x'] },
    ]);
  });

  it('accepts CRLF, LF and lone CR line ends alike, and CRLF inside quotes', () => {
    const expected = [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ];
    expect(readCsv('a,b\r\n1,2\r\n3,4\r\n').records).toEqual(expected);
    expect(readCsv('a,b\r1,2\r3,4').records).toEqual(expected);
    const quoted = readCsv('a,b\r\n"x\r\ny",2\r\n3,4');
    expect(quoted.records[1]).toEqual({ line: 2, fields: ['x\r\ny', '2'] });
    expect(quoted.records[2]!.line).toBe(4);
  });

  it('skips blank lines and rows of empty cells but keeps counting lines', () => {
    const { records } = readCsv('a,b\n\n,\n1,2\n\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });

  it('reports text after a closing quote on its line and keeps reading', () => {
    const { records, problems } = readCsv('a,b\n"x"y,2\n3,4\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(['line 2']);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('reports a quote that is never closed on the line where it opens', () => {
    const { problems } = readCsv('a,b\n1,2\n3,"never\nclosed\n');
    expect(problems).toEqual([{ path: ['line 3'], message: expect.stringContaining('never closed') }]);
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(readCsv('Jan "JJ" Peeters,2').records[0]!.fields).toEqual(['Jan "JJ" Peeters', '2']);
  });
});
