// Keeping the derived index in step with the graph, the source of truth.
// Every write takes a position in the change feed when it commits (a commit
// sequence: a change committed later never sorts before one the sync has
// already read); a deletion the index missed leaves a tombstone with its own
// position. The sync job reads changes after the watermark stored in the index,
// applies them, and only then moves the watermark: after a crash or an index
// outage it starts again from the last applied change, and since upserts and
// removals are idempotent, re-applying a batch loses and duplicates nothing.
import { ignoreProgress, type ProgressListener } from '../../domain/progress.js';
import type { DocumentKind, SearchDocument } from '../documents.js';
import type { SearchIndex, SyncWatermark } from '../searchIndex.js';

/** One entry of the change feed: a document written or deleted (tombstone) at feed position `at`. */
export interface ChangeRef {
  kind: DocumentKind;
  id: string;
  at: number;
  deleted: boolean;
}

/** What the sync needs from the graph (implemented by the graph repositories). */
export interface SyncSource {
  /**
   * Changes strictly after `after` in (at, changeKey) order — writes and tombstones
   * together — at most `limit` of them. `after` null means from the beginning.
   */
  changesSince(after: SyncWatermark | null, limit: number): Promise<ChangeRef[]>;
  /** The current documents for these changes; a document deleted meanwhile is simply missing. */
  load(refs: readonly { kind: DocumentKind; id: string }[]): Promise<SearchDocument[]>;
  /** The last change of the feed (null when empty): where incremental sync resumes after a reindex. */
  latestChange(): Promise<SyncWatermark | null>;
  /** How many documents a full reindex will write (for progress). */
  count(): Promise<number>;
  /** Every current document, page by page. */
  snapshot(pageSize: number): AsyncIterable<SearchDocument[]>;
}

/** Tie-breaker for changes with the same timestamp; sources must order by (at, changeKey). */
export function changeKey(kind: DocumentKind, id: string): string {
  return `${kind}:${id}`;
}

export function compareWatermarks(a: SyncWatermark, b: SyncWatermark): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function watermarkOf(change: ChangeRef): SyncWatermark {
  return { at: change.at, key: changeKey(change.kind, change.id) };
}

export interface SyncReport {
  upserted: number;
  removed: number;
  /** The watermark after this call (unchanged when there was nothing to do). */
  watermark: SyncWatermark | null;
  /** True when the feed had fewer changes than the batch size: the index is up to date. */
  caughtUp: boolean;
}

/** Applies one batch of changes after the index's watermark, then advances it. */
export async function syncOnce(source: SyncSource, index: SearchIndex, batchSize = 500): Promise<SyncReport> {
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError('batchSize must be a whole number ≥ 1');
  const start = await index.getWatermark();
  const fetched = await source.changesSince(start, batchSize);
  // A source that repeats old changes must not move the watermark backwards.
  const changes = start ? fetched.filter((c) => compareWatermarks(watermarkOf(c), start) > 0) : fetched;
  if (changes.length === 0) return { upserted: 0, removed: 0, watermark: start, caughtUp: true };

  // Only the last change of each document in the batch matters.
  const latest = new Map<string, ChangeRef>();
  let end = start;
  for (const change of changes) {
    latest.set(changeKey(change.kind, change.id), change);
    const mark = watermarkOf(change);
    if (!end || compareWatermarks(mark, end) > 0) end = mark;
  }
  const written = [...latest.values()].filter((c) => !c.deleted);
  const documents = written.length > 0 ? await source.load(written) : [];
  const loaded = new Set(documents.map((d) => changeKey(d.kind, d.id)));
  const removals = new Map<DocumentKind, string[]>();
  for (const change of latest.values()) {
    if (change.deleted || !loaded.has(changeKey(change.kind, change.id))) {
      const ids = removals.get(change.kind) ?? [];
      ids.push(change.id);
      removals.set(change.kind, ids);
    }
  }

  if (documents.length > 0) await index.upsert(documents);
  let removed = 0;
  for (const [kind, ids] of removals) {
    await index.remove(kind, ids);
    removed += ids.length;
  }
  await index.setWatermark(end!);
  return { upserted: documents.length, removed, watermark: end, caughtUp: fetched.length < batchSize };
}

/** Runs batches until the index has caught up with the feed. */
export async function syncUntilCaughtUp(
  source: SyncSource,
  index: SearchIndex,
  batchSize = 500,
): Promise<SyncReport> {
  const total: SyncReport = { upserted: 0, removed: 0, watermark: null, caughtUp: false };
  for (;;) {
    const report = await syncOnce(source, index, batchSize);
    total.upserted += report.upserted;
    total.removed += report.removed;
    total.watermark = report.watermark;
    if (report.caughtUp) {
      total.caughtUp = true;
      return total;
    }
  }
}

export interface ReindexReport {
  documents: number;
  watermark: SyncWatermark | null;
}

/**
 * Rebuilds the index from the graph (`passerelle reindex`). The watermark is
 * taken before reading the snapshot, so writes made during the reindex are
 * applied again by the next sync rather than lost.
 */
export async function reindexAll(
  source: SyncSource,
  index: SearchIndex,
  onProgress: ProgressListener = ignoreProgress,
  /** Large pages load faster (one transaction, fewer FTS segments to merge). */
  pageSize = 5000,
): Promise<ReindexReport> {
  const watermark = await source.latestChange();
  const total = await source.count();
  let done = 0;
  onProgress({ phase: 'reindex', done, total });
  const onPage = (written: number) => {
    done += written;
    onProgress({ phase: 'reindex', done, total: Math.max(total, done) });
  };
  if (index.rebuild) {
    await index.rebuild(source.snapshot(pageSize), onPage);
  } else {
    await index.clear();
    for await (const page of source.snapshot(pageSize)) {
      if (page.length === 0) continue;
      await index.upsert(page);
      onPage(page.length);
    }
  }
  if (watermark) await index.setWatermark(watermark);
  return { documents: done, watermark };
}
