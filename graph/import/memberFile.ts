// Parses the member list a cooperative brings (CSV with a header row, or a JSON
// array of objects with the same fields) into validated rows. Either every row
// is good, or a BadUserInputError lists every problem of every row, each with
// its place in the file: ["line 14", "email"] (CSV) or ["item 3", "skills", 0] (JSON).
import { BadUserInputError, type FieldProblem, formatProblems } from '../../domain/errors.js';
import { loadReferenceData, type ReferenceData } from '../../domain/referenceData.js';
import { type CsvRecord, csvRecords, readCsv } from './csvReader.js';
import { decodeUtf8 } from './decodeText.js';
import {
  MEMBER_COLUMNS,
  type MemberColumn,
  memberColumn,
  type RawMemberRow,
  REQUIRED_COLUMNS,
} from './memberColumns.js';
import { type MemberImportRow, parseMemberRow } from './memberRow.js';
import { ReferenceLookup } from './referenceLookup.js';

export type { MemberImportRow } from './memberRow.js';

export type MemberFileFormat = 'csv' | 'json';

export interface MemberFileOptions {
  format: MemberFileFormat;
  /** Skills, spaces, communities and filières rows may name; defaults to the shipped reference data. */
  reference?: ReferenceData;
  /** Timestamps given to new members (epoch ms); defaults to the current time. */
  now?: number;
}

/** Problems listed in the error message; all of them are in `problems`. */
const MESSAGE_PROBLEMS = 20;

/** The format from a file name: ".csv" or ".json". */
export function memberFileFormat(fileName: string): MemberFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  throw BadUserInputError.at(['file'], `"${fileName}" must be a .csv or .json file`);
}

interface RawRows {
  rows: { source: string; raw: RawMemberRow }[];
  problems: FieldProblem[];
}

export function parseMemberFile(content: Uint8Array | string, options: MemberFileOptions): MemberImportRow[] {
  const text = decodeUtf8(content);
  if (text.trim() === '') throw BadUserInputError.at(['file'], 'is empty');
  const { rows: raws, problems } = options.format === 'csv' ? csvRows(text) : jsonRows(text);
  const checker = new MemberRowChecker(options);
  const rows: MemberImportRow[] = [];
  for (const { source, raw } of raws) {
    const row = checker.check(raw, source);
    if (row) rows.push(row);
  }
  problems.push(...checker.problems);
  if (problems.length > 0) {
    const inFileOrder = problems.sort((a, b) => positionOf(a) - positionOf(b));
    throw new BadUserInputError(inFileOrder, summarise(inFileOrder));
  }
  return rows;
}

/**
 * Validates rows one at a time: each row on its own (the domain rules), then against the rows before it
 * (an externalId or e-mail given twice). Keeps only the keys it has seen, so a file can stream through.
 */
export class MemberRowChecker {
  readonly problems: FieldProblem[] = [];
  private readonly lookup: ReferenceLookup;
  private readonly now: number;
  private readonly lineOfExternalId = new Map<string, string>();
  private readonly lineOfEmail = new Map<string, string>();

  constructor(options: Omit<MemberFileOptions, 'format'>) {
    this.lookup = lookupFor(options.reference ?? loadReferenceData());
    this.now = options.now ?? Date.now();
  }

  /** The row, or undefined when it has problems (added to `problems`). */
  check(raw: RawMemberRow, source: string): MemberImportRow | undefined {
    const result = parseMemberRow(raw, source, this.lookup, this.now);
    if ('problems' in result) {
      this.problems.push(...result.problems);
      return undefined;
    }
    const { externalId, email } = result.row.record;
    const duplicates: FieldProblem[] = [];
    const firstWithExternalId = externalId !== null ? this.lineOfExternalId.get(externalId) : undefined;
    if (firstWithExternalId) {
      duplicates.push({ path: [source, 'externalId'], message: `duplicate of ${firstWithExternalId}` });
    } else if (externalId !== null) this.lineOfExternalId.set(detached(externalId), source);
    const firstWithEmail = this.lineOfEmail.get(email);
    if (firstWithEmail)
      duplicates.push({ path: [source, 'email'], message: `duplicate of ${firstWithEmail}` });
    else this.lineOfEmail.set(detached(email), source);
    this.problems.push(...duplicates);
    return duplicates.length === 0 ? result.row : undefined;
  }
}

/**
 * A copy of `text` that owns its characters. A value cut from a line (slice, trim) may be stored by V8
 * as a view of the whole line, or of the whole chunk the line came from: a key kept for the rest of the
 * import would then keep the file itself in memory.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** A problem of the file read so far; `problems` keeps the first `keep`, `total` counts them all. */
export class ProblemList {
  readonly problems: FieldProblem[] = [];
  total = 0;
  constructor(private readonly keep: number) {}
  add(...problems: FieldProblem[]): void {
    for (const problem of problems) {
      this.total++;
      if (this.problems.length < this.keep) this.problems.push(problem);
    }
  }
  /** Throws the problems (the first `keep` of them, in file order) when there are any. */
  throwIfAny(): void {
    if (this.total === 0) return;
    const inFileOrder = this.problems.sort((a, b) => positionOf(a) - positionOf(b));
    throw new BadUserInputError(inFileOrder, summarise(inFileOrder, this.total));
  }
}

/** Problems a streamed import keeps and reports; beyond them only their number is told. */
export const MAX_REPORTED_PROBLEMS = 100;

/**
 * Streams a CSV member file (its lines, as `fileLines` reads them) into validated rows, in file order.
 * Problems go to `problems` (capped); rows with problems are not yielded.
 */
