// Imports a member file into the graph: parse (every bad row reported), plan
// (create / update / unchanged against what is stored), then write the whole
// plan in ONE transaction, so that a failure half-way writes nothing. The
// repository's writes each open their own transaction, so the member's
// properties are written here on the import's transaction, with the
// repository's property mapping and link kinds.
//
// Existing members are found through one scan of the Member rows themselves
// (id, externalId, e-mail, handle: 0.5 s for 100,000 members on Kùzu), which
// also tells whether an e-mail, externalId or handle the file gives is already
// held by another member, before anything is written.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { MemberRecord } from '../../domain/entities/member.js';
import type { HasSkill } from '../../domain/entities/skill.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import { ignoreProgress, type ProgressListener } from '../../domain/progress.js';
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';
import { MEMBER_PROPERTIES, memberToProperties } from '../properties/memberProperties.js';
import { nextChangeSeq, stampChange } from '../repositories/changeSequence.js';
import { claimMemberKeys, releaseMemberKeys } from '../repositories/memberKeys.js';
import {
  COMMUNITY_LINKS,
  FILIERE_LINKS,
  type MemberLinkKind,
  SPACE_LINKS,
} from '../repositories/memberLinks.js';
import { MemberNeighbourhood } from '../repositories/memberNeighbourhood.js';
import { MemberRepository } from '../repositories/memberRepository.js';
import { ensureReferenceData } from '../seed/seedStore.js';
import { type FileLine, fileLines } from './fileLines.js';
import { type ImportPlan, ImportPlanner, lookUpAll, planImport } from './importPlan.js';
import {
  MAX_REPORTED_PROBLEMS,
  type MemberFileFormat,
  type MemberImportRow,
  ProblemList,
  parseMemberFile,
  streamCsvMemberRows,
} from './memberFile.js';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

export interface MemberFileSource {
  path: string;
  format: MemberFileFormat;
}

export interface ImportOptions {
  /** Plan and report without writing anything. */
  dryRun?: boolean;
  onProgress?: ProgressListener;
  /** Checked between rows; aborting rolls the transaction back. */
  signal?: AbortSignal;
  /** Timestamps of created and updated members (epoch ms); defaults to the current time. */
  now?: number;
}

const CREATE_MEMBER = `CREATE (m:Member {${MEMBER_PROPERTIES.map((p) => `${p}: $${p}`).join(', ')}})`;
const SET_MEMBER = `MATCH (m:Member {id: $id}) SET ${MEMBER_PROPERTIES.filter((p) => p !== 'id')
  .map((p) => `m.${p} = $${p}`)
  .join(', ')}`;
const CREATE_SKILL =
  'MATCH (m:Member {id: $memberId}) MATCH (s:Skill {id: $skill}) ' +
  'CREATE (m)-[:HAS_SKILL {level: $level, years: $years}]->(s) RETURN s.id AS id';
const SET_SKILL =
  'MATCH (m:Member {id: $memberId})-[r:HAS_SKILL]->(s:Skill {id: $skill}) ' +
  'SET r.level = $level, r.years = $years RETURN s.id AS id';

interface LinkKind extends MemberLinkKind {
  field: 'spaces' | 'communities' | 'filieres';
  /** Properties of a new link, as Cypher map text (fixed, never input). */
  createdWith: string;
}
const LINK_KINDS: readonly LinkKind[] = [
  { ...SPACE_LINKS, field: 'spaces', createdWith: '' },
  { ...COMMUNITY_LINKS, field: 'communities', createdWith: '' },
  { ...FILIERE_LINKS, field: 'filieres', createdWith: " {role: 'member'}" },
];

/**
 * Reads, validates and imports a CSV or JSON member file. A CSV file streams through (read line by line,
 * validated and compared row by row), so a dry run holds only keys and counts, whatever the file's size.
 */
export async function importMemberFile(
  store: GraphStore,
  source: MemberFileSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  if (source.format === 'json') {
    const rows = parseMemberFile(readImportFile(source.path), { format: 'json', now: options.now });
    return importMemberRows(store, rows, options);
  }
  const size = importFileSize(source.path);
  const onProgress = options.onProgress ?? ignoreProgress;
  const bytes = countingBytes(createReadStream(source.path, { highWaterMark: 256 * 1024 }), (done) =>
    onProgress({ phase: 'read', done, total: size }),
  );
  return importMemberLines(store, fileLines(bytes), options);
}

/** Rows looked up in the store together (a DataLoader batch), while the file keeps streaming. */
const LOOKUP_BATCH = 256;

