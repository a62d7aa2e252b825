// One store as `passerelle doctor` reports it.
export interface StoreProbe {
  store: 'graph' | 'search' | 'queue';
  /** The engine the configuration selects, e.g. "Neo4j" or "SQLite FTS5 (embedded)". */
  engine: string;
  /** Where it is: a URL (without credentials) or a path. */
  where: string;
  answers: boolean;
  version?: string;
  /** The versions Passerelle needs, for servers. */
  needs?: string;
  /** Something worth knowing that is not a problem. */
  note?: string;
  /** What is wrong, in one sentence; absent when the store is fine. */
  problem?: string;
}
