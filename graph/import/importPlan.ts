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
  const plan: ImportPlan = { create: [], update: [], unchanged: 0 };
  const problems: FieldProblem[] = [];
  const rowOfMember = new Map<string, MemberImportRow>();

  rows.forEach((row, i) => {
    const current = matches[i] ?? null;
    if (current === null) {
      plan.create.push(row.record);
      return;
    }
    const earlier = rowOfMember.get(current.id);
    if (earlier) {
      problems.push({
        path: [row.source],
        message: `refers to the same existing member as ${earlier.source} (same externalId or e-mail)`,
      });
      return;
    }
    rowOfMember.set(current.id, row);
    const changed = row.provided.filter(
      (column) => canonical(current, column) !== canonical(row.record, column),
    );
    if (changed.length === 0) plan.unchanged++;
    else plan.update.push(applyFields(current, row.record, changed, row.record.updatedAt));
  });

  if (problems.length > 0) throw new BadUserInputError(problems);
  return plan;
}

async function lookUpAll(
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
