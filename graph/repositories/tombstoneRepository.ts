// Tombstones: deletions the search index has still to apply. A tombstone is
// written only when a derived store could not drop the document at once (the
// index was down during an erasure); the search sync applies it and then
// purges it, so an erased member's id does not outlive the outage. Each
// tombstone takes its place in the change feed from the commit sequence
// (changeSequence.ts), like every other change.
import type { DocumentKind } from '../../domain/documentKind.js';
import type { GraphStore, Row } from '../graphStore.js';
import { numeric, text } from '../properties/rowValues.js';
import { nextChangeSeq } from './changeSequence.js';

export interface Tombstone {
  kind: DocumentKind;
  entityId: string;
  /** Deletion time, epoch ms. */
  at: number;
  /** Position in the change feed. */
  seq: number;
}

const COLUMNS = 't.kind AS kind, t.entityId AS entityId, t.at AS at, t.seq AS seq';

export class TombstoneRepository {
  constructor(private readonly store: GraphStore) {}

  /** Records (or moves forward) the deletion of one document. Idempotent per (kind, id). */
  async record(kind: DocumentKind, entityId: string, at: number): Promise<void> {
    const id = `${kind}:${entityId}`;
    await this.store.transaction(async (tx) => {
      const found = await tx.run('MATCH (t:Tombstone {id: $id}) RETURN t.id AS id', { id });
      const seq = await nextChangeSeq(tx);
      if (found.length > 0)
        await tx.run('MATCH (t:Tombstone {id: $id}) SET t.at = $at, t.seq = $seq', { id, at, seq });
      else
        await tx.run('CREATE (:Tombstone {id: $id, kind: $kind, entityId: $entityId, at: $at, seq: $seq})', {
          id,
          kind,
          entityId,
          at,
          seq,
        });
    });
  }

  /**
   * Tombstones at or after feed position `seq`, in (seq, id) order, at most `limit`. The caller
   * drops those at `seq` it has already applied.
   */
  async since(seq: number, limit: number): Promise<Tombstone[]> {
    const rows = await this.store.read(
      `MATCH (t:Tombstone) WHERE t.seq >= $seq RETURN ${COLUMNS} ORDER BY seq, t.id LIMIT $limit`,
      { seq, limit },
    );
    return rows.map(tombstoneFromRow);
  }

  async latest(): Promise<Tombstone | null> {
    const rows = await this.store.read(
      `MATCH (t:Tombstone) RETURN ${COLUMNS} ORDER BY seq DESC, t.id DESC LIMIT 1`,
    );
    return rows[0] ? tombstoneFromRow(rows[0]) : null;
  }

  /**
   * Drops tombstones strictly before feed position `seq`: the sync has applied them. Writes only when
   * there is one: a sync with nothing to purge must not need a write (nor a disk with room for it).
   */
  async purgeBefore(seq: number): Promise<void> {
    const applied = await this.store.read<{ n: number }>(
      'MATCH (t:Tombstone) WHERE t.seq < $seq RETURN count(t) AS n',
      { seq },
    );
    if ((applied[0]?.n ?? 0) === 0) return;
    await this.store.write('MATCH (t:Tombstone) WHERE t.seq < $seq DELETE t', { seq });
  }
}

function tombstoneFromRow(row: Row): Tombstone {
  return {
    kind: text(row, 'kind') as DocumentKind,
    entityId: text(row, 'entityId'),
    at: numeric(row, 'at'),
    seq: numeric(row, 'seq'),
  };
}