/** Imports a CSV member file given as its lines (see `fileLines`): all or nothing, dry run in constant memory. */
export async function importMemberLines(
  store: GraphStore,
  lines: AsyncIterable<FileLine>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const stored = await StoredIdentities.scan(store);
  const problems = new ProblemList(MAX_REPORTED_PROBLEMS);
  const planner = new ImportPlanner(!options.dryRun);
  const identities = new IdentityConflicts(stored);
  const sourceOf = new Map<string, string>();
  let batch: MemberImportRow[] = [];
  const flush = async () => {
    const matches = await lookUpAll(batch, async (row) => {
      const id = stored.find(row.record);
      return id === undefined ? null : storedRecord(store, id);
    });
    batch.forEach((row, i) => {
      const outcome = planner.add(row, matches[i] ?? null);
      problems.add(...planner.problems.splice(0));
      if (outcome.kind !== 'create' && outcome.kind !== 'update') return;
      identities.check(outcome.record, row.source, outcome.kind === 'update' ? outcome.current : null);
      if (!options.dryRun) sourceOf.set(outcome.record.id, row.source);
    });
    batch = [];
  };
  for await (const row of streamCsvMemberRows(lines, { now: options.now }, problems)) {
    options.signal?.throwIfAborted();
    batch.push(row);
    if (batch.length >= LOOKUP_BATCH) await flush();
  }
  await flush();
  problems.add(...identities.conflicts());
  problems.throwIfAny();
  const summary = { ...planner.counts };
  if (options.dryRun) return summary;
  await writePlan(store, planner.plan, sourceOf, options);
  return summary;
}

