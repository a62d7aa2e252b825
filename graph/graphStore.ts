// The GraphStore port: a small Cypher interface both adapters (Kùzu embedded,
// Neo4j in production) implement. Repositories are written once against it in
// the openCypher subset both engines share; dialect differences stay in adapters.
import type { NetworkDataset } from '../domain/dataset.js';
import type { ProgressListener } from '../domain/progress.js';

/** Parameters are always passed separately: Cypher is never built from user input. */
export type CypherParams = Record<string, unknown>;
/** A result row: column name → plain JS value (numbers, strings, booleans, null, arrays, objects). */
export type Row = Record<string, unknown>;

export interface GraphQueryRunner {
  run<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]>;
}

export type GraphDialect = 'kuzu' | 'neo4j';

export interface MigrationReport {
  /** Versions applied by this call (empty when the schema was up to date). */
  applied: string[];
  /** Latest version now in the store. */
  current: string;
}

export interface GraphStore {
  readonly dialect: GraphDialect;
  /** A read-only query, possibly on any connection of a pool. */
  read<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]>;
  /**
   * A point query run for many keys: `cypher` reads `$key`; the answer holds each key's rows, in key
   * order. The adapter picks the batch shape: on Kùzu one prepared lookup per key spread over the
   * connection pool (an `IN` list is a full scan there), on Neo4j one `UNWIND` round trip served by
   * the index.
   */
  readByKeys<R extends Row = Row>(cypher: string, keys: readonly unknown[]): Promise<R[][]>;
  /** One write statement in its own transaction. */
  write<R extends Row = Row>(cypher: string, params?: CypherParams): Promise<R[]>;
  /** Several statements, all committed or none (retried on transient errors where the engine supports it). */
  transaction<T>(work: (tx: GraphQueryRunner) => Promise<T>): Promise<T>;
  /** Brings the schema to the latest version; safe to run at every boot. */
  migrate(): Promise<MigrationReport>;
  /**
   * Loads a whole network into an empty store, in bulk (COPY on Kùzu, UNWIND batches on Neo4j). Given a
   * function, the store builds the dataset when it is ready for it and lets it go as soon as it can
   * (Kùzu: once its files are written, before COPY), so that both are never in memory at once.
   */
  bulkLoad(dataset: DatasetSource, onProgress?: ProgressListener): Promise<void>;
  /** True when the store answers a trivial query (for GET /ready). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** A dataset, or what builds it on demand (so that the store can release it early: issue 19). */
export type DatasetSource = NetworkDataset | (() => NetworkDataset);

export function resolveDataset(source: DatasetSource): NetworkDataset {
  return typeof source === 'function' ? source() : source;
}
