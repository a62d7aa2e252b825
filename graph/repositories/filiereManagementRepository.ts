// Writes on filières: create and edit (labels, description, core skills,
// animators), members joining and leaving, and growth over time. Reads of a
// filière stay in FiliereRepository. Relationships are written by checking
// existence then CREATE, never MERGE (Kùzu drops MERGEd relationships on
// bulk-loaded tables, see graph/kuzu).
import type { Filiere } from '../../domain/entities/filiere.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';
import { filiereToProperties } from '../properties/filiereProperties.js';
import { nullableNumeric, numeric } from '../properties/rowValues.js';

export interface FiliereChanges {
  labels?: Filiere['labels'];
  description?: string;
  coreSkills?: readonly string[];
  /** Member ids holding the animator role; others in the filière become plain members. */
  animatorIds?: readonly string[];
}

/** Members of a filière per calendar month (UTC), oldest first. */
export interface FiliereGrowthPoint {
  /** "YYYY-MM" */
  month: string;
  joined: number;
  /** Members at the end of the month. */
  total: number;
}

export class FiliereManagementRepository {
  constructor(private readonly store: GraphStore) {}

  /** Creates a filière with its core skills and animators, all or nothing. */
  async create(filiere: Filiere, animatorIds: readonly string[], now: number): Promise<void> {
    await this.store.transaction(async (tx) => {
      const existing = await tx.run('MATCH (f:Filiere {id: $id}) RETURN f.id AS id', { id: filiere.id });
      if (existing.length > 0) throw new ConflictError(`a filière "${filiere.id}" already exists`);
      await tx.run('CREATE (f:Filiere {id: $id}) SET f.createdAt = $now', { id: filiere.id, now });
      await setProperties(tx, filiere.id, { labels: filiere.labels, description: filiere.description });
      await replaceCoreSkills(tx, filiere.id, filiere.coreSkills);
      await replaceAnimators(tx, filiere.id, animatorIds, now);
    });
  }

  async update(id: string, changes: FiliereChanges, now: number): Promise<void> {
    await this.store.transaction(async (tx) => {
      const existing = await tx.run('MATCH (f:Filiere {id: $id}) RETURN f.id AS id', { id });
      if (existing.length === 0) throw new NotFoundError('Filiere', id);
      await setProperties(tx, id, changes);
      if (changes.coreSkills) await replaceCoreSkills(tx, id, changes.coreSkills);
      if (changes.animatorIds) await replaceAnimators(tx, id, changes.animatorIds, now);
    });
  }

  /** Adds the members (role "member"); those already in keep their role. Returns the ids newly added. */
  async addMembers(filiereId: string, memberIds: readonly string[], now: number): Promise<string[]> {
    return this.store.transaction(async (tx) => {
      const added: string[] = [];
      for (const memberId of memberIds) {
        if (await addLink(tx, filiereId, memberId, 'member', now)) added.push(memberId);
      }
      return added;
    });
  }

  /** False when the member was not in the filière. */
  async leave(filiereId: string, memberId: string): Promise<boolean> {
    const rows = await this.store.write(
      'MATCH (m:Member {id: $memberId})-[r:IN_FILIERE]->(f:Filiere {id: $filiereId}) DELETE r RETURN f.id AS id',
      { memberId, filiereId },
    );
    return rows.length > 0;
  }

