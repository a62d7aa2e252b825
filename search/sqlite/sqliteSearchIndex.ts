// The embedded SearchIndex: one SQLite file (better-sqlite3, FTS5). Typo
// tolerance comes from the index's own vocabulary (fts5vocab) through an
// in-memory symmetric-delete lookup, synonyms and broad skills from the
// taxonomy; privacy, filters, facets and geo are SQL over indexed columns.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { UiLanguage } from '../../domain/entities/common.js';
import { UnavailableError } from '../../domain/errors.js';
import { seeCondition } from '../../domain/policy/privacyRule.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import {
  checkDocumentKind,
  type DocumentKind,
  type SearchDocument,
  type SkillDocument,
} from '../documents.js';
import { sortedFacetCounts } from '../facetCounts.js';
import { wordPredicate } from '../highlight.js';
import { planQuery, type WordGroup } from '../queryPlan.js';
import type {
  EntityHit,
  MemberSearchResult,
  SearchIndex,
  SearchIndexStats,
  SearchPage,
  SearchVisibility,
  SkillSuggestion,
  SyncWatermark,
} from '../searchIndex.js';
import {
  type GeoRadius,
  MEMBER_FACETS,
  type MemberFacet,
  type MemberSearchQuery,
  type ProjectSearchQuery,
  parseMemberSearchQuery,
  parseProjectSearchQuery,
  parseSpaceSearchQuery,
  parseSuggestQuery,
  parseTenderSearchQuery,
  parseVisibility,
  type SpaceSearchQuery,
  searchAudience,
  type TenderSearchQuery,
} from '../searchQuery.js';
import { SkillVocabulary } from '../skillVocabulary.js';
import { DocumentWriter } from './documentWriter.js';
import type { EntityKind } from './entityRows.js';
import { type EntityFacet, entityHitsSql, entityPageSql } from './entitySearchSql.js';
import { FacetDictionary } from './facetDictionary.js';
import { geoParams } from './geo.js';
import { entityHit, type HitRow, memberHit, type QueryMatch } from './hitRows.js';
import { matchExpression } from './matchExpression.js';
import { filterParam, memberHitsSql, memberPageSql } from './memberSearchSql.js';
import { sqlCondition } from './privacySql.js';
import {
  applySchema,
  clearAll,
  createSecondaryIndexes,
  dropSecondaryIndexes,
  MEMBER_FACET_CODES,
  type SqliteMemory,
} from './schema.js';
import { StatementCache } from './statementCache.js';
import { prepareStatements, type Statements } from './statements.js';
import { TypoVocabulary } from './typoVocabulary.js';

export interface SqliteSearchIndexOptions {
  /** The database file; its directory is created if needed. */
  file: string;
  taxonomy: Taxonomy;
  /** Time source for recency ranking (tests pin it). */
  now?: () => number;
  /** SQLite's page cache and mmap window (SEARCH_CACHE_MB, SEARCH_MMAP_MB); config defaults when absent. */
  memory?: Partial<SqliteMemory>;
}

/** FTS5's default: merge 4 segments of a level as they are written. */
const FTS_AUTOMERGE = 4;
const FTS_TABLES = ['member_fts', 'entity_fts', 'skill_fts'] as const;

const FACET_BY_CODE = new Map<number, MemberFacet>(
  Object.entries(MEMBER_FACET_CODES).map(([name, code]) => [code, name as MemberFacet]),
);

/** Opens (creating its directory) and migrates the file; a file that cannot be opened is an outage. */
function openDatabase(file: string, memory: Partial<SqliteMemory> = {}): Database.Database {
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    applySchema(db, memory);
    return db;
  } catch (error) {
    throw new UnavailableError(`Cannot open the search index at ${file}: ${String(error)}`, { cause: error });
  }
}

function queryMatch(groups: readonly WordGroup[]): QueryMatch {
  return {
    searched: groups.length > 0,
    isMatch: wordPredicate(groups),
    querySkills: new Set(groups.flatMap((g) => g.skills)),
  };
}

export class SqliteSearchIndex implements SearchIndex {
  readonly engine = 'sqlite' as const;
  private db: Database.Database | null;
  private readonly sql: Statements;
  private readonly statements: StatementCache;
  private readonly skills: SkillVocabulary;
  private readonly facetValues: FacetDictionary;
  private readonly writer: DocumentWriter;
  private readonly typos: TypoVocabulary;
  private readonly now: () => number;

  constructor(options: SqliteSearchIndexOptions) {
    const db = openDatabase(options.file, options.memory);
    this.db = db;
    this.sql = prepareStatements(db);
    this.statements = new StatementCache(db);
    this.skills = new SkillVocabulary(options.taxonomy);
    this.facetValues = new FacetDictionary(this.sql.allFacetValues, this.sql.insertFacetValue);
    this.writer = new DocumentWriter(this.sql, this.facetValues, this.skills, this.statements);
    this.typos = new TypoVocabulary(this.sql, this.skills);
    this.now = options.now ?? Date.now;
  }

