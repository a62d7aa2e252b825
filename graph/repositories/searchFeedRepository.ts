// What the search sync reads from the graph, as domain records: the change
// feed (members and tenders whose `changeSeq`, the commit sequence of
// changeSequence.ts, is after a position; tombstones come from
// tombstoneRepository.ts), member records with their links, tenders, projects
// and the reference lists; it satisfies search/sync/searchFeed.ts by shape. It knows nothing of search documents: the sync
// (search/sync/) builds those, so graph/ does not import search/. Kùzu has no
// secondary index on `changeSeq`: the feed scans the Member table, tens of
// milliseconds per batch on 100,000 members, once per sync window.
import type { Community } from '../../domain/entities/community.js';
import type { Filiere } from '../../domain/entities/filiere.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import type { Project } from '../../domain/entities/project.js';
import type { HasSkill, Skill } from '../../domain/entities/skill.js';
import type { Space } from '../../domain/entities/space.js';
import type { Tender } from '../../domain/entities/tender.js';
import type { GraphStore, Row } from '../graphStore.js';
import { memberFromRow } from '../properties/memberProperties.js';
import { projection } from '../properties/projection.js';
import { PROJECT_PROPERTIES, projectFromRow } from '../properties/projectProperties.js';
import { numeric, text } from '../properties/rowValues.js';
import { CommunityRepository } from './communityRepository.js';
import { FiliereRepository } from './filiereRepository.js';
import { MEMBER_COLUMNS } from './memberRepository.js';
import { SkillRepository } from './skillRepository.js';
import { SpaceRepository } from './spaceRepository.js';
import { TenderRepository } from './tenderRepository.js';
import { type Tombstone, TombstoneRepository } from './tombstoneRepository.js';

/** The node labels whose nodes carry `changeSeq`, so appear in the change feed. */
export type FedLabel = 'Member' | 'Tender';

/** A node stamped at feed position `at`. */
export interface StampedId {
  id: string;
  at: number;
}

/** Where to resume: after position `at`, and at `at` itself only ids after `fromId` (null: none of them). */
export interface FeedCursor {
  at: number;
  fromId: string | null;
}

export class SearchFeedRepository {
  private readonly tenders: TenderRepository;
  private readonly tombstones: TombstoneRepository;

  constructor(private readonly store: GraphStore) {
    this.tenders = new TenderRepository(store);
    this.tombstones = new TombstoneRepository(store);
  }

  tombstonesSince(seq: number, limit: number): Promise<Tombstone[]> {
    return this.tombstones.since(seq, limit);
  }

  latestTombstone(): Promise<Tombstone | null> {
    return this.tombstones.latest();
  }

  purgeTombstonesBefore(seq: number): Promise<void> {
    return this.tombstones.purgeBefore(seq);
  }

  recordTombstone(kind: Tombstone['kind'], entityId: string, at: number): Promise<void> {
    return this.tombstones.record(kind, entityId, at);
  }

  skills(): Promise<Skill[]> {
    return new SkillRepository(this.store).list();
  }

  spaces(): Promise<Space[]> {
    return new SpaceRepository(this.store).list();
  }

  communities(): Promise<Community[]> {
    return new CommunityRepository(this.store).list();
  }

  filieres(): Promise<Filiere[]> {
    return new FiliereRepository(this.store).list();
  }

  /** Nodes of `label` stamped after the cursor, in (at, id) order, at most `limit`; null cursor: from the start. */
  stampedAfter(label: FedLabel, after: FeedCursor | null, limit: number): Promise<StampedId[]> {
    const returning = 'RETURN n.id AS id, n.changeSeq AS at ORDER BY at, id LIMIT $limit';
    const read =
      after === null
        ? this.store.read(`MATCH (n:${label}) ${returning}`, { limit })
        : after.fromId === null
          ? this.store.read(`MATCH (n:${label}) WHERE n.changeSeq > $at ${returning}`, {
              at: after.at,
              limit,
            })
          : this.store.read(
              `MATCH (n:${label}) WHERE n.changeSeq > $at OR (n.changeSeq = $at AND n.id > $from) ${returning}`,
              { at: after.at, from: after.fromId, limit },
            );
    return read.then((rows) => rows.map((row) => ({ id: text(row, 'id'), at: numeric(row, 'at') })));
  }

  /** The node of `label` stamped last (null when none is). */
  async latestStamped(label: FedLabel): Promise<StampedId | null> {
    const rows = await this.store.read(
      // A row written without a stamp (none should be) must not hide the latest stamped one.
      `MATCH (n:${label}) WHERE n.changeSeq IS NOT NULL RETURN n.id AS id, n.changeSeq AS at ORDER BY at DESC, id DESC LIMIT 1`,
    );
    return rows[0] ? { id: text(rows[0], 'id'), at: numeric(rows[0], 'at') } : null;
  }

  /** How many nodes a full reindex reads: members, tenders, projects, spaces and skills. */
  async countIndexed(): Promise<number> {
    let total = 0;
    for (const label of ['Member', 'Tender', 'Project', 'Space', 'Skill']) {
      const rows = await this.store.read(`MATCH (n:${label}) RETURN count(n) AS total`);
      total += numeric(rows[0] ?? { total: 0 }, 'total');
    }
    return total;
  }

