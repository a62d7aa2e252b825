// The sync's source (sync.ts `SyncSource`) over the SearchFeed port: merges
// the change feed (members and tenders by feed position, plus tombstones) in
// (at, changeKey) order after a watermark, and builds the documents the index
// stores from the records the feed returns.
import type { Taxonomy } from '../../domain/taxonomy.js';
import {
  type DocumentContext,
  type DocumentKind,
  memberDocument,
  projectDocument,
  referenceDocuments,
  type SearchDocument,
  tenderDocument,
} from '../documents.js';
import type { SyncWatermark } from '../searchIndex.js';
import type { FedLabel, FeedCursor, SearchFeed } from './searchFeed.js';
import { type ChangeRef, changeKey, compareWatermarks, type SyncSource } from './sync.js';

/** The kinds whose nodes carry a feed position, so appear in the change feed. */
const FED_KINDS = [
  { kind: 'member', label: 'Member' },
  { kind: 'tender', label: 'Tender' },
] as const satisfies readonly { kind: DocumentKind; label: FedLabel }[];

/**
 * Ids of `kind` changed at the watermark's own position that come after it: all of
 * them when the watermark's key sorts before this kind's keys, none when after.
 */
function cursorFor(kind: DocumentKind, after: SyncWatermark): FeedCursor {
  const prefix = `${kind}:`;
  if (after.key.startsWith(prefix)) return { at: after.at, fromId: after.key.slice(prefix.length) };
  return { at: after.at, fromId: after.key < prefix ? '' : null };
}

export class FeedSyncSource implements SyncSource {
  constructor(
    private readonly feed: SearchFeed,
    private readonly taxonomy: Taxonomy,
  ) {}

  async changesSince(after: SyncWatermark | null, limit: number): Promise<ChangeRef[]> {
    const changes: ChangeRef[] = [];
    for (const { kind, label } of FED_KINDS) {
      const stamped = await this.feed.stampedAfter(label, after && cursorFor(kind, after), limit);
      for (const { id, at } of stamped) changes.push({ kind, id, at, deleted: false });
    }
    for (const t of await this.feed.tombstonesSince(after?.at ?? Number.MIN_SAFE_INTEGER, limit * 2)) {
      changes.push({ kind: t.kind, id: t.entityId, at: t.seq, deleted: true });
    }
    const key = (c: ChangeRef): SyncWatermark => ({ at: c.at, key: changeKey(c.kind, c.id) });
    return changes
      .filter((c) => after === null || compareWatermarks(key(c), after) > 0)
      .sort((a, b) => compareWatermarks(key(a), key(b)))
      .slice(0, limit);
  }

  async load(refs: readonly { kind: DocumentKind; id: string }[]): Promise<SearchDocument[]> {
    const ctx = await this.context();
    const ids = (kind: DocumentKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
    const documents: SearchDocument[] = [];
    const members = await this.feed.membersByIds(ids('member'));
    documents.push(...members.map((m) => memberDocument(m, ctx)));
    const tenders = await this.feed.tendersByIds(ids('tender'));
    documents.push(...tenders.map((t) => tenderDocument(t, ctx)));
    const wantedReference = new Set(
      refs.filter((r) => r.kind === 'space' || r.kind === 'skill').map((r) => changeKey(r.kind, r.id)),
    );
    if (wantedReference.size > 0) {
      documents.push(
        ...(await this.referenceDocuments(ctx)).filter((d) => wantedReference.has(changeKey(d.kind, d.id))),
      );
    }
    const projects = await this.feed.projectsByIds(ids('project'));
    documents.push(...projects.map(projectDocument));
    return documents;
  }

  async latestChange(): Promise<SyncWatermark | null> {
    const candidates: SyncWatermark[] = [];
    for (const { kind, label } of FED_KINDS) {
      const latest = await this.feed.latestStamped(label);
      if (latest) candidates.push({ at: latest.at, key: changeKey(kind, latest.id) });
    }
    const tombstone = await this.feed.latestTombstone();
    if (tombstone) candidates.push({ at: tombstone.seq, key: changeKey(tombstone.kind, tombstone.entityId) });
    return candidates.sort(compareWatermarks).at(-1) ?? null;
  }

  count(): Promise<number> {
    return this.feed.countIndexed();
  }

  async *snapshot(pageSize: number): AsyncIterable<SearchDocument[]> {
    const ctx = await this.context();
    yield await this.referenceDocuments(ctx);
    let after = '';
    for (;;) {
      const members = await this.feed.membersPage(after, pageSize);
      if (members.length === 0) break;
      after = members.at(-1)!.id;
      yield members.map((m) => memberDocument(m, ctx));
      if (members.length < pageSize) break;
    }
    const tenders = (await this.feed.allTenders()).map((t) => tenderDocument(t, ctx));
    const projects = (await this.feed.allProjects()).map(projectDocument);
    yield [...tenders, ...projects];
  }

  /** The ids among these that no member holds any more (erased meanwhile). */
  missingMembers(ids: readonly string[]): Promise<string[]> {
    return this.feed.missingMembers(ids);
  }

  /** Purges the tombstones strictly older than the watermark (already applied to the index). */
  purgeApplied(watermark: SyncWatermark): Promise<void> {
    return this.feed.purgeTombstonesBefore(watermark.at);
  }

  private async referenceDocuments(ctx: DocumentContext): Promise<SearchDocument[]> {
    const [skills, spaces] = await Promise.all([this.feed.skills(), this.feed.spaces()]);
    return referenceDocuments({ skills, spaces }, ctx);
  }

  /** Spaces, communities and filières read from the source (filières are created through the API). */
  private async context(): Promise<DocumentContext> {
    const [spaces, communities, filieres] = await Promise.all([
      this.feed.spaces(),
      this.feed.communities(),
      this.feed.filieres(),
    ]);
    return {
      taxonomy: this.taxonomy,
      spacesById: new Map(spaces.map((s) => [s.id, s])),
      communitiesById: new Map(communities.map((c) => [c.id, c])),
      filieresById: new Map(filieres.map((f) => [f.id, f])),
    };
  }
}
