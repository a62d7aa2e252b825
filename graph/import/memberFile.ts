// Parses the member list a cooperative brings (CSV with a header row, or a JSON
// array of objects with the same fields) into validated rows. Either every row
// is good, or a BadUserInputError lists every problem of every row, each with
// its place in the file: ["line 14", "email"] (CSV) or ["item 3", "skills", 0] (JSON).
import { BadUserInputError, type FieldProblem, formatProblems } from '../../domain/errors.js';
import { loadReferenceData, type ReferenceData } from '../../domain/referenceData.js';
import { readCsv } from './csvReader.js';
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

  const lookup = lookupFor(options.reference ?? loadReferenceData());
  const now = options.now ?? Date.now();
  const rows: MemberImportRow[] = [];
  const sourceOfExternalId = new Map<string, string>();
  const sourceOfEmail = new Map<string, string>();
  for (const { source, raw } of raws) {
    const result = parseMemberRow(raw, source, lookup, now);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const { externalId, email } = result.row.record;
    const duplicateProblems: FieldProblem[] = [];
    const firstWithExternalId = externalId !== null ? sourceOfExternalId.get(externalId) : undefined;
    if (firstWithExternalId) {
      duplicateProblems.push({
        path: [source, 'externalId'],
        message: `duplicate of ${firstWithExternalId}`,
      });
    } else if (externalId !== null) sourceOfExternalId.set(externalId, source);
    const firstWithEmail = sourceOfEmail.get(email);
    if (firstWithEmail)
      duplicateProblems.push({ path: [source, 'email'], message: `duplicate of ${firstWithEmail}` });
    else sourceOfEmail.set(email, source);
    if (duplicateProblems.length > 0) problems.push(...duplicateProblems);
    else rows.push(result.row);
  }

  if (problems.length > 0) {
    const inFileOrder = problems.sort((a, b) => positionOf(a) - positionOf(b));
    throw new BadUserInputError(inFileOrder, summarise(inFileOrder));
  }
  return rows;
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

  const headerAt = `line ${header.line}`;
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
  // Without the required columns every row would repeat the same complaint.
  if (missing.length > 0) return { rows: [], problems };
  if (body.length === 0) problems.push({ path: ['file'], message: 'has a header but no member rows' });

  const rows: RawRows['rows'] = [];
  for (const record of body) {
    const source = `line ${record.line}`;
    if (record.fields.length !== columns.length) {
      problems.push({
        path: [source],
        message: `has ${record.fields.length} fields but the header has ${columns.length} (check commas and quotes)`,
      });
      continue;
    }
    const raw: RawMemberRow = {};
    columns.forEach((column, i) => {
      if (column) raw[column] = record.fields[i];
    });
    rows.push({ source, raw });
  }
  return { rows, problems };
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

function summarise(problems: FieldProblem[]): string {
  const shown = formatProblems(problems.slice(0, MESSAGE_PROBLEMS));
  const more = problems.length > MESSAGE_PROBLEMS ? `; and ${problems.length - MESSAGE_PROBLEMS} more` : '';
  return `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${shown}${more}`;
}