  /** Members with their skills, spaces, communities and filières; unknown ids are left out. */
  async membersByIds(ids: readonly string[]): Promise<MemberRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.store.readByKeys(`MATCH (m:Member {id: $key}) RETURN ${MEMBER_COLUMNS}`, ids);
    return this.memberRecords(
      rows.flatMap((list) => list.slice(0, 1)),
      (match) => this.linksByKeys(match, ids),
    );
  }

  /** One page of members in id order after `afterId` ('' for the first), with their links. */
  async membersPage(afterId: string, limit: number): Promise<MemberRecord[]> {
    const rows = await this.store.read(
      `MATCH (m:Member) WHERE m.id > $after RETURN ${MEMBER_COLUMNS} ORDER BY m.id LIMIT $limit`,
      { after: afterId, limit },
    );
    if (rows.length === 0) return [];
    const first = text(rows[0]!, 'id');
    const last = text(rows.at(-1)!, 'id');
    return this.memberRecords(rows, (match) => this.linksInRange(match, first, last));
  }

  /** The ids among these that no member holds any more (erased meanwhile). */
  async missingMembers(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.store.readByKeys('MATCH (m:Member {id: $key}) RETURN m.id AS id', ids);
    return ids.filter((_, i) => (rows[i] ?? []).length === 0);
  }

  async tendersByIds(ids: readonly string[]): Promise<Tender[]> {
    const found: Tender[] = [];
    for (const id of ids) {
      const tender = await this.tenders.get(id);
      if (tender) found.push(tender);
    }
    return found;
  }

  async allTenders(): Promise<Tender[]> {
    const rows = await this.store.read('MATCH (t:Tender) RETURN t.id AS id ORDER BY id');
    return this.tendersByIds(rows.map((row) => text(row, 'id')));
  }

  async projectsByIds(ids: readonly string[]): Promise<Project[]> {
    const found: Project[] = [];
    for (const id of ids) {
      const rows = await this.store.read(
        `MATCH (p:Project {id: $id}) RETURN ${projection('p', PROJECT_PROPERTIES)}`,
        { id },
      );
      if (rows[0]) found.push(projectFromRow(rows[0]));
    }
    return found;
  }

  async allProjects(): Promise<Project[]> {
    const rows = await this.store.read(`MATCH (p:Project) RETURN ${projection('p', PROJECT_PROPERTIES)}`);
    return rows.map(projectFromRow);
  }

  /** Member records for these member rows; `links` reads one relationship kind for all of them. */
  private async memberRecords(
    rows: readonly Row[],
    links: (match: string) => Promise<Row[]>,
  ): Promise<MemberRecord[]> {
    if (rows.length === 0) return [];
    const skillRows = await links('MATCH (m:Member)-[h:HAS_SKILL]->(x:Skill)');
    const spaceRows = await links('MATCH (m:Member)-[:WORKS_FROM]->(x:Space)');
    const communityRows = await links('MATCH (m:Member)-[:MEMBER_OF]->(x:Community)');
    const filiereRows = await links('MATCH (m:Member)-[:IN_FILIERE]->(x:Filiere)');
    const skills = groupBy(
      skillRows,
      (row): HasSkill => ({
        skill: text(row, 'target'),
        level: numeric(row, 'level'),
        years: numeric(row, 'years'),
      }),
    );
    const ids = (list: Row[]) => groupBy(list, (row) => text(row, 'target'));
    const spaces = ids(spaceRows);
    const communities = ids(communityRows);
    const filieres = ids(filiereRows);
    return rows.map((row) => {
      const member = memberFromRow(row);
      return {
        ...member,
        skills: (skills.get(member.id) ?? []).sort(
          (a, b) => b.level - a.level || a.skill.localeCompare(b.skill),
        ),
        spaces: (spaces.get(member.id) ?? []).sort(),
        communities: (communities.get(member.id) ?? []).sort(),
        filieres: (filieres.get(member.id) ?? []).sort(),
      };
    });
  }

  /** One relationship kind for the members whose ids lie in [first, last] (a snapshot page). */
  private linksInRange(match: string, first: string, last: string): Promise<Row[]> {
    return this.store.read(`${match} WHERE m.id >= $first AND m.id <= $last RETURN ${linkColumns(match)}`, {
      first,
      last,
    });
  }

  /** One relationship kind for a few members (a sync batch): point lookups. */
  private async linksByKeys(match: string, memberIds: readonly string[]): Promise<Row[]> {
    const keyed = match.replace('(m:Member)', '(m:Member {id: $key})');
    return (await this.store.readByKeys(`${keyed} RETURN ${linkColumns(match)}`, memberIds)).flat();
  }
}

function linkColumns(match: string): string {
  const levels = match.includes('HAS_SKILL') ? ', h.level AS level, h.years AS years' : '';
  return `m.id AS member, x.id AS target${levels}`;
}

function groupBy<T>(rows: readonly Row[], value: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const member = text(row, 'member');
    const list = groups.get(member) ?? [];
    list.push(value(row));
    groups.set(member, list);
  }
  return groups;
}
