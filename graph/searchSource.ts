// The search sync's view of the graph (search/sync.ts `SyncSource`): the change
// feed is every member and tender whose `changeSeq` (the commit sequence of
// repositories/changeSequence.ts, taken inside the writing transaction) is after
// the watermark, plus the tombstones of deletions the index could not apply at
// once; load and snapshot build the documents the index stores. Kùzu has no
// secondary index on `changeSeq`: the feed scans the Member table, which costs
// tens of milliseconds per batch on 100,000 members, once per sync window.
import type { HasSkill } from '../domain/entities/skill.js';
import type { ProgressListener } from '../domain/progress.js';
import type { Taxonomy } from '../domain/taxonomy.js';
import {
  type DocumentContext,
  type DocumentKind,
  memberDocument,
  projectDocument,
  referenceDocuments,
  type SearchDocument,
  tenderDocument,
} from '../search/documents.js';
import type { SearchIndex, SyncWatermark } from '../search/searchIndex.js';
import { type ChangeRef, changeKey, compareWatermarks, type SyncSource, syncOnce } from '../search/sync.js';
import type { GraphStore, Row } from './graphStore.js';
import { memberFromRow } from './properties/memberProperties.js';
import { projection } from './properties/projection.js';
import { PROJECT_PROPERTIES, projectFromRow } from './properties/projectProperties.js';
import { numeric, text } from './properties/rowValues.js';
import { CommunityRepository } from './repositories/communityRepository.js';
import { FiliereRepository } from './repositories/filiereRepository.js';
import { MEMBER_COLUMNS } from './repositories/memberRepository.js';
import { SkillRepository } from './repositories/skillRepository.js';
import { SpaceRepository } from './repositories/spaceRepository.js';
import { TenderRepository } from './repositories/tenderRepository.js';
import { TombstoneRepository } from './repositories/tombstoneRepository.js';

/** The kinds whose nodes carry `changeSeq` and so appear in the change feed. */
const FED_KINDS = [
  { kind: 'member', label: 'Member' },
  { kind: 'tender', label: 'Tender' },
] as const satisfies readonly { kind: DocumentKind; label: string }[];

/**
 * Ids of `kind` changed at the watermark's own time that come after it: all of
 * them when the watermark's key sorts before this kind's keys, none when after.
 */
function idThreshold(kind: DocumentKind, after: SyncWatermark): { from: string; none: boolean } {
  const prefix = `${kind}:`;
  if (after.key.startsWith(prefix)) return { from: after.key.slice(prefix.length), none: false };
  return after.key < prefix ? { from: '', none: false } : { from: '', none: true };
}

export class GraphSearchSource implements SyncSource {
  private readonly tombstones: TombstoneRepository;
  private readonly tenders: TenderRepository;

  constructor(
    private readonly store: GraphStore,
    private readonly taxonomy: Taxonomy,
  ) {
    this.tombstones = new TombstoneRepository(store);
    this.tenders = new TenderRepository(store);
  }

  async changesSince(after: SyncWatermark | null, limit: number): Promise<ChangeRef[]> {
    const changes: ChangeRef[] = [];
    for (const { kind, label } of FED_KINDS) {
      const rows = await this.changedRows(label, kind, after, limit);
      for (const row of rows)
        changes.push({ kind, id: text(row, 'id'), at: numeric(row, 'at'), deleted: false });
    }
    for (const t of await this.tombstones.since(after?.at ?? Number.MIN_SAFE_INTEGER, limit * 2)) {
      changes.push({ kind: t.kind, id: t.entityId, at: t.seq, deleted: true });
    }
    const key = (c: ChangeRef): SyncWatermark => ({ at: c.at, key: changeKey(c.kind, c.id) });
    return changes
      .filter((c) => after === null || compareWatermarks(key(c), after) > 0)
      .sort((a, b) => compareWatermarks(key(a), key(b)))
      .slice(0, limit);
  }

  private changedRows(label: string, kind: DocumentKind, after: SyncWatermark | null, limit: number) {
    const returning = 'RETURN n.id AS id, n.changeSeq AS at ORDER BY at, id LIMIT $limit';
    if (after === null) return this.store.read(`MATCH (n:${label}) ${returning}`, { limit });
    const { from, none } = idThreshold(kind, after);
    const sameTime = none ? '' : ' OR (n.changeSeq = $at AND n.id > $from)';
    return this.store.read(`MATCH (n:${label}) WHERE n.changeSeq > $at${sameTime} ${returning}`, {
      at: after.at,
      limit,
      ...(none ? {} : { from }),
    });
  }