export async function* streamCsvMemberRows(
  lines: AsyncIterable<{ number: number; text: string }>,
  options: Omit<MemberFileOptions, 'format'>,
  problems: ProblemList,
): AsyncGenerator<MemberImportRow> {
  const checker = new MemberRowChecker(options);
  let columns: (MemberColumn | undefined)[] | undefined;
  let bodyRows = 0;
  for await (const item of csvRecords(lines)) {
    if ('problem' in item) {
      problems.add(item.problem);
      continue;
    }
    if (!columns) {
      const header = csvHeader(item.record);
      problems.add(...header.problems);
      if (header.missing) return;
      columns = header.columns;
      continue;
    }
    bodyRows++;
    const shapeProblems: FieldProblem[] = [];
    const raw = rawRow(item.record, columns, shapeProblems);
    problems.add(...shapeProblems);
    if (!raw) continue;
    const row = checker.check(raw, `line ${item.record.line}`);
    problems.add(...checker.problems.splice(0));
    if (row) yield row;
  }
  if (!columns) problems.add({ path: ['file'], message: 'is empty' });
  else if (bodyRows === 0) problems.add({ path: ['file'], message: 'has a header but no member rows' });
}

/** "file" problems first, then by line or item number (the sort is stable, so a row keeps its own order). */
function positionOf(problem: FieldProblem): number {
  const where = String(problem.path[0] ?? '');
  const match = /^(?:line|item) (\d+)$/.exec(where);
  return match ? Number(match[1]) : 0;
}

function csvRows(text: string): RawRows {
  const { records, problems } = readCsv(text);
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [...problems, { path: ['file'], message: 'is empty' }] };
  const { columns, problems: headerProblems, missing } = csvHeader(header);
  problems.push(...headerProblems);
  // Without the required columns every row would repeat the same complaint.
  if (missing) return { rows: [], problems };
  if (body.length === 0) problems.push({ path: ['file'], message: 'has a header but no member rows' });

  const rows: RawRows['rows'] = [];
  for (const record of body) {
    const raw = rawRow(record, columns, problems);
    if (raw) rows.push({ source: `line ${record.line}`, raw });
  }
  return { rows, problems };
}

/** The columns the header names (undefined for unknown or repeated ones) and what is wrong with it. */
function csvHeader(header: CsvRecord): {
  columns: (MemberColumn | undefined)[];
  problems: FieldProblem[];
  missing: boolean;
} {
  const headerAt = `line ${header.line}`;
  const problems: FieldProblem[] = [];
  const columns: (MemberColumn | undefined)[] = [];
  header.fields.forEach((name, i) => {
    const column = memberColumn(name);
    if (!column) {
      problems.push({
        path: [headerAt, name.trim() || `column ${i + 1}`],
        message: `unknown column; expected ${MEMBER_COLUMNS.join(', ')}`,
      });
    } else if (columns.includes(column)) {
      problems.push({ path: [headerAt, column], message: 'column appears twice' });
    }
    columns.push(column && !columns.includes(column) ? column : undefined);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  for (const column of missing) problems.push({ path: [headerAt], message: `missing column "${column}"` });
  return { columns, problems, missing: missing.length > 0 };
}

/** A record as named fields, or undefined (and a problem) when its field count is not the header's. */
function rawRow(
  record: CsvRecord,
  columns: readonly (MemberColumn | undefined)[],
  problems: FieldProblem[],
): RawMemberRow | undefined {
  if (record.fields.length !== columns.length) {
    problems.push({
      path: [`line ${record.line}`],
      message: `has ${record.fields.length} fields but the header has ${columns.length} (check commas and quotes)`,
    });
    return undefined;
  }
  const raw: RawMemberRow = {};
  columns.forEach((column, i) => {
    if (column) raw[column] = record.fields[i];
  });
  return raw;
}

function jsonRows(text: string): RawRows {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { rows: [], problems: [{ path: ['file'], message: `is not valid JSON: ${reason}` }] };
  }
  if (!Array.isArray(parsed)) {
    return { rows: [], problems: [{ path: ['file'], message: 'must be a JSON array of member objects' }] };
  }
  if (parsed.length === 0) return { rows: [], problems: [{ path: ['file'], message: 'has no members' }] };

  const rows: RawRows['rows'] = [];
  const problems: FieldProblem[] = [];
  parsed.forEach((item: unknown, index) => {
    const source = `item ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ path: [source], message: 'must be an object with the member fields' });
      return;
    }
    const raw: RawMemberRow = {};
    for (const [key, value] of Object.entries(item)) {
      const column = memberColumn(key);
      if (column) raw[column] = value;
      else
        problems.push({
          path: [source, key],
          message: `unknown field; expected ${MEMBER_COLUMNS.join(', ')}`,
        });
    }
    rows.push({ source, raw });
  });
  return { rows, problems };
}

const lookups = new WeakMap<ReferenceData, ReferenceLookup>();

function lookupFor(reference: ReferenceData): ReferenceLookup {
  let lookup = lookups.get(reference);
  if (!lookup) {
    lookup = new ReferenceLookup(reference);
    lookups.set(reference, lookup);
  }
  return lookup;
}

function summarise(problems: FieldProblem[], total = problems.length): string {
  const shown = formatProblems(problems.slice(0, MESSAGE_PROBLEMS));
  const more = total > MESSAGE_PROBLEMS ? `; and ${total - MESSAGE_PROBLEMS} more` : '';
  return `The file has ${total} problem${total === 1 ? '' : 's'}: ${shown}${more}`;
}
