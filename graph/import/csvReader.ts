// A small RFC 4180 CSV reader that remembers the physical line each record
// starts on, so that import errors can say "line 14". Quoted fields may hold
// commas, doubled quotes and line breaks; CRLF, LF and lone CR all end a record.
import type { FieldProblem } from '../../domain/errors.js';

export interface CsvRecord {
  /** 1-based physical line of the record's first character. */
  line: number;
  fields: string[];
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** Malformed quoting, reported per line; the reader recovers and keeps going where it can. */
  problems: FieldProblem[];
}

/** Splits `text` (already decoded, without BOM) into records. Blank lines are skipped. */
export function readCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  const problems: FieldProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (text[i] === '"') {
        const openedOn = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          value += c;
          i++;
        }
        if (!closed) {
          problems.push({
            path: [`line ${openedOn}`],
            message: 'a quoted field is never closed (missing ")',
          });
          fields.push(value);
          records.push({ line: recordLine, fields });
          return { records, problems };
        }
        // After a closing quote only a comma or the end of the record may follow.
        let stray = '';
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') stray += text[i++];
        if (stray !== '') {
          problems.push({
            path: [`line ${line}`],
            message: `unexpected text ${JSON.stringify(stray)} after a closing quote; double the quotes inside a quoted field ("")`,
          });
          value += stray;
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        value = text.slice(start, i);
      }
      fields.push(value);
      if (i >= n) {
        endOfRecord = true;
      } else if (text[i] === ',') {
        i++;
      } else {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      }
    }
    if (!fields.every((f) => f.trim() === '')) records.push({ line: recordLine, fields });
  }
  return { records, problems };
}

/** A record longer than this is a quote never closed, not a member. */
const MAX_RECORD_CHARS = 1024 * 1024;

export type CsvStreamItem = { record: CsvRecord } | { problem: FieldProblem };

/**
 * The records of a CSV file read line by line (constant memory): lines are gathered until their quotes
 * balance (a quoted field may span lines), then parsed by `readCsv` with the file's own line numbers.
 */
export async function* csvRecords(
  lines: AsyncIterable<{ number: number; text: string }>,
): AsyncGenerator<CsvStreamItem> {
  let text = '';
  let startLine = 0;
  let quotes = 0;
  for await (const line of lines) {
    if (text === '' && quotes === 0) startLine = line.number;
    text = startLine === line.number ? line.text : `${text}\n${line.text}`;
    for (let i = 0; i < line.text.length; i++) if (line.text.charCodeAt(i) === 34) quotes++;
    if (quotes % 2 === 1) {
      if (text.length <= MAX_RECORD_CHARS) continue;
      yield {
        problem: { path: [`line ${startLine}`], message: 'a quoted field is never closed (missing ")' },
      };
      return;
    }
    yield* parsed(text, startLine);
    text = '';
    quotes = 0;
  }
  if (quotes % 2 === 1) yield* parsed(text, startLine);
}

function* parsed(text: string, startLine: number): Generator<CsvStreamItem> {
  const shift = startLine - 1;
  const { records, problems } = readCsv(text);
  for (const problem of problems) {
    const where = /^line (\d+)$/.exec(String(problem.path[0]));
    const path = where ? [`line ${Number(where[1]) + shift}`, ...problem.path.slice(1)] : problem.path;
    yield { problem: { ...problem, path } };
  }
  for (const record of records) yield { record: { line: record.line + shift, fields: record.fields } };
}
