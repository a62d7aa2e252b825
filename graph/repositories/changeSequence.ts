// The commit sequence of the search change feed. Every transaction that writes
// a member or a tender (or leaves a tombstone) takes the next value of one
// counter node and stamps it on what it wrote, in the same transaction. The
// counter is a single node, so two such transactions never interleave on it:
// Kùzu runs one write transaction at a time, and Neo4j holds the counter's
// write lock from the increment until the commit, so a transaction that takes
// a later value commits later. The sync reads the feed in this order and can
// never pass over a change that commits after it has read (which a timestamp
// stamped before a slower commit allowed: issue 17, item 3).
//
// The value is also at least the current time in epoch ms (a hybrid clock): the
// feed was ordered by `updatedAt` before, and positions written since then stay
// after every watermark an index stored under the old order.
import type { GraphQueryRunner } from '../graphStore.js';

/** The single counter node's id. */
export const CHANGE_COUNTER_ID = 'search-feed';

/** The node kinds whose writes appear in the feed, with the property holding their position. */
export type FedLabel = 'Member' | 'Tender';

/** Statement that moves the counter on: one more than before, or the current time if that is later. */
const NEXT_VALUE = 'SET c.value = CASE WHEN c.value < $now THEN $now ELSE c.value + 1 END';

const STAMPS: Record<FedLabel, string> = {
  Member: `MATCH (c:ChangeCounter {id: $counter}) ${NEXT_VALUE} WITH c MATCH (n:Member {id: $id}) SET n.changeSeq = c.value RETURN c.value AS seq`,
  Tender: `MATCH (c:ChangeCounter {id: $counter}) ${NEXT_VALUE} WITH c MATCH (n:Tender {id: $id}) SET n.changeSeq = c.value RETURN c.value AS seq`,
};
const STAMPS_AT: Record<FedLabel, string> = {
  Member: 'MATCH (n:Member {id: $id}) SET n.changeSeq = $seq RETURN n.id AS id',
  Tender: 'MATCH (n:Tender {id: $id}) SET n.changeSeq = $seq RETURN n.id AS id',
};

/**
 * Stamps a member or tender written by this transaction with the next feed position. Call it after
 * the node's own write, inside the same transaction (late, so Neo4j holds the counter's lock briefly).
 * A transaction that writes many (an import) takes one position with `nextChangeSeq` and gives it to
 * each as `seq`: they commit together, and the feed orders them by key.
 */
export async function stampChange(
  tx: GraphQueryRunner,
  label: FedLabel,
  id: string,
  seq?: number,
): Promise<void> {
  const rows =
    seq === undefined
      ? await tx.run(STAMPS[label], { counter: CHANGE_COUNTER_ID, id, now: Date.now() })
      : await tx.run(STAMPS_AT[label], { id, seq });
  if (rows.length === 0) throw new Error(`The search change feed has no ${label} "${id}" to stamp`);
}

/** The next feed position, for a write that is not a node of a fed kind (a tombstone). */
export async function nextChangeSeq(tx: GraphQueryRunner, now: number = Date.now()): Promise<number> {
  const rows = await tx.run<{ seq: number }>(
    `MATCH (c:ChangeCounter {id: $counter}) ${NEXT_VALUE} RETURN c.value AS seq`,
    { counter: CHANGE_COUNTER_ID, now },
  );
  const seq = rows[0]?.seq;
  if (typeof seq !== 'number')
    throw new Error('The search change feed counter is missing: run the migrations');
  return seq;
}
