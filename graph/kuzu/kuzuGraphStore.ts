// The embedded graph store: one Kùzu database on disk, a few reader
// connections (reads go to the least busy one), and one writer connection on
// which every write, transaction, migration and bulk load waits its turn,
// because Kùzu accepts a single write transaction at a time.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Database } from 'kuzu';
import { DEFAULT_GRAPH_BUFFER_POOL_MB } from '../../domain/config.js';
import { UnavailableError } from '../../domain/errors.js';
import { ignoreProgress, type ProgressListener } from '../../domain/progress.js';
import type {
  CypherParams,
  DatasetSource,
  GraphQueryRunner,
  GraphStore,
  MigrationReport,
  Row,
} from '../graphStore.js';
import { KUZU_BOOTSTRAP, KUZU_MIGRATIONS } from '../migrations/kuzuMigrations.js';
import {
  APPLIED_VERSIONS,
  latestVersion,
  pendingMigrations,
  RECORD_VERSION,
} from '../migrations/migration.js';
import { withStatementObservers } from '../statementObservers.js';
import { FreeSpaceGuard } from './freeSpace.js';
import { kuzuBulkLoad } from './kuzuBulkLoad.js';
import { KuzuConnection } from './kuzuConnection.js';
import { inKuzuTransaction } from './kuzuTransaction.js';
import { SerialQueue } from './serialQueue.js';

export interface KuzuGraphStoreOptions {
  /** Directory holding the database (created if missing), e.g. `${DATA_DIR}/graph`. */
  directory: string;
  /** Reader connections; writes have their own. Two cores: 3 is enough to overlap I/O and decoding. */
  readConnections?: number;
  /** Kùzu's buffer pool; its default (most of the RAM) is too greedy for a shared machine (GRAPH_BUFFER_POOL_MB). */
  bufferPoolBytes?: number;
  /** Writes are refused while the disk has less free space than this (freeSpace.ts). */
  minFreeBytes?: number;
}

export const KUZU_DATABASE_FILE = 'passerelle.kuzu';
const DEFAULT_READ_CONNECTIONS = 3;
const DEFAULT_BUFFER_POOL_BYTES = DEFAULT_GRAPH_BUFFER_POOL_MB * 2 ** 20;
/** How Kùzu reports a failed read or write of its files (the message carries no errno). */
const KUZU_IO_FAILURE = /^IO exception:/;

