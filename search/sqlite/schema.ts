// The SQLite search database: one file, FTS5 tables with accent folding, plain
// tables with the indexed columns that filters, facets and geo need. The index
// is derived data: a database of an older schema version is dropped and
// recreated empty (then `passerelle reindex` fills it).
import type Database from 'better-sqlite3';

export const SCHEMA_VERSION = 1;

const TOKENIZER = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'`;

/** Facet numbers stored in member_facets.facet (small integers keep the table compact). */
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

/** member_fts columns, in order: bm25 weights follow the same order. */
export const MEMBER_FTS_COLUMNS = ['name', 'skills', 'codes', 'broader', 'places', 'groups', 'bio'] as const;
export const ENTITY_FTS_COLUMNS = ['title', 'tags', 'body'] as const;
export const SKILL_FTS_COLUMNS = ['label_fr', 'label_en', 'label_nl', 'alt_fr', 'alt_en', 'alt_nl'] as const;

export const VISIBILITY_CODES = { network: 0, spaces: 1, nobody: 2 } as const;

const TABLES = ['meta', 'members', 'member_facets', 'entities', 'entity_facets', 'skills'];
const VIRTUAL_TABLES = [
  'member_vocab',
  'member_fts',
  'member_geo',
  'entity_vocab',
  'entity_fts',
  'entity_geo',
  'skill_fts',
];

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS members (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  visibility INTEGER NOT NULL,
  lat REAL,
  lon REAL,
  updated_at INTEGER NOT NULL,
  doc TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS member_fts USING fts5(${MEMBER_FTS_COLUMNS.join(', ')}, ${TOKENIZER});
CREATE VIRTUAL TABLE IF NOT EXISTS member_vocab USING fts5vocab(member_fts, 'col');
CREATE TABLE IF NOT EXISTS member_facets (
  member_rowid INTEGER NOT NULL,
  facet INTEGER NOT NULL,
  value TEXT NOT NULL,
  level INTEGER NOT NULL,
  PRIMARY KEY (member_rowid, facet, value)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS member_facets_by_value ON member_facets (facet, value, level);
CREATE VIRTUAL TABLE IF NOT EXISTS member_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

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
CREATE INDEX IF NOT EXISTS entity_facets_by_value ON entity_facets (facet, value);
CREATE VIRTUAL TABLE IF NOT EXISTS entity_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

CREATE TABLE IF NOT EXISTS skills (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS skill_fts USING fts5(${SKILL_FTS_COLUMNS.join(', ')}, ${TOKENIZER});
`;

/** Per-connection scratch tables: the rows matching the current query, then paged and counted. */
const TEMP_DDL = `
CREATE TEMP TABLE IF NOT EXISTS member_hits (
  rowid INTEGER PRIMARY KEY, score REAL NOT NULL, distance REAL, updated_at INTEGER NOT NULL
);
CREATE TEMP TABLE IF NOT EXISTS entity_hits (rowid INTEGER PRIMARY KEY, score REAL NOT NULL, distance REAL);
`;

export function applySchema(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== SCHEMA_VERSION) {
    db.transaction(() => {
      for (const t of VIRTUAL_TABLES) db.exec(`DROP TABLE IF EXISTS ${t}`);
      for (const t of TABLES) db.exec(`DROP TABLE IF EXISTS ${t}`);
      db.exec(DDL);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
  db.exec(TEMP_DDL);
}

/** Empties every table, keeping the schema. */
export function clearAll(db: Database.Database): void {
  db.transaction(() => {
    for (const t of ['member_fts', 'member_geo', 'entity_fts', 'entity_geo', 'skill_fts', ...TABLES]) {
      db.exec(`DELETE FROM ${t}`);
    }
  })();
}
