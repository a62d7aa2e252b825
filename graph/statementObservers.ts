// Observers of every Cypher statement the application asks a graph store to
// run, at the port (before any adapter translation): a query log for tracing,
// and what the Neo4j analyser test lints (test/cypher/). Observers see the
// statement text only, never the parameters, which may hold personal data.
import type { CypherParams, GraphQueryRunner, GraphStore, Row } from './graphStore.js';

export type StatementMethod = 'read' | 'readByKeys' | 'write' | 'transaction';
export type StatementObserver = (method: StatementMethod, cypher: string) => void;

const observers = new Set<StatementObserver>();

/** Registers an observer for every store opened in this process; returns the function that removes it. */
export function observeStatements(observer: StatementObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

function notify(method: StatementMethod, cypher: string): void {
  for (const observer of observers) observer(method, cypher);
}

/** The store with every statement reported to the observers registered at call time. */
export function withStatementObservers(store: GraphStore): GraphStore {
  return {
    dialect: store.dialect,
    read<R extends Row = Row>(cypher: string, params?: CypherParams) {
      notify('read', cypher);
      return store.read<R>(cypher, params);
    },
    readByKeys<R extends Row = Row>(cypher: string, keys: readonly unknown[]) {
      notify('readByKeys', cypher);
      return store.readByKeys<R>(cypher, keys);
    },
    write<R extends Row = Row>(cypher: string, params?: CypherParams) {
      notify('write', cypher);
      return store.write<R>(cypher, params);
    },
    transaction<T>(work: (tx: GraphQueryRunner) => Promise<T>) {
      return store.transaction((tx) =>
        work({
          run<R extends Row = Row>(cypher: string, params?: CypherParams) {
            notify('transaction', cypher);
            return tx.run<R>(cypher, params);
          },
        }),
      );
    },
    migrate: () => store.migrate(),
    bulkLoad: (dataset, onProgress) => store.bulkLoad(dataset, onProgress),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
