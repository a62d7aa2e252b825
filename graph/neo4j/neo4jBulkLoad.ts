// Bulk load on Neo4j: the same batches as Kùzu's, written with
// `UNWIND $rows ... CREATE` in chunks of 2,000 rows per transaction. Labels and
// relationship types come from the fixed batch list, never from input.
import type { NetworkDataset } from '../../domain/dataset.js';
import type { ProgressListener } from '../../domain/progress.js';
import { datasetBatches } from '../bulk/datasetBatches.js';
import type { CypherParams } from '../graphStore.js';

export const NEO4J_BULK_ROWS = 2_000;

export async function neo4jBulkLoad(
  write: (cypher: string, params: CypherParams) => Promise<unknown>,
  dataset: NetworkDataset,
  onProgress: ProgressListener,
): Promise<void> {
  const { nodes, relationships } = datasetBatches(dataset);
  const total = nodes.length + relationships.length;
  let done = 0;
  for (const batch of nodes) {
    onProgress({ phase: `graph: ${batch.label}`, done, total });
    const statement = `UNWIND $rows AS row CREATE (n:${batch.label}) SET n = row`;
    const rows = rowsOf(batch);
    for (let start = 0; start < rows.length; start += NEO4J_BULK_ROWS) {
      await write(statement, { rows: rows.slice(start, start + NEO4J_BULK_ROWS) });
    }
    done++;
  }
  for (const batch of relationships) {
    onProgress({ phase: `graph: ${batch.type}`, done, total });
    const statement =
      `UNWIND $rows AS row MATCH (a:${batch.from} {id: row.from}) MATCH (b:${batch.to} {id: row.to}) ` +
      `CREATE (a)-[r:${batch.type}]->(b) SET r = row.properties`;
    const rows = rowsOf(batch);
    for (let start = 0; start < rows.length; start += NEO4J_BULK_ROWS) {
      await write(statement, { rows: rows.slice(start, start + NEO4J_BULK_ROWS) });
    }
    done++;
  }
  onProgress({ phase: 'graph: loaded', done, total });
}

/** One batch's rows at a time (the batches build their rows on demand). */
function rowsOf<T>(batch: { forEachRow(visit: (row: T) => void): void }): T[] {
  const rows: T[] = [];
  batch.forEachRow((row) => rows.push(row));
  return rows;
}
