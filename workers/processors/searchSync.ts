// The search-sync job: brings the search index up to date with the graph, from
// the index's watermark (changes since the last sync, tombstones for deletions).
// The sync itself is the search layer's (search/sync/sync.ts); this only runs it.
import type { ProgressListener } from '../../domain/progress.js';
import type { JobContext } from '../jobQueue.js';
import { progressListener } from './progressListener.js';

export interface SearchSyncReport {
  /** Documents written or replaced. */
  upserted: number;
  /** Documents removed (tombstones). */
  removed: number;
}

/** What the processor needs of the search layer. */
export interface SearchSyncPort {
  /** Applies every change newer than the watermark, then advances it. Idempotent: a re-run finds nothing new. */
  syncOnce(onProgress: ProgressListener, signal: AbortSignal): Promise<SearchSyncReport>;
}

export interface SearchSyncDeps {
  search: SearchSyncPort;
}

export async function searchSync(
  job: JobContext<'search-sync'>,
  deps: SearchSyncDeps,
): Promise<SearchSyncReport> {
  return deps.search.syncOnce(progressListener(job), job.signal);
}
