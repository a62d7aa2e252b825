// The embedded graph store: one Kùzu database on disk, a few reader
// connections (reads go to the least busy one), and one writer connection on
// which every write, transaction, migration and bulk load waits its turn,
// because Kùzu accepts a single write transaction at a time.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Database } from 'kuzu';
import type { NetworkDataset } from '../../domain/dataset.js';
import { UnavailableError } from '../../domain/errors.js';
import { ignoreProgress, type ProgressListener } from '../../domain/progress.js';
import type { CypherParams, GraphQueryRunner, GraphStore, MigrationReport, Row } from '../graphStore.js';
import { KUZU_BOOTSTRAP, KUZU_MIGRATIONS } from '../migrations/kuzuMigrations.js';
import {
  APPLIED_VERSIONS,
  latestVersion,
  pendingMigrations,
  RECORD_VERSION,
} from '../migrations/migration.js';
import { withStatementObservers } from '../statementObservers.js';
import { kuzuBulkLoad } from './kuzuBulkLoad.js';
import { KuzuConnection } from './kuzuConnection.js';
import { inKuzuTransaction } from './kuzuTransaction.js';
import { SerialQueue } from './serialQueue.js';

export interface KuzuGraphStoreOptions {
  /** Directory holding the database (created if missing), e.g. `${DATA_DIR}/graph`. */
  directory: string;
  /** Reader connections; writes have their own. Two cores: 3 is enough to overlap I/O and decoding. */
  readConnections?: number;
  /** Kùzu's buffer pool; its default (most of the RAM) is too greedy for a shared machine. */
  bufferPoolBytes?: number;
}

export const KUZU_DATABASE_FILE = 'passerelle.kuzu';
const DEFAULT_READ_CONNECTIONS = 3;
const DEFAULT_BUFFER_POOL_BYTES = 1024 ** 3;

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
  return withStatementObservers(new KuzuGraphStore(database, readers, new KuzuConnection(database)));
}

class KuzuGraphStore implements GraphStore {
  readonly dialect = 'kuzu' as const;
  private readonly writes = new SerialQueue();
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly readers: KuzuConnection[],
    private readonly writer: KuzuConnection,
  ) {}

  read<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
    return this.leastBusyReader().run<R>(cypher, params);
  }

  readByKeys<R extends Row = Row>(cypher: string, keys: readonly unknown[]): Promise<R[][]> {
    return Promise.all(keys.map((key) => this.read<R>(cypher, { key })));
  }

  write<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
    return this.writes.run(() => this.writer.run<R>(cypher, params));
  }

  transaction<T>(work: (tx: GraphQueryRunner) => Promise<T>): Promise<T> {
    return this.writes.run(() => inKuzuTransaction(this.writer, work));
  }

  migrate(): Promise<MigrationReport> {
    return this.writes.run(async () => {
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

  bulkLoad(dataset: NetworkDataset, onProgress: ProgressListener = ignoreProgress): Promise<void> {
    return this.writes.run(() => kuzuBulkLoad(this.writer, dataset, onProgress));
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const rows = await this.read<{ ok: number }>('RETURN 1 AS ok');
      return rows[0]?.ok === 1;
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
