// The search-sync job's work over the SearchFeed port: brings the index up to
// date in batches, drops members erased while a batch was in flight, then
// purges the tombstones it has applied. Also the erasure hook that removes a
// member's document at once, leaving a tombstone when the index is down.
import type { ProgressListener } from '../../domain/progress.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { SearchIndex } from '../searchIndex.js';
import { FeedSyncSource } from './feedSyncSource.js';
import type { SearchFeed } from './searchFeed.js';
import { type SyncSource, syncOnce } from './sync.js';

export interface SearchSyncJobReport {
  upserted: number;
  removed: number;
}

/**
 * `index` is read at each run, so a reopened index is picked up. Stops between
 * batches when aborted: the watermark only moves after a batch is applied, so
 * the next run resumes.
 */
export function searchSyncJob(
  feed: SearchFeed,
  taxonomy: Taxonomy,
  index: () => SearchIndex,
  batchSize = 500,
): { syncOnce(onProgress: ProgressListener, signal: AbortSignal): Promise<SearchSyncJobReport> } {
  const source = new FeedSyncSource(feed, taxonomy);
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
      const total: SearchSyncJobReport = { upserted: 0, removed: 0 };
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
  feed: Pick<SearchFeed, 'recordTombstone'>,
  index: SearchIndex,
  memberId: string,
  now = Date.now(),
): Promise<void> {
  try {
    await index.remove('member', [memberId]);
  } catch {
    await feed.recordTombstone('member', memberId, now);
  }
}
