// The dependencies of a `passerelle worker` process, built from the
// configuration: the graph store, then the processors `buildProcessorDeps`
// gives (the same as in embedded mode: member import, collaboration-graph
// recomputation, suggestions when a solver is registered, and the search sync
// on the configured index: Meilisearch, or the SQLite file under DATA_DIR on
// this host). Queues whose processors need parts this deployment does not have
// (digest) get no processor, so this process does not take their jobs.
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { openGraphStore } from '../graph/openGraphStore.js';
import { openSearchIndex } from '../search/openSearchIndex.js';
import { buildProcessorDeps } from '../workers/processorDependencies.js';
import type { WorkerDepsFactory } from '../workers/runWorkerProcess.js';

export const openWorkerDeps: WorkerDepsFactory = async (config, { events }) => {
  const graph = await openGraphStore(config);
  try {
    await graph.migrate();
  } catch (error) {
    await graph.close();
    throw error;
  }
  const taxonomy = new Taxonomy(loadReferenceData().skills);
  const search = await openSearchIndex(config, { taxonomy }).catch(async (error: unknown) => {
    await graph.close();
    throw error;
  });
  const deps = buildProcessorDeps({ graph, events, taxonomy, search: () => search });
  return {
    deps,
    async close() {
      await search.close();
      await graph.close();
    },
  };
};