  /** Ids of the filière's members, animators included. */
  async memberIds(filiereId: string): Promise<Set<string>> {
    const rows = await this.store.read<{ id: string }>(
      'MATCH (m:Member)-[:IN_FILIERE]->(f:Filiere {id: $filiereId}) RETURN m.id AS id',
      { filiereId },
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Members per month since the first join. A member's join date is when they joined the filière,
   * or, for links made before that was recorded, when they joined the cooperative.
   */
  async growth(filiereId: string): Promise<FiliereGrowthPoint[]> {
    const rows = await this.store.read(
      'MATCH (m:Member)-[r:IN_FILIERE]->(f:Filiere {id: $filiereId}) RETURN r.since AS since, m.joinedAt AS joinedAt',
      { filiereId },
    );
    return monthlyGrowth(rows.map((row) => nullableNumeric(row, 'since') ?? numeric(row, 'joinedAt')));
  }
}

export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** Join dates → joins and running totals per month, every month from the first to the last (gaps count 0). */
export function monthlyGrowth(joinDates: readonly number[]): FiliereGrowthPoint[] {
  if (joinDates.length === 0) return [];
  const perMonth = new Map<string, number>();
  for (const at of joinDates) perMonth.set(monthOf(at), (perMonth.get(monthOf(at)) ?? 0) + 1);
  const months = [...perMonth.keys()].sort();
  const points: FiliereGrowthPoint[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months.at(-1)!;
  let total = 0;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const joined = perMonth.get(key) ?? 0;
    total += joined;
    points.push({ month: key, joined, total });
    if (key === last) return points;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

async function setProperties(
  tx: GraphQueryRunner,
  id: string,
  changes: Pick<FiliereChanges, 'labels' | 'description'>,
): Promise<void> {
  if (changes.labels) {
    const props = filiereToProperties({ id, labels: changes.labels, description: '', coreSkills: [] });
    await tx.run('MATCH (f:Filiere {id: $id}) SET f.labelFr = $fr, f.labelEn = $en, f.labelNl = $nl', {
      id,
      fr: props.labelFr,
      en: props.labelEn,
      nl: props.labelNl,
    });
  }
  if (changes.description !== undefined) {
    await tx.run('MATCH (f:Filiere {id: $id}) SET f.description = $description', {
      id,
      description: changes.description,
    });
  }
}

async function replaceCoreSkills(tx: GraphQueryRunner, id: string, skills: readonly string[]): Promise<void> {
  await tx.run('MATCH (f:Filiere {id: $id})-[r:CORE_SKILL]->(:Skill) DELETE r', { id });
  for (const [i, skill] of skills.entries()) {
    const rows = await tx.run(
      'MATCH (f:Filiere {id: $id}) MATCH (s:Skill {id: $skill}) CREATE (f)-[:CORE_SKILL]->(s) RETURN s.id AS id',
      { id, skill },
    );
    if (rows.length === 0) throw BadUserInputError.at(['coreSkills', i], `unknown skill "${skill}"`);
  }
}

/** The listed members become animators (joining if needed); former animators stay as plain members. */
async function replaceAnimators(
  tx: GraphQueryRunner,
  id: string,
  animatorIds: readonly string[],
  now: number,
): Promise<void> {
  await tx.run(
    "MATCH (:Member)-[r:IN_FILIERE]->(f:Filiere {id: $id}) WHERE r.role = 'animator' SET r.role = 'member'",
    {
      id,
    },
  );
  for (const [i, memberId] of animatorIds.entries()) {
    const found = await tx.run('MATCH (m:Member {id: $memberId}) RETURN m.id AS id', { memberId });
    if (found.length === 0) throw BadUserInputError.at(['animators', i], `unknown member "${memberId}"`);
    await addLink(tx, id, memberId, 'animator', now);
    await tx.run('MATCH (:Member {id: $memberId})-[r:IN_FILIERE]->(:Filiere {id: $id}) SET r.role = $role', {
      memberId,
      id,
      role: 'animator',
    });
  }
}

/** Creates the IN_FILIERE link when missing; true when it was created. */
async function addLink(
  tx: GraphQueryRunner,
  filiereId: string,
  memberId: string,
  role: 'member' | 'animator',
  now: number,
): Promise<boolean> {
  const existing = await tx.run(
    'MATCH (:Member {id: $memberId})-[r:IN_FILIERE]->(f:Filiere {id: $filiereId}) RETURN f.id AS id',
    { memberId, filiereId },
  );
  if (existing.length > 0) return false;
  const created = await tx.run(
    'MATCH (m:Member {id: $memberId}) MATCH (f:Filiere {id: $filiereId}) ' +
      'CREATE (m)-[:IN_FILIERE {role: $role, since: $now}]->(f) RETURN f.id AS id',
    { memberId, filiereId, role, now },
  );
  if (created.length === 0) throw new NotFoundError('Member', memberId);
  return true;
}
