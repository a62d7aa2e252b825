// Decides, for each parsed import row, whether it creates a member, updates one
// (some provided field differs) or changes nothing, so that importing the same
// file twice changes nothing the second time. Storage stays outside: the caller
// passes a lookup of existing members and writes the plan in one transaction.
import type { MemberRecord } from '../../domain/entities/member.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { MemberColumn } from './memberColumns.js';
import type { MemberImportRow } from './memberRow.js';

export interface ImportPlan {
  /** New members, as parsed (derived id and handle, timestamps at import time). */
  create: MemberRecord[];
  /** Existing members with the file's provided fields applied and `updatedAt` set to the import time. */
  update: MemberRecord[];
  /** Rows whose provided fields already match the stored member. */
  unchanged: number;
}

/** Finds the stored member a row refers to (by externalId, else by e-mail), or null. */
export type ExistingMemberLookup = (row: MemberImportRow) => Promise<MemberRecord | null>;

/** Lookups in flight at once: enough for a DataLoader to batch, not so many as to flood a store. */
const CONCURRENCY = 64;

export async function planImport(
  rows: readonly MemberImportRow[],
  existing: ExistingMemberLookup,
): Promise<ImportPlan> {
  const matches = await lookUpAll(rows, existing);
  const planner = new ImportPlanner();
  rows.forEach((row, i) => {
    planner.add(row, matches[i] ?? null);
  });
  if (planner.problems.length > 0) throw new BadUserInputError(planner.problems);
  return planner.plan;
}

export type RowOutcome =
  | { kind: 'create'; record: MemberRecord }
  | { kind: 'update'; record: MemberRecord; current: MemberRecord }
  | { kind: 'unchanged' }
  | { kind: 'refused' };

/**
 * Classifies rows one at a time against the stored member each refers to, so that a file can stream
 * through: `plan` keeps the records to write only when `keepRecords` (a dry run just counts them).
 */
export class ImportPlanner {
  readonly plan: ImportPlan = { create: [], update: [], unchanged: 0 };
  readonly counts = { created: 0, updated: 0, unchanged: 0 };
  readonly problems: FieldProblem[] = [];
  private readonly sourceOfMember = new Map<string, string>();

  constructor(private readonly keepRecords = true) {}

  add(row: MemberImportRow, current: MemberRecord | null): RowOutcome {
    if (current === null) {
      this.counts.created++;
      if (this.keepRecords) this.plan.create.push(row.record);
      return { kind: 'create', record: row.record };
    }
    const earlier = this.sourceOfMember.get(current.id);
    if (earlier) {
      this.problems.push({
        path: [row.source],
        message: `refers to the same existing member as ${earlier} (same externalId or e-mail)`,
      });
      return { kind: 'refused' };
    }
    this.sourceOfMember.set(current.id, row.source);
    const { externalId, email } = row.record;
    if (externalId !== null && current.externalId !== null && current.externalId !== externalId) {
      // Found by e-mail, but that member is someone else's row of the cooperative's list: never re-key them.
      this.problems.push({
        path: [row.source, 'externalId'],
        message:
          `"${externalId}" is new, but the e-mail ${email} belongs to member ${current.id} whose externalId is ` +
          `"${current.externalId}"; correct the externalId or the e-mail (a member is never re-keyed)`,
      });
      return { kind: 'refused' };
    }
    const changed = row.provided.filter(
      (column) => canonical(current, column) !== canonical(row.record, column),
    );
    if (changed.length === 0) {
      this.counts.unchanged++;
      this.plan.unchanged++;
      return { kind: 'unchanged' };
    }
    const record = applyFields(current, row.record, changed, row.record.updatedAt);
    this.counts.updated++;
    if (this.keepRecords) this.plan.update.push(record);
    return { kind: 'update', record, current };
  }
}

/** Looks up every row's stored member, a few at a time, keeping results in row order. */
export async function lookUpAll(
  rows: readonly MemberImportRow[],
  existing: ExistingMemberLookup,
): Promise<(MemberRecord | null)[]> {
  const out: (MemberRecord | null)[] = new Array(rows.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const i = next++;
      out[i] = await existing(rows[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
  return out;
}

/** A field's value in a form where order does not matter for lists (stores return relationships unordered). */
function canonical(record: MemberRecord, column: MemberColumn): string {
  switch (column) {
    case 'visibility':
      return record.privacy.visibility;
    case 'skills':
      return JSON.stringify(
        record.skills
          .map((s) => [s.skill, s.level, s.years] as const)
          .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
      );
    case 'languages':
    case 'spaces':
    case 'communities':
    case 'filieres':
      return JSON.stringify([...record[column]].sort());
    default:
      return JSON.stringify(record[column]);
  }
}

function applyFields(
  current: MemberRecord,
  imported: MemberRecord,
  columns: readonly MemberColumn[],
  updatedAt: number,
): MemberRecord {
  const updated: MemberRecord = { ...current, privacy: { ...current.privacy }, updatedAt };
  for (const column of columns) {
    if (column === 'visibility') updated.privacy.visibility = imported.privacy.visibility;
    else copyField(updated, imported, column);
  }
  return updated;
}

function copyField<K extends keyof MemberRecord>(target: MemberRecord, source: MemberRecord, key: K): void {
  target[key] = source[key];
}
