// Tombstones: deletions the search index has still to apply. A tombstone is
// written only when a derived store could not drop the document at once (the
// index was down during an erasure); the search sync applies it and then
// purges it, so an erased member's id does not outlive the outage.
import type { DocumentKind } from '../../search/documents.js';
import type { GraphStore, Row } from '../graphStore.js';
import { numeric, text } from '../properties/rowValues.js';

export interface Tombstone {
  kind: DocumentKind;
  entityId: string;
  at: number;
}

export class TombstoneRepository {
  constructor(private readonly store: GraphStore) {}

  /** Records (or moves forward) the deletion of one document. Idempotent per (kind, id). */
  async record(kind: DocumentKind, entityId: string, at: number): Promise<void> {
    const id = `${kind}:${entityId}`;
    await this.store.transaction(async (tx) => {
      const found = await tx.run('MATCH (t:Tombstone {id: $id}) RETURN t.id AS id', { id });
      if (found.length > 0) await tx.run('MATCH (t:Tombstone {id: $id}) SET t.at = $at', { id, at });
      else
        await tx.run('CREATE (:Tombstone {id: $id, kind: $kind, entityId: $entityId, at: $at})', {
          id,
          kind,
          entityId,
          at,
        });
    });
  }

  /**
   * Tombstones at or after `at`, in (at, id) order, at most `limit`. The caller
   * drops those at `at` it has already applied.
   */
  async since(at: number, limit: number): Promise<Tombstone[]> {
    const rows = await this.store.read(
      'MATCH (t:Tombstone) WHERE t.at >= $at RETURN t.kind AS kind, t.entityId AS entityId, t.at AS at ' +
        'ORDER BY at, t.id LIMIT $limit',
      { at, limit },
    );
    return rows.map(tombstoneFromRow);
  }

  async latest(): Promise<Tombstone | null> {
    const rows = await this.store.read(
      'MATCH (t:Tombstone) RETURN t.kind AS kind, t.entityId AS entityId, t.at AS at ORDER BY at DESC, t.id DESC LIMIT 1',
    );
    return rows[0] ? tombstoneFromRow(rows[0]) : null;
  }

  /** Drops tombstones strictly older than `at`: the sync has applied them. */
  async purgeBefore(at: number): Promise<void> {
    await this.store.write('MATCH (t:Tombstone) WHERE t.at < $at DELETE t', { at });
  }
}

function tombstoneFromRow(row: Row): Tombstone {
  return { kind: text(row, 'kind') as DocumentKind, entityId: text(row, 'entityId'), at: numeric(row, 'at') };
}
