// Opens the process-wide services from the configuration (graph store,
// repositories, taxonomy) and closes them again.
import type { Config } from '../domain/config.js';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { openGraphStore } from '../graph/openGraphStore.js';
import { graphRepositories } from '../graph/repositories/index.js';
import type { Services } from './context.js';

export async function openServices(config: Config): Promise<Services> {
  const graph = await openGraphStore(config);
  try {
    await graph.migrate();
  } catch (error) {
    await graph.close();
    throw error;
  }
  return {
    config,
    graph,
    repositories: graphRepositories(graph),
    taxonomy: new Taxonomy(loadReferenceData().skills),
  };
}

export async function closeServices(services: Services): Promise<void> {
  await services.graph.close();
}