/** Plans parsed rows against the store and writes the plan in one transaction (unless `dryRun`). */
export async function importMemberRows(
  store: GraphStore,
  rows: readonly MemberImportRow[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const onProgress = options.onProgress ?? ignoreProgress;
  const stored = await StoredIdentities.scan(store);
  const sourceOf = new Map<string, string>();
  let looked = 0;
  onProgress({ phase: 'compare', done: 0, total: rows.length });
  const plan = await planImport(rows, async (row) => {
    const id = stored.find(row.record);
    const record = id === undefined ? null : await storedRecord(store, id);
    if (record) sourceOf.set(record.id, row.source);
    else sourceOf.set(row.record.id, row.source);
    onProgress({ phase: 'compare', done: ++looked, total: rows.length });
    return record;
  });
  const summary = { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
  const problems = stored.conflicts(plan, sourceOf);
  if (problems.length > 0) throw new BadUserInputError(problems);
  if (options.dryRun) return summary;
  await writePlan(store, plan, sourceOf, options);
  return summary;
}

/** Writes a checked plan in ONE transaction: a failure half-way writes nothing. */
async function writePlan(
  store: GraphStore,
  plan: ImportPlan,
  sourceOf: ReadonlyMap<string, string>,
  options: ImportOptions,
): Promise<void> {
  if (plan.create.length === 0 && plan.update.length === 0) return;
  const onProgress = options.onProgress ?? ignoreProgress;
  await ensureReferenceData(store, onProgress);
  const records = [
    ...plan.create.map((r) => ({ r, create: true })),
    ...plan.update.map((r) => ({ r, create: false })),
  ];
  await store.transaction(async (tx) => {
    // Old lookup keys first, so members may swap e-mails or handles within one file.
    for (const { r } of records) await releaseMemberKeys(tx, r);
    for (const [i, { r, create }] of records.entries()) {
      options.signal?.throwIfAborted();
      await writeMember(tx, r, create, sourceOf.get(r.id) ?? r.id);
      onProgress({ phase: 'write', done: i + 1, total: records.length });
    }
    // One place in the search change feed for the whole file: its members commit together.
    const seq = await nextChangeSeq(tx);
    for (const { r } of records) await stampChange(tx, 'Member', r.id, seq);
  });
}

/** The member's row and relationships, as the planner compares them; null when the id is not stored. */
async function storedRecord(store: GraphStore, id: string): Promise<MemberRecord | null> {
  const neighbourhood = new MemberNeighbourhood(store);
  const [member, skills, spaces, communities, filieres] = await Promise.all([
    new MemberRepository(store).get(id),
    neighbourhood.skills(id),
    ...LINK_KINDS.map((kind) => linkedIds(store, id, kind)),
  ]);
  return member && { ...member, skills, spaces, communities, filieres };
}

async function linkedIds(store: GraphStore, memberId: string, kind: MemberLinkKind): Promise<string[]> {
  const rows = await store.read<{ id: string }>(
    `MATCH (m:Member {id: $memberId})-[:${kind.type}]->(n:${kind.label}) RETURN n.id AS id ORDER BY n.id`,
    { memberId },
  );
  return rows.map((row) => row.id);
}

/**
 * The member's properties and relationships. Relationships are diffed against what the transaction sees
 * and written with CREATE, SET and DELETE, never MERGE: in a long Kùzu 0.11 transaction on tables that
 * hold bulk-loaded rows, `MERGE (m)-[:HAS_SKILL]->(s)` reported success for relationships it did not
 * create (6 of 2,000 lost in a 1,000-member import; the same statements in auto-commit lost none).
 */
async function writeMember(tx: GraphQueryRunner, record: MemberRecord, create: boolean, source: string) {
  await claimMemberKeys(tx, record);
  await tx.run(create ? CREATE_MEMBER : SET_MEMBER, memberToProperties(record));
  const before = create ? null : await linksInTransaction(tx, record.id);
  const problems: FieldProblem[] = [];
  await writeSkills(tx, record.id, before?.skills ?? [], record.skills, problems);
  for (const kind of LINK_KINDS) {
    await writeLinks(tx, record.id, kind, before?.[kind.field] ?? [], record[kind.field], problems);
  }
  if (problems.length > 0) {
    throw new BadUserInputError(problems.map((p) => ({ ...p, path: [source, ...p.path] })));
  }
}

type MemberLinks = Pick<MemberRecord, 'skills' | 'spaces' | 'communities' | 'filieres'>;

async function linksInTransaction(tx: GraphQueryRunner, memberId: string): Promise<MemberLinks> {
  const skills = await tx.run<HasSkill>(
    'MATCH (m:Member {id: $memberId})-[h:HAS_SKILL]->(s:Skill) RETURN s.id AS skill, h.level AS level, h.years AS years',
    { memberId },
  );
  const links: MemberLinks = { skills, spaces: [], communities: [], filieres: [] };
  for (const kind of LINK_KINDS) {
    const rows = await tx.run<{ id: string }>(
      `MATCH (m:Member {id: $memberId})-[:${kind.type}]->(n:${kind.label}) RETURN n.id AS id`,
      { memberId },
    );
    links[kind.field] = rows.map((row) => row.id);
  }
  return links;
}

async function writeSkills(
  tx: GraphQueryRunner,
  memberId: string,
  before: readonly HasSkill[],
  after: readonly HasSkill[],
  problems: FieldProblem[],
): Promise<void> {
  const previous = new Map(before.map((s) => [s.skill, s]));
  const next = new Set(after.map((s) => s.skill));
  const removed = before.filter((s) => !next.has(s.skill)).map((s) => s.skill);
  if (removed.length > 0) {
    await tx.run(
      'MATCH (m:Member {id: $memberId})-[r:HAS_SKILL]->(s:Skill) WHERE s.id IN $removed DELETE r',
      {
        memberId,
        removed,
      },
    );
  }
  const seen = new Set<string>();
  for (const [i, s] of after.entries()) {
    if (seen.has(s.skill)) {
      problems.push({ path: ['skills', i], message: `"${s.skill}" is listed twice` });
      continue;
    }
    seen.add(s.skill);
    const old = previous.get(s.skill);
    if (old && old.level === s.level && old.years === s.years) continue;
    const rows = await tx.run(old ? SET_SKILL : CREATE_SKILL, {
      memberId,
      skill: s.skill,
      level: s.level,
      years: s.years,
    });
    if (rows.length === 0)
      problems.push({ path: ['skills', i, 'skill'], message: `unknown skill "${s.skill}"` });
  }
}

async function writeLinks(
  tx: GraphQueryRunner,
  memberId: string,
  kind: LinkKind,
  before: readonly string[],
  after: readonly string[],
  problems: FieldProblem[],
): Promise<void> {
  const previous = new Set(before);
  const next = new Set(after);
  const removed = before.filter((id) => !next.has(id));
  if (removed.length > 0) {
    await tx.run(
      `MATCH (m:Member {id: $memberId})-[r:${kind.type}]->(n:${kind.label}) WHERE n.id IN $removed DELETE r`,
      { memberId, removed },
    );
  }
  const added = [...next].filter((id) => !previous.has(id));
  if (next.size < after.length) problems.push({ path: [kind.field], message: 'lists an id twice' });
  if (added.length === 0) return;
  const rows = await tx.run<{ id: string }>(
    `MATCH (m:Member {id: $memberId}) UNWIND $added AS target MATCH (n:${kind.label} {id: target}) ` +
      `CREATE (m)-[r:${kind.type}${kind.createdWith}]->(n) RETURN n.id AS id`,
    { memberId, added },
  );
  const found = new Set(rows.map((row) => row.id));
  for (const id of added) {
    if (!found.has(id)) {
      problems.push({
        path: [kind.field, after.indexOf(id)],
        message: `unknown ${kind.label.toLowerCase()} "${id}"`,
      });
    }
  }
}

type UniqueField = 'email' | 'externalId' | 'handle';
const UNIQUE_FIELDS: readonly UniqueField[] = ['externalId', 'email', 'handle'];

/** Who holds each e-mail, externalId and handle in the store (e-mails compared lower-cased). */
class StoredIdentities {
  private constructor(private readonly holders: Record<UniqueField, Map<string, string>>) {}

  static async scan(store: GraphStore): Promise<StoredIdentities> {
    const rows = await store.read<{ id: string; externalId: string | null; email: string; handle: string }>(
      'MATCH (m:Member) RETURN m.id AS id, m.externalId AS externalId, m.email AS email, m.handle AS handle',
    );
    const holders: Record<UniqueField, Map<string, string>> = {
      email: new Map(),
      externalId: new Map(),
      handle: new Map(),
    };
    for (const row of rows) {
      holders.email.set(row.email.toLowerCase(), row.id);
      holders.handle.set(row.handle, row.id);
      if (row.externalId !== null) holders.externalId.set(row.externalId, row.id);
    }
    return new StoredIdentities(holders);
  }

  holderOf(field: UniqueField, value: string): string | undefined {
    return this.holders[field].get(value);
  }

  /** The stored member a parsed row refers to: by externalId, then by e-mail. */
  find(record: MemberRecord): string | undefined {
    const byExternalId =
      record.externalId === null ? undefined : this.holders.externalId.get(record.externalId);
    return byExternalId ?? this.holders.email.get(record.email.toLowerCase());
  }

  /** Rows that would give a member an e-mail, externalId or handle another member keeps after the import. */
  conflicts(plan: ImportPlan, sourceOf: ReadonlyMap<string, string>): FieldProblem[] {
    const planned = new Map([...plan.create, ...plan.update].map((r) => [r.id, r]));
    const problems: FieldProblem[] = [];
    for (const record of planned.values()) {
      for (const field of UNIQUE_FIELDS) {
        const value = uniqueValue(record, field);
        if (value === null) continue;
        const holder = this.holders[field].get(value);
        if (holder === undefined || holder === record.id) continue;
        const holderAfter = planned.get(holder);
        if (holderAfter && uniqueValue(holderAfter, field) !== value) continue;
        problems.push({
          path: [sourceOf.get(record.id) ?? record.id, field],
          message: `"${value}" already belongs to member ${holder}`,
        });
      }
    }
    return problems;
  }
}

/**
 * The streamed form of `StoredIdentities.conflicts`: each planned record is checked as it comes against
 * who holds its e-mail, externalId and handle in the store; a clash is forgiven at the end only when the
 * holder is updated by the same file to another value (members swapping e-mails within one file).
 * Keeps the clashes and the unique values of updated members that change them, not every row.
 */
class IdentityConflicts {
  private readonly pending: { source: string; field: UniqueField; value: string; holder: string }[] = [];
  private readonly changedKeys = new Map<string, MemberRecord>();

  constructor(private readonly stored: StoredIdentities) {}

  check(record: MemberRecord, source: string, current: MemberRecord | null): void {
    if (current && UNIQUE_FIELDS.some((f) => uniqueValue(current, f) !== uniqueValue(record, f))) {
      this.changedKeys.set(record.id, record);
    }
    for (const field of UNIQUE_FIELDS) {
      const value = uniqueValue(record, field);
      if (value === null) continue;
      const holder = this.stored.holderOf(field, value);
      if (holder !== undefined && holder !== record.id) this.pending.push({ source, field, value, holder });
    }
  }

  conflicts(): FieldProblem[] {
    return this.pending.flatMap(({ source, field, value, holder }) => {
      const holderAfter = this.changedKeys.get(holder);
      if (holderAfter && uniqueValue(holderAfter, field) !== value) return [];
      return [{ path: [source, field], message: `"${value}" already belongs to member ${holder}` }];
    });
  }
}

function uniqueValue(record: MemberRecord, field: UniqueField): string | null {
  return field === 'email' ? record.email.toLowerCase() : record[field];
}

function importFileSize(path: string): number {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw BadUserInputError.at([path], 'is not a file');
    return stat.size;
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw BadUserInputError.at([path], code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
}

/** The stream's chunks, reporting the bytes read so far after each. */
async function* countingBytes(stream: Readable, onBytes: (done: number) => void): AsyncGenerator<Uint8Array> {
  let done = 0;
  for await (const chunk of stream) {
    done += (chunk as Buffer).length;
    yield chunk as Buffer;
    onBytes(done);
  }
}

function readImportFile(path: string): Buffer {
  try {
    if (!statSync(path).isFile()) throw BadUserInputError.at([path], 'is not a file');
    return readFileSync(path);
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw BadUserInputError.at([path], code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
}