export async function openKuzuGraphStore(options: KuzuGraphStoreOptions): Promise<GraphStore> {
  mkdirSync(options.directory, { recursive: true });
  const file = path.join(options.directory, KUZU_DATABASE_FILE);
  const database = new Database(file, options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES);
  try {
    await database.init();
  } catch (error) {
    throw new UnavailableError(`Cannot open the graph database ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const readers = Array.from(
    { length: Math.max(1, options.readConnections ?? DEFAULT_READ_CONNECTIONS) },
    () => new KuzuConnection(database),
  );
  const guard = new FreeSpaceGuard(options.directory, options.minFreeBytes);
  return withStatementObservers(new KuzuGraphStore(database, readers, new KuzuConnection(database), guard));
}

class KuzuGraphStore implements GraphStore {
  readonly dialect = 'kuzu' as const;
  private readonly writes = new SerialQueue();
  private closed = false;
  /** A write failed and the checkpoint that clears what it left could not run yet. */
  private checkpointOwed = false;
  /** The disk failure that left the database untrustworthy (see `writing`), or null. */
  private damaged: Error | null = null;

  constructor(
    private readonly database: Database,
    private readonly readers: KuzuConnection[],
    private readonly writer: KuzuConnection,
    private readonly space: FreeSpaceGuard,
  ) {}

  async read<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
    this.assertUndamaged();
    return this.leastBusyReader().run<R>(cypher, params);
  }

  readByKeys<R extends Row = Row>(cypher: string, keys: readonly unknown[]): Promise<R[][]> {
    return Promise.all(keys.map((key) => this.read<R>(cypher, { key })));
  }

  write<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
    return this.writing(() => this.writer.run<R>(cypher, params));
  }

  transaction<T>(work: (tx: GraphQueryRunner) => Promise<T>): Promise<T> {
    return this.writing(() => inKuzuTransaction(this.writer, work));
  }

  /**
   * Runs a write in its turn, and checkpoints after one that failed. Kùzu 0.11.3 keeps the undone
   * version of a row updated by a rolled-back transaction: the next update of that row fails with
   * "Write-write conflict of updating the same row" (and one of a string column can crash the
   * process) until a checkpoint. Every member write updates the one change counter row
   * (graph/repositories/changeSequence.ts), so a single failed write would otherwise block them all.
   * When the checkpoint itself fails, the next write tries it first. Before anything, the disk must
   * have room (freeSpace.ts): a full disk is refused here rather than met by Kùzu.
   */
  private writing<T>(work: () => Promise<T>): Promise<T> {
    return this.writes.run(async () => {
      this.assertUndamaged();
      await this.space.assertRoom();
      if (this.checkpointOwed) {
        await this.writer.run('CHECKPOINT');
        this.checkpointOwed = false;
      }
      try {
        return await work();
      } catch (error) {
        if (error instanceof Error && KUZU_IO_FAILURE.test(error.message)) this.damaged = error;
        this.checkpointOwed = true;
        try {
          await this.writer.run('CHECKPOINT');
          this.checkpointOwed = false;
        } catch {
          // Owed: tried again before the next write. The caller gets the write's own error.
        }
        throw error;
      }
    });
  }

  migrate(): Promise<MigrationReport> {
    return this.writing(async () => {
      await this.writer.run(KUZU_BOOTSTRAP);
      const rows = await this.writer.run<{ version: string }>(APPLIED_VERSIONS);
      const applied = new Set(rows.map((r) => r.version));
      const pending = pendingMigrations(KUZU_MIGRATIONS, applied);
      for (const migration of pending) {
        await inKuzuTransaction(this.writer, async (tx) => {
          for (const statement of migration.statements) await tx.run(statement);
          await tx.run(RECORD_VERSION, { version: migration.version, appliedAt: Date.now() });
        });
      }
      if (pending.length > 0) for (const connection of this.connections()) connection.forgetStatements();
      return { applied: pending.map((m) => m.version), current: latestVersion(KUZU_MIGRATIONS, applied) };
    });
  }

  bulkLoad(dataset: DatasetSource, onProgress: ProgressListener = ignoreProgress): Promise<void> {
    return this.writing(() => kuzuBulkLoad(this.writer, dataset, onProgress));
  }

  /**
   * After a write failed on the disk itself (past the free-space check: another process filled the
   * disk meanwhile), Kùzu 0.11.3 was seen to answer reads wrongly (a member written before as null, a
   * valid session as absent) until a restart. The store then answers nothing rather than wrong data:
   * every call fails with UNAVAILABLE and /ready turns 503 until the process restarts.
   */
  private assertUndamaged(): void {
    if (!this.damaged) return;
    throw new UnavailableError(
      `The graph store could not write to its disk (${this.damaged.message.slice(0, 200)}). It stops ` +
        'answering rather than answer wrongly: restart the server once disk space is freed.',
      { cause: this.damaged },
    );
  }

  /** True when the store answers a query and has room to commit writes. */
  async ping(): Promise<boolean> {
    if (this.closed || this.damaged) return false;
    try {
      const rows = await this.read<{ ok: number }>('RETURN 1 AS ok');
      return rows[0]?.ok === 1 && (await this.space.hasRoom());
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes.run(async () => {
      await Promise.all(this.connections().map((c) => c.close()));
      await this.database.close();
    });
  }

  private connections(): KuzuConnection[] {
    return [...this.readers, this.writer];
  }

  private leastBusyReader(): KuzuConnection {
    let best = this.readers[0]!;
    for (const reader of this.readers) if (reader.pending < best.pending) best = reader;
    return best;
  }
}
