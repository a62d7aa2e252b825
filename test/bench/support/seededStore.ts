// A data directory holding the seeded 100k network, for the HTTP benchmarks:
// seeds (and indexes for search) when the graph is empty and reports how long
// it took, or reuses what a previous run left (BENCH_DATA_DIR).

import { reindexSearch } from '../../../cli/commands/reindex.js';
import type { Config } from '../../../domain/config.js';
import { isEmpty, seedNetwork } from '../../../graph/seed/seedStore.js';
import { closeServices, openServices } from '../../../services/openServices.js';
import type { Services } from '../../../services/services.js';
import { trackPeakRss } from '../harness.js';

export interface SeedFigures {
  seconds: number;
  peakRssMiB: number;
  reindexSeconds: number;
}

/** Seeds an empty store; then hands the open services to `measure` (the store alone) and closes them. */
export async function withSeededStore<T>(
  config: Config,
  measure: (services: Services) => Promise<T>,
): Promise<{ seed: SeedFigures | null; measured: T }> {
  const services = await openServices(config);
  try {
    let seed: SeedFigures | null = null;
    if (await isEmpty(services.graph)) {
      const rss = trackPeakRss();
      const started = performance.now();
      await seedNetwork(services.graph, { members: config.SEED_MEMBERS, seed: config.SEED });
      const seconds = (performance.now() - started) / 1000;
      const peakRssMiB = rss.stop();
      const reindexStarted = performance.now();
      await reindexSearch(services.graph, services.search, services.taxonomy);
      const reindexSeconds = (performance.now() - reindexStarted) / 1000;
      const round = (x: number) => Math.round(x * 10) / 10;
      seed = { seconds: round(seconds), peakRssMiB, reindexSeconds: round(reindexSeconds) };
    }
    return { seed, measured: await measure(services) };
  } finally {
    await closeServices(services);
  }
}
