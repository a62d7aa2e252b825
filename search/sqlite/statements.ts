// Every fixed statement of the SQLite search index, prepared once per connection.
import type Database from 'better-sqlite3';
import { MEMBER_FACETS_SQL } from './memberSearchSql.js';
import { MEMBER_FTS_COLUMNS } from './schema.js';

export function prepareStatements(db: Database.Database) {
  const ftsColumns = MEMBER_FTS_COLUMNS.join(', ');
  const ftsPlaceholders = MEMBER_FTS_COLUMNS.map(() => '?').join(', ');
  return {
    memberRowid: db.prepare<[string], { rowid: number }>('SELECT rowid FROM members WHERE id = ?'),
    insertMember: db.prepare(
      'INSERT INTO members (id, visibility, lat, lon, updated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    updateMember: db.prepare(
      'UPDATE members SET visibility = ?, lat = ?, lon = ?, updated_at = ? WHERE rowid = ?',
    ),
    deleteMember: db.prepare('DELETE FROM members WHERE rowid = ?'),
    upsertMemberDoc: db.prepare(
      'INSERT INTO member_docs (rowid, doc) VALUES (?, ?) ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc',
    ),
    deleteMemberDoc: db.prepare('DELETE FROM member_docs WHERE rowid = ?'),
    insertMemberFts: db.prepare(
      `INSERT INTO member_fts (rowid, ${ftsColumns}) VALUES (?, ${ftsPlaceholders})`,
    ),
    deleteMemberFts: db.prepare('DELETE FROM member_fts WHERE rowid = ?'),
    deleteMemberFacets: db.prepare('DELETE FROM member_facets WHERE member_rowid = ?'),
    allFacetValues: db.prepare<[], { id: number; facet: number; value: string }>(
      'SELECT id, facet, value FROM facet_values',
    ),
    insertFacetValue: db.prepare<[number, string]>('INSERT INTO facet_values (facet, value) VALUES (?, ?)'),
    entityRowid: db.prepare<[string, string], { rowid: number }>(
      'SELECT rowid FROM entities WHERE kind = ? AND id = ?',
    ),
    insertEntity: db.prepare(
      'INSERT INTO entities (kind, id, lat, lon, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    updateEntity: db.prepare('UPDATE entities SET lat = ?, lon = ?, updated_at = ?, doc = ? WHERE rowid = ?'),
    deleteEntity: db.prepare('DELETE FROM entities WHERE rowid = ?'),
    insertEntityFts: db.prepare('INSERT INTO entity_fts (rowid, title, tags, body) VALUES (?, ?, ?, ?)'),
    deleteEntityFts: db.prepare('DELETE FROM entity_fts WHERE rowid = ?'),
    insertEntityFacet: db.prepare(
      'INSERT OR IGNORE INTO entity_facets (entity_rowid, facet, value) VALUES (?, ?, ?)',
    ),
    deleteEntityFacets: db.prepare('DELETE FROM entity_facets WHERE entity_rowid = ?'),
    skillRowid: db.prepare<[string], { rowid: number }>('SELECT rowid FROM skills WHERE id = ?'),
    insertSkill: db.prepare('INSERT INTO skills (id, doc) VALUES (?, ?)'),
    updateSkill: db.prepare('UPDATE skills SET doc = ? WHERE rowid = ?'),
    deleteSkill: db.prepare('DELETE FROM skills WHERE rowid = ?'),
    insertSkillFts: db.prepare(
      'INSERT INTO skill_fts (rowid, label_fr, label_en, label_nl, alt_fr, alt_en, alt_nl) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    deleteSkillFts: db.prepare('DELETE FROM skill_fts WHERE rowid = ?'),
    clearMemberHits: db.prepare('DELETE FROM temp.member_hits'),
    countMemberHits: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM temp.member_hits'),
    memberFacets: db.prepare<[], { id: number; n: number }>(MEMBER_FACETS_SQL),
    clearEntityHits: db.prepare('DELETE FROM temp.entity_hits'),
    countEntityHits: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM temp.entity_hits'),
    memberVocabulary: db.prepare<[], { term: string; documents: number }>(
      'SELECT term, sum(doc) AS documents FROM member_vocab GROUP BY term',
    ),
    entityVocabulary: db.prepare<[], { term: string; documents: number }>(
      'SELECT term, doc AS documents FROM entity_vocab',
    ),
    getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    countMembers: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members'),
    countEntities: db.prepare<[], { kind: string; n: number }>(
      'SELECT kind, count(*) AS n FROM entities GROUP BY kind',
    ),
    countSkills: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM skills'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
