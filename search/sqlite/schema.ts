// The SQLite search database: one file, FTS5 tables with accent folding, plain
// tables with the indexed columns that filters, facets and geo need. The index
// is derived data: a database of an older schema version is dropped and
// recreated empty (then `passerelle reindex` fills it).
import type Database from 'better-sqlite3';
import { DEFAULT_SEARCH_CACHE_MB, DEFAULT_SEARCH_MMAP_MB } from '../../domain/config.js';

export const SCHEMA_VERSION = 6;

/** Accent folding; a prefix index for the 3-letter prefixes typed first (longer ones scan the term range). */
const TOKENIZER = `tokenize = 'unicode61 remove_diacritics 2', prefix = '3'`;
/** Members' text lives in `member_docs`: the FTS table keeps only its index (highlights are computed in JS). */
const CONTENTLESS = `content = '', contentless_delete = 1`;

/** Facet numbers stored in facet_values.facet. */
export const MEMBER_FACET_CODES = {
  skill: 0,
  city: 1,
  space: 2,
  filiere: 3,
  community: 4,
  language: 5,
  availability: 6,
} as const;

export const ENTITY_FACET_CODES = { community: 0, country: 1, status: 2, skill: 3 } as const;

/** Skill words go to the column of the member's level (level1 … level5): the level becomes a column weight. */
export const LEVEL_COLUMNS = ['level1', 'level2', 'level3', 'level4', 'level5'] as const;
/** member_fts columns, in order: bm25 weights follow the same order. */
export const MEMBER_FTS_COLUMNS = ['name', ...LEVEL_COLUMNS, 'places', 'groups', 'bio'] as const;
export const ENTITY_FTS_COLUMNS = ['title', 'tags', 'body'] as const;
export const SKILL_FTS_COLUMNS = ['label_fr', 'label_en', 'label_nl', 'alt_fr', 'alt_en', 'alt_nl'] as const;

export const VISIBILITY_CODES = { network: 0, spaces: 1, nobody: 2 } as const;

const TABLES = [
  'meta',
  'members',
  'member_docs',
  'facet_values',
  'member_facets',
  'entities',
  'entity_facets',
  'skills',
];
const VIRTUAL_TABLES = ['member_vocab', 'member_fts', 'entity_vocab', 'entity_fts', 'skill_fts'];
/** Tables of earlier versions, dropped on upgrade. */
const RETIRED_TABLES = ['member_geo', 'entity_geo'];

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Narrow rows, read for every matching member (privacy, geo, recency);
-- the summary a hit shows is in member_docs, read for one page only.
CREATE TABLE IF NOT EXISTS members (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  visibility INTEGER NOT NULL,
  lat REAL,
  lon REAL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS member_docs (rowid INTEGER PRIMARY KEY, doc TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS member_fts USING fts5(${MEMBER_FTS_COLUMNS.join(', ')}, ${TOKENIZER}, ${CONTENTLESS});
CREATE VIRTUAL TABLE IF NOT EXISTS member_vocab USING fts5vocab(member_fts, 'col');
-- Facet values are numbered once (a few thousand), so member_facets holds small integers.
CREATE TABLE IF NOT EXISTS facet_values (
  id INTEGER PRIMARY KEY,
  facet INTEGER NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (facet, value)
);
CREATE TABLE IF NOT EXISTS member_facets (
  member_rowid INTEGER NOT NULL,
  value_id INTEGER NOT NULL,
  level INTEGER NOT NULL,
  PRIMARY KEY (member_rowid, value_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS entities (
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  lat REAL,
  lon REAL,
  updated_at INTEGER NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (kind, id)
);
CREATE VIRTUAL TABLE IF NOT EXISTS entity_fts USING fts5(${ENTITY_FTS_COLUMNS.join(', ')}, ${TOKENIZER});
CREATE VIRTUAL TABLE IF NOT EXISTS entity_vocab USING fts5vocab(entity_fts, 'row');
CREATE TABLE IF NOT EXISTS entity_facets (
  entity_rowid INTEGER NOT NULL,
  facet INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (entity_rowid, facet, value)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS skills (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS skill_fts USING fts5(${SKILL_FTS_COLUMNS.join(', ')}, ${TOKENIZER});
`;

/**
 * Secondary indexes, kept apart from the tables: a full rebuild drops them,
 * loads the rows, then creates them in one sorted pass (inserting 2 million
 * facet rows into a b-tree keyed by value costs several times more).
 */
const SECONDARY_INDEXES = [
  ['members_by_lat', 'members (lat, lon)'],
  ['member_facets_by_value', 'member_facets (value_id, level)'],
  ['entities_by_lat', 'entities (kind, lat, lon)'],
  ['entity_facets_by_value', 'entity_facets (facet, value)'],
] as const;

export function createSecondaryIndexes(db: Database.Database): void {
  for (const [name, on] of SECONDARY_INDEXES) db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${on}`);
}

export function dropSecondaryIndexes(db: Database.Database): void {
  for (const [name] of SECONDARY_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
}

/** Per-connection scratch tables: the rows matching the current query, then paged and counted. */
const TEMP_DDL = `
CREATE TEMP TABLE IF NOT EXISTS member_hits (
  rowid INTEGER PRIMARY KEY, score REAL NOT NULL, distance REAL, updated_at INTEGER NOT NULL
);
CREATE TEMP TABLE IF NOT EXISTS entity_hits (rowid INTEGER PRIMARY KEY, score REAL NOT NULL, distance REAL);
`;

/** build: SQLite's memory for the index (issue 19), from SEARCH_CACHE_MB and SEARCH_MMAP_MB. */
export interface SqliteMemory {
  /** The page cache, per connection. */
  cacheMiB: number;
  /** How much of the file is read through mmap (0: none). */
  mmapMiB: number;
}

export function applySchema(db: Database.Database, memory: Partial<SqliteMemory> = {}): void {
  const cacheMiB = memory.cacheMiB ?? DEFAULT_SEARCH_CACHE_MB;
  const mmapMiB = memory.mmapMiB ?? DEFAULT_SEARCH_MMAP_MB;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  // A negative cache_size is in KiB.
  db.pragma(`cache_size = ${-Math.round(cacheMiB * 1024)}`);
  // Read pages straight from the OS page cache rather than copying them into SQLite's.
  db.pragma(`mmap_size = ${Math.round(mmapMiB * 2 ** 20)}`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== SCHEMA_VERSION) {
    db.transaction(() => {
      for (const t of [...VIRTUAL_TABLES, ...RETIRED_TABLES]) db.exec(`DROP TABLE IF EXISTS ${t}`);
      for (const t of TABLES) db.exec(`DROP TABLE IF EXISTS ${t}`);
      db.exec(DDL);
      createSecondaryIndexes(db);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
  // A rebuild interrupted before it committed rolled back with its indexes; this only repairs the unexpected.
  createSecondaryIndexes(db);
  db.exec(TEMP_DDL);
}

/** Empties every table, keeping the schema. */
export function clearAll(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`INSERT INTO member_fts (member_fts) VALUES ('delete-all')`);
    for (const t of ['entity_fts', 'skill_fts', ...TABLES]) {
      db.exec(`DELETE FROM ${t}`);
    }
  })();
}
