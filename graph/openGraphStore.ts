// Chooses the graph store from the configuration: Neo4j when NEO4J_URI is set,
// otherwise the embedded Kùzu database under ${DATA_DIR}/graph.
import path from 'node:path';
import { type Config, DEFAULT_GRAPH_BUFFER_POOL_MB } from '../domain/config.js';
import type { GraphStore } from './graphStore.js';

export type GraphStoreConfig = Pick<
  Config,
  'DATA_DIR' | 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'
> &
  // build: the buffer pool (issue 19); optional so that a store can be opened from a partial config.
  Partial<Pick<Config, 'GRAPH_BUFFER_POOL_MB'>>;

export function graphDirectory(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, 'graph');
}

/** Each engine's driver is loaded only when selected (and not by code that only needs graphDirectory). */
export async function openGraphStore(config: GraphStoreConfig): Promise<GraphStore> {
  if (config.NEO4J_URI) {
    const { openNeo4jGraphStore } = await import('./neo4j/neo4jGraphStore.js');
    return openNeo4jGraphStore({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
  }
  const { openKuzuGraphStore } = await import('./kuzu/kuzuGraphStore.js');
  return openKuzuGraphStore({
    directory: graphDirectory(config),
    bufferPoolBytes: (config.GRAPH_BUFFER_POOL_MB ?? DEFAULT_GRAPH_BUFFER_POOL_MB) * 2 ** 20,
  });
}