  async load(refs: readonly { kind: DocumentKind; id: string }[]): Promise<SearchDocument[]> {
    const ctx = await this.context();
    const ids = (kind: DocumentKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
    const documents: SearchDocument[] = [];
    const memberIds = ids('member');
    if (memberIds.length > 0) {
      const rows = await this.store.readByKeys(
        `MATCH (m:Member {id: $key}) RETURN ${MEMBER_COLUMNS}`,
        memberIds,
      );
      const found = rows.flatMap((list) => list.slice(0, 1));
      documents.push(
        ...(await this.memberDocuments(found, ctx, (match) => this.linksByKeys(match, memberIds))),
      );
    }
    for (const id of ids('tender')) {
      const tender = await this.tenders.get(id);
      if (tender) documents.push(tenderDocument(tender, ctx));
    }
    const wantedReference = new Set(
      refs.filter((r) => r.kind === 'space' || r.kind === 'skill').map((r) => changeKey(r.kind, r.id)),
    );
    if (wantedReference.size > 0) {
      documents.push(
        ...(await this.referenceDocuments(ctx)).filter((d) => wantedReference.has(changeKey(d.kind, d.id))),
      );
    }
    for (const id of ids('project')) {
      const rows = await this.store.read(
        `MATCH (p:Project {id: $id}) RETURN ${projection('p', PROJECT_PROPERTIES)}`,
        { id },
      );
      if (rows[0]) documents.push(projectDocument(projectFromRow(rows[0])));
    }
    return documents;
  }

  async latestChange(): Promise<SyncWatermark | null> {
    const candidates: SyncWatermark[] = [];
    for (const { kind, label } of FED_KINDS) {
      const rows = await this.store.read(
        // A row written without a stamp (none should be) must not hide the latest stamped one.
        `MATCH (n:${label}) WHERE n.changeSeq IS NOT NULL RETURN n.id AS id, n.changeSeq AS at ORDER BY at DESC, id DESC LIMIT 1`,
      );
      if (rows[0]) candidates.push({ at: numeric(rows[0], 'at'), key: changeKey(kind, text(rows[0], 'id')) });
    }
    const tombstone = await this.tombstones.latest();
    if (tombstone) candidates.push({ at: tombstone.seq, key: changeKey(tombstone.kind, tombstone.entityId) });
    return candidates.sort(compareWatermarks).at(-1) ?? null;
  }

  async count(): Promise<number> {
    let total = 0;
    for (const label of ['Member', 'Tender', 'Project', 'Space', 'Skill']) {
      const rows = await this.store.read(`MATCH (n:${label}) RETURN count(n) AS total`);
      total += numeric(rows[0] ?? { total: 0 }, 'total');
    }
    return total;
  }

  async *snapshot(pageSize: number): AsyncIterable<SearchDocument[]> {
    const ctx = await this.context();
    yield await this.referenceDocuments(ctx);
    let after = '';
    for (;;) {
      const rows = await this.store.read(
        `MATCH (m:Member) WHERE m.id > $after RETURN ${MEMBER_COLUMNS} ORDER BY m.id LIMIT $limit`,
        { after, limit: pageSize },
      );
      if (rows.length === 0) break;
      const first = text(rows[0]!, 'id');
      after = text(rows.at(-1)!, 'id');
      yield await this.memberDocuments(rows, ctx, (match) => this.linksInRange(match, first, after));
      if (rows.length < pageSize) break;
    }
    const tenderIds = await this.store.read('MATCH (t:Tender) RETURN t.id AS id ORDER BY id');
    const tenders: SearchDocument[] = [];
    for (const row of tenderIds) {
      const tender = await this.tenders.get(text(row, 'id'));
      if (tender) tenders.push(tenderDocument(tender, ctx));
    }
    const projects = await this.store.read(`MATCH (p:Project) RETURN ${projection('p', PROJECT_PROPERTIES)}`);
    yield [...tenders, ...projects.map((row) => projectDocument(projectFromRow(row)))];
  }

  /** The ids among these that no member holds any more (erased meanwhile). */
  async missingMembers(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.store.readByKeys('MATCH (m:Member {id: $key}) RETURN m.id AS id', ids);
    return ids.filter((_, i) => (rows[i] ?? []).length === 0);
  }

  /** Purges the tombstones strictly older than the watermark (already applied to the index). */
  async purgeApplied(watermark: SyncWatermark): Promise<void> {
    await this.tombstones.purgeBefore(watermark.at);
  }

  private async referenceDocuments(ctx: DocumentContext): Promise<SearchDocument[]> {
    const [skills, spaces] = await Promise.all([
      new SkillRepository(this.store).list(),
      new SpaceRepository(this.store).list(),
    ]);
    return referenceDocuments({ skills, spaces }, ctx);
  }

  /** Spaces, communities and filières read from the graph (filières are created through the API). */
  private async context(): Promise<DocumentContext> {
    const [spaces, communities, filieres] = await Promise.all([
      new SpaceRepository(this.store).list(),
      new CommunityRepository(this.store).list(),
      new FiliereRepository(this.store).list(),
    ]);
    return {
      taxonomy: this.taxonomy,
      spacesById: new Map(spaces.map((s) => [s.id, s])),
      communitiesById: new Map(communities.map((c) => [c.id, c])),
      filieresById: new Map(filieres.map((f) => [f.id, f])),
    };
  }

  /** Member documents for these member rows; `links` reads one relationship kind for all of them. */
  private async memberDocuments(
    rows: readonly Row[],
    ctx: DocumentContext,
    links: (match: string) => Promise<Row[]>,
  ): Promise<SearchDocument[]> {
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
      return memberDocument(
        {
          ...member,
          skills: (skills.get(member.id) ?? []).sort(
            (a, b) => b.level - a.level || a.skill.localeCompare(b.skill),
          ),
          spaces: (spaces.get(member.id) ?? []).sort(),
          communities: (communities.get(member.id) ?? []).sort(),
          filieres: (filieres.get(member.id) ?? []).sort(),
        },
        ctx,
      );
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

export interface GraphSearchSyncReport {
  upserted: number;
  removed: number;
}

/**
 * Brings the index up to date with the graph in batches (the search-sync job's
 * work), then purges the tombstones it has applied. `index` is read at each
 * run, so a reopened index is picked up. Stops between batches when aborted:
 * the watermark only moves after a batch is applied, so the next run resumes.
 */
export function graphSearchSync(
  store: GraphStore,
  taxonomy: Taxonomy,
  index: () => SearchIndex,
  batchSize = 500,
): { syncOnce(onProgress: ProgressListener, signal: AbortSignal): Promise<GraphSearchSyncReport> } {
  const source = new GraphSearchSource(store, taxonomy);
  // Members loaded by the current batch: an erasure that commits while the batch is between
  // load and upsert would otherwise have its index removal overwritten by the stale document.
  let loadedMembers: string[] = [];
  const recordingSource: SyncSource = {
    changesSince: (after, limit) => source.changesSince(after, limit),
    latestChange: () => source.latestChange(),
    count: () => source.count(),
    snapshot: (pageSize) => source.snapshot(pageSize),
    async load(refs) {
      const documents = await source.load(refs);
      loadedMembers = documents.filter((d) => d.kind === 'member').map((d) => d.id);
      return documents;
    },
  };
  return {
    async syncOnce(onProgress, signal) {
      const target = index();
      const total: GraphSearchSyncReport = { upserted: 0, removed: 0 };
      for (;;) {
        signal.throwIfAborted();
        loadedMembers = [];
        const report = await syncOnce(recordingSource, target, batchSize);
        const erased = await source.missingMembers(loadedMembers);
        if (erased.length > 0) await target.remove('member', erased);
        total.upserted += report.upserted - erased.length;
        total.removed += report.removed + erased.length;
        onProgress({ phase: 'search-sync', done: total.upserted + total.removed, total: 0 });
        if (report.caughtUp) {
          if (report.watermark) await source.purgeApplied(report.watermark);
          return total;
        }
      }
    },
  };
}

/**
 * The erasure hook of the search index: drops the member's document at once;
 * when the index is down, leaves a tombstone that the next sync applies (and
 * then purges), so an outage never leaves an erased member searchable.
 */
export async function dropMemberFromSearch(
  store: GraphStore,
  index: SearchIndex,
  memberId: string,
  now = Date.now(),
): Promise<void> {
  try {
    await index.remove('member', [memberId]);
  } catch {
    await new TombstoneRepository(store).record('member', memberId, now);
  }
}