  private open(): Database.Database {
    if (!this.db) throw new UnavailableError('The search index is closed');
    return this.db;
  }

  // ---- writing ----------------------------------------------------------

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const db = this.open();
    for (const [i, doc] of documents.entries()) checkDocumentKind(doc?.kind, ['documents', i, 'kind']);
    db.transaction(() => {
      for (const doc of documents) this.writer.write(doc);
    })();
    this.typos.learn(documents);
  }

  async remove(kind: DocumentKind, ids: readonly string[]): Promise<void> {
    const db = this.open();
    checkDocumentKind(kind, ['kind']);
    db.transaction(() => {
      for (const id of ids) this.writer.remove(kind, id);
    })();
  }

  async clear(): Promise<void> {
    clearAll(this.open());
    this.facetValues.reload();
    this.typos.rebuild();
  }

  /**
   * A full reindex in one transaction: the secondary indexes are dropped and
   * built once at the end from the loaded rows, FTS5 merges its segments once
   * at the end rather than while writing, and the typo lookup is built once.
   * Searches on this connection meanwhile see the partial index; other
   * connections see the old one until the commit. On failure nothing changes.
   */
  async rebuild(
    pages: AsyncIterable<readonly SearchDocument[]>,
    onPage: (written: number) => void,
  ): Promise<void> {
    const db = this.open();
    db.exec('BEGIN IMMEDIATE');
    try {
      clearAll(db);
      this.facetValues.reload();
      dropSecondaryIndexes(db);
      for (const fts of FTS_TABLES) db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('automerge', 0)`);
      for await (const page of pages) {
        for (const [i, doc] of page.entries()) checkDocumentKind(doc?.kind, ['documents', i, 'kind']);
        for (const doc of page) this.writer.write(doc);
        if (page.length > 0) onPage(page.length);
      }
      createSecondaryIndexes(db);
      for (const fts of FTS_TABLES) {
        db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('optimize')`);
        db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('automerge', ${FTS_AUTOMERGE})`);
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      this.facetValues.reload();
      throw error;
    } finally {
      this.typos.rebuild();
    }
  }

  // ---- member search ------------------------------------------------------

  async searchMembers(query: MemberSearchQuery, visibility: SearchVisibility): Promise<MemberSearchResult> {
    const q = parseMemberSearchQuery(query);
    const viewer = parseVisibility(visibility);
    const db = this.open();
    const groups = planQuery(q.text, this.typos.current(), this.skills);
    const privacy = sqlCondition(seeCondition(searchAudience(viewer)), (spaces) =>
      this.facetValues.idsOf(MEMBER_FACET_CODES.space, spaces),
    );
    const params: Record<string, unknown> = { now: this.now(), ...privacy.params };
    if (groups.length > 0) params.match = matchExpression(groups);
    const filterValues: Record<MemberFacet, string[] | undefined> = {
      skill: q.filters.skills && this.skills.withNarrower(q.filters.skills),
      city: q.filters.cities,
      space: q.filters.spaces,
      filiere: q.filters.filieres,
      community: q.filters.communities,
      language: q.filters.languages,
      availability: q.filters.availability,
    };
    const filters = MEMBER_FACETS.filter((f) => filterValues[f] !== undefined);
    for (const f of filters) {
      params[filterParam(f)] = JSON.stringify(
        this.facetValues.idsOf(MEMBER_FACET_CODES[f], filterValues[f]!),
      );
    }
    const minSkillLevel = q.filters.minSkillLevel !== undefined;
    if (minSkillLevel) params.minLevel = q.filters.minSkillLevel;
    if (q.near) Object.assign(params, geoParams(q.near));
    const insertSql = memberHitsSql({
      text: groups.length > 0,
      geo: q.near !== undefined,
      filters,
      minSkillLevel,
      privacy: privacy.text,
    });

    const { total, rows, facetRows } = db.transaction(() => {
      this.sql.clearMemberHits.run();
      this.statements.get(insertSql).run(params);
      return {
        total: this.sql.countMemberHits.get()!.n,
        rows: this.statements
          .get(memberPageSql(q.sort))
          .all({ limit: q.limit, offset: q.offset }) as HitRow[],
        facetRows: q.facets.length > 0 ? this.sql.memberFacets.all() : [],
      };
    })();

    const match = queryMatch(groups);
    const counts = facetRows.flatMap((row) => {
      const value = this.facetValues.valueOf(row.id);
      const facet = value && FACET_BY_CODE.get(value.facet);
      return facet ? [{ facet, value: value.value, count: row.n }] : [];
    });
    return {
      total,
      offset: q.offset,
      limit: q.limit,
      hits: rows.map((row) => memberHit(row, match, this.skills)),
      facets: sortedFacetCounts(q.facets, counts, q.facetLimit),
    };
  }

  // ---- spaces, tenders, projects -----------------------------------------

  async searchSpaces(query: SpaceSearchQuery): Promise<SearchPage<EntityHit>> {
    const q = parseSpaceSearchQuery(query);
    return this.searchEntities('space', q, {
      community: q.filters.communities,
      country: q.filters.countries,
    });
  }

  async searchTenders(query: TenderSearchQuery): Promise<SearchPage<EntityHit>> {
    const q = parseTenderSearchQuery(query);
    return this.searchEntities('tender', q, {
      status: q.filters.status,
      skill: q.filters.skills && this.skills.withNarrower(q.filters.skills),
    });
  }

  async searchProjects(query: ProjectSearchQuery): Promise<SearchPage<EntityHit>> {
    return this.searchEntities('project', parseProjectSearchQuery(query), {});
  }

  private searchEntities(
    kind: EntityKind,
    q: { text: string; near?: GeoRadius; sort: 'relevance' | 'distance'; offset: number; limit: number },
    filterValues: Partial<Record<EntityFacet, readonly string[] | undefined>>,
  ): SearchPage<EntityHit> {
    const db = this.open();
    const groups = planQuery(q.text, this.typos.current(), this.skills);
    const params: Record<string, unknown> = { kind };
    if (groups.length > 0) params.match = matchExpression(groups);
    const filters = (Object.keys(filterValues) as EntityFacet[]).filter((f) => filterValues[f] !== undefined);
    for (const f of filters) params[`f_${f}`] = JSON.stringify(filterValues[f]);
    if (q.near) Object.assign(params, geoParams(q.near));
    const insertSql = entityHitsSql({ text: groups.length > 0, geo: q.near !== undefined, filters });
    const { total, rows } = db.transaction(() => {
      this.sql.clearEntityHits.run();
      this.statements.get(insertSql).run(params);
      return {
        total: this.sql.countEntityHits.get()!.n,
        rows: this.statements
          .get(entityPageSql(q.sort))
          .all({ limit: q.limit, offset: q.offset }) as HitRow[],
      };
    })();
    const match = queryMatch(groups);
    return { total, offset: q.offset, limit: q.limit, hits: rows.map((row) => entityHit(row, match)) };
  }

  // ---- skills autocomplete --------------------------------------------------

  async suggestSkills(prefix: string, language: UiLanguage, limit = 10): Promise<SkillSuggestion[]> {
    const q = parseSuggestQuery(prefix, language, limit);
    this.open();
    const groups = planQuery(q.prefix, this.typos.current(), this.skills, 1);
    if (groups.length === 0) return [];
    // Labels in the searcher's language first, then their alternative labels, then other languages.
    const weights = (['fr', 'en', 'nl'] as const).map((l) => (l === q.language ? 10 : 4));
    const altWeights = (['fr', 'en', 'nl'] as const).map((l) => (l === q.language ? 5 : 2));
    const sql = `SELECT s.doc AS doc FROM skill_fts JOIN skills s ON s.rowid = skill_fts.rowid
WHERE skill_fts MATCH :match ORDER BY bm25(skill_fts, ${[...weights, ...altWeights].join(', ')}), s.id LIMIT :limit`;
    const rows = this.statements.get(sql).all({ match: matchExpression(groups), limit: q.limit }) as {
      doc: string;
    }[];
    return rows.map((row) => {
      const doc = JSON.parse(row.doc) as SkillDocument;
      return {
        id: doc.id,
        label: doc.labels[q.language],
        broaderLabel: doc.broaderLabels?.[q.language] ?? null,
      };
    });
  }

  // ---- housekeeping -----------------------------------------------------------

  async stats(): Promise<SearchIndexStats> {
    const db = this.open();
    const byKind = new Map(this.sql.countEntities.all().map((r) => [r.kind, r.n]));
    const pageCount = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return {
      members: this.sql.countMembers.get()!.n,
      spaces: byKind.get('space') ?? 0,
      projects: byKind.get('project') ?? 0,
      tenders: byKind.get('tender') ?? 0,
      skills: this.sql.countSkills.get()!.n,
      sizeBytes: pageCount * pageSize,
    };
  }

  async ping(): Promise<boolean> {
    if (!this.db) return false;
    try {
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  async getWatermark(): Promise<SyncWatermark | null> {
    this.open();
    const row = this.sql.getMeta.get('watermark');
    return row ? (JSON.parse(row.value) as SyncWatermark) : null;
  }

  async setWatermark(watermark: SyncWatermark): Promise<void> {
    this.open();
    this.sql.setMeta.run('watermark', JSON.stringify({ at: watermark.at, key: watermark.key }));
  }

  async close(): Promise<void> {
    if (!this.db) return;
    this.db.close();
    this.db = null;
  }
}
