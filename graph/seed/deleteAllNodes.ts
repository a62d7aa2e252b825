// `passerelle seed --reset` on Neo4j: every node goes (the record of applied
// migrations aside, so the schema is not rebuilt), in batches so that one
// transaction never holds a whole network. Kùzu is reset by removing its
// directory instead.
import type { GraphStore } from '../graphStore.js';

/** Nodes deleted per statement: one huge DETACH DELETE would hold the whole graph in one transaction. */
const DELETE_BATCH = 10_000;

export async function deleteAllNodes(store: GraphStore, batch = DELETE_BATCH): Promise<void> {
  for (;;) {
    const rows = await store.write<{ deleted: number }>(
      'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
      { batch },
    );
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}
