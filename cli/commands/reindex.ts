// `passerelle reindex`: rebuilds the search index from the graph (the source of
// truth) with a progress bar, then prints what it wrote. `passerelle start`
// uses the same rebuild when it finds the index empty (first run), and asks
// for a catch-up sync otherwise (writes made while it was down, e.g. by
// `passerelle import`).
import type { Command } from 'commander';
import type { Config } from '../../domain/config.js';
import type { ProgressListener } from '../../domain/progress.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import { openSearchIndex } from '../../search/openSearchIndex.js';
import type { SearchIndex } from '../../search/searchIndex.js';
import { FeedSyncSource } from '../../search/sync/feedSyncSource.js';
import { reindexAll } from '../../search/sync/sync.js';
import type { Services } from '../../services/services.js';
import { searchSyncRequest } from '../../workers/queues.js';
import type { CliContext } from '../cliContext.js';
import { terminalProgress } from '../progress.js';
import { printJson } from './printJson.js';
import { withGraphStore } from './withGraphStore.js';

export interface ReindexSummary {
  engine: SearchIndex['engine'];
  documents: number;
  members: number;
  seconds: number;
}

/** Clears the index and writes every document of the graph, page by page. */
export async function reindexSearch(
  graph: GraphStore,
  index: SearchIndex,
  taxonomy: Taxonomy,
  onProgress?: ProgressListener,
): Promise<ReindexSummary> {
  const started = performance.now();
  const report = await reindexAll(
    new FeedSyncSource(graphRepositories(graph).searchFeed, taxonomy),
    index,
    onProgress,
  );
  const stats = await index.stats();
  return {
    engine: index.engine,
    documents: report.documents,
    members: stats.members,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * At boot: an empty index over a non-empty graph is rebuilt (first run, or a
 * deleted index file); otherwise a sync is queued to catch up with writes made
 * while the server was down. Returns the rebuild's summary, or null.
 */
export async function prepareSearchIndex(
  services: Services,
  onProgress?: ProgressListener,
  log: (line: string) => void = () => {},
): Promise<ReindexSummary | null> {
  const stats = await services.search.stats();
  const indexed = stats.members + stats.spaces + stats.skills + stats.tenders + stats.projects;
  if (indexed > 0) {
    const { payload, delayMs } = searchSyncRequest(Date.now());
    await services.jobs.enqueue('search-sync', payload, { delayMs });
    return null;
  }
  log('Empty search index: building it from the graph…');
  const summary = await reindexSearch(services.graph, services.search, services.taxonomy, onProgress);
  log(
    `Indexed ${summary.documents} documents (${summary.members} members) in ${summary.seconds.toFixed(1)} s.`,
  );
  return summary;
}

export async function reindexCommand(config: Config, onProgress?: ProgressListener): Promise<ReindexSummary> {
  const taxonomy = new Taxonomy(loadReferenceData().skills);
  return withGraphStore(config, async (graph) => {
    const index = await openSearchIndex(config, { taxonomy });
    try {
      return await reindexSearch(graph, index, taxonomy, onProgress);
    } finally {
      await index.close();
    }
  });
}

export function register(program: Command, context: CliContext): void {
  program
    .command('reindex')
    .description(
      'Rebuild the search index from the graph (SQLite under DATA_DIR, or Meilisearch with MEILI_URL)',
    )
    .action(async () => {
      const progress = terminalProgress();
      const summary = await reindexCommand(context.config(), progress.listener).finally(() =>
        progress.stop(),
      );
      printJson(summary);
      process.stderr.write(
        `passerelle reindex: ${summary.documents} documents (${summary.members} members) ` +
          `in ${summary.seconds.toFixed(1)} s\n`,
      );
    });
}
