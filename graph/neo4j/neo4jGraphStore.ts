// The production graph store on Neo4j 5 through neo4j-driver: managed
// transactions (executeRead / executeWrite, retried by the driver on transient
// errors), parameters only, values converted like the Kùzu adapter's.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { UnavailableError } from '../../domain/errors.js';
import { ignoreProgress, type ProgressListener } from '../../domain/progress.js';
import {
  type CypherParams,
  type DatasetSource,
  type GraphQueryRunner,
  type GraphStore,
  type MigrationReport,
  type Row,
  resolveDataset,
} from '../graphStore.js';
import {
  APPLIED_VERSIONS,
  latestVersion,
  pendingMigrations,
  RECORD_VERSION,
} from '../migrations/migration.js';
import { NEO4J_BOOTSTRAP, NEO4J_MIGRATIONS } from '../migrations/neo4jMigrations.js';
import { withStatementObservers } from '../statementObservers.js';
import { neo4jBulkLoad } from './neo4jBulkLoad.js';
import { KEY_INDEX_COLUMN, keyedReadStatement } from './neo4jKeyedRead.js';
import { neo4jParameters, plainNeo4jRow } from './neo4jValues.js';

export interface Neo4jGraphStoreOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export async function openNeo4jGraphStore(options: Neo4jGraphStoreOptions): Promise<GraphStore> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close();
    throw new UnavailableError(`Cannot reach Neo4j at ${options.uri}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return withStatementObservers(new Neo4jGraphStore(driver, options.database));
}

async function runIn<R extends Row>(
  tx: ManagedTransaction,
  cypher: string,
  params?: CypherParams,
): Promise<R[]> {
  const result = await tx.run(cypher, neo4jParameters(params));
  return result.records.map((record) => plainNeo4jRow(record.keys, (key) => record.get(key)) as R);
}

class Neo4jGraphStore implements GraphStore {
  readonly dialect = 'neo4j' as const;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  read<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
    return this.withSession('READ', (session) => session.executeRead((tx) => runIn<R>(tx, cypher, params)));
  }

  async readByKeys<R extends Row = Row>(cypher: string, keys: readonly unknown[]): Promise<R[][]> {
    if (keys.length === 0) return [];
    const rows = await this.read<Row>(keyedReadStatement(cypher), { keys });
    const grouped: R[][] = keys.map(() => []);
    for (const row of rows) {
      const { [KEY_INDEX_COLUMN]: index, ...rest } = row;
      grouped[Number(index)]?.push(rest as R);
    }
    return grouped;
  }

  write<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]> {
    return this.withSession('WRITE', (session) => session.executeWrite((tx) => runIn<R>(tx, cypher, params)));
  }

  transaction<T>(work: (tx: GraphQueryRunner) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite((tx) =>
        work({
          run: <R extends Row = Row>(cypher: string, params?: CypherParams) => runIn<R>(tx, cypher, params),
        }),
      ),
    );
  }

  async migrate(): Promise<MigrationReport> {
    await this.schemaCommand(NEO4J_BOOTSTRAP);
    const rows = await this.read<{ version: string }>(APPLIED_VERSIONS);
    const applied = new Set(rows.map((r) => r.version));
    const pending = pendingMigrations(NEO4J_MIGRATIONS, applied);
    for (const migration of pending) {
      for (const statement of migration.statements) await this.schemaCommand(statement);
      await this.write(RECORD_VERSION, { version: migration.version, appliedAt: Date.now() });
    }
    return { applied: pending.map((m) => m.version), current: latestVersion(NEO4J_MIGRATIONS, applied) };
  }

  bulkLoad(dataset: DatasetSource, onProgress: ProgressListener = ignoreProgress): Promise<void> {
    return neo4jBulkLoad((cypher, params) => this.write(cypher, params), resolveDataset(dataset), onProgress);
  }

  async ping(): Promise<boolean> {
    try {
      const rows = await this.read<{ ok: number }>('RETURN 1 AS ok');
      return rows[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** Schema commands cannot run in a managed transaction with writes: each runs on its own. */
  private schemaCommand(cypher: string): Promise<unknown> {
    return this.withSession('WRITE', (session) => session.run(cypher));
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}
