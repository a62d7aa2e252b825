// The embedded SearchIndex: one SQLite file (better-sqlite3, FTS5). Typo
// tolerance comes from the index's own vocabulary (fts5vocab) through an
// in-memory symmetric-delete lookup, synonyms and broad skills from the
// taxonomy; privacy, filters and geo are SQL over indexed columns.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { UiLanguage } from '../../domain/entities/common.js';
import { BadUserInputError, UnavailableError } from '../../domain/errors.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type MemberDocument,
  type SearchDocument,
  type SkillDocument,
} from '../documents.js';
import { highlightSnippet, highlightWhole, type WordPredicate, wordPredicate } from '../highlight.js';
import { planQuery, type WordGroup } from '../queryPlan.js';
import type {
  EntityHit,
  FacetCount,
  Highlight,
  MemberHit,
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
  type TenderSearchQuery,
} from '../searchQuery.js';
import { SkillVocabulary } from '../skillVocabulary.js';
import { queryWords } from '../textAnalysis.js';
import { type EntityDocument, type EntityKind, entityRow, type StoredEntity } from './entityRows.js';
import { type EntityFacet, entityHitsSql, entityPageSql } from './entitySearchSql.js';
import { FacetDictionary } from './facetDictionary.js';
import { geoParams } from './geo.js';
import { matchExpression } from './matchExpression.js';
import { memberFacetRows, memberFtsValues, type StoredMember, storedMember } from './memberRows.js';
import { filterParam, memberHitsSql, memberPageSql } from './memberSearchSql.js';
import { applySchema, clearAll, MEMBER_FACET_CODES, VISIBILITY_CODES } from './schema.js';
import { StatementCache } from './statementCache.js';
import { prepareStatements, type Statements } from './statements.js';
import { isTypoTerm, TypoIndex } from './typoIndex.js';

export interface SqliteSearchIndexOptions {
  /** The database file; its directory is created if needed. */
  file: string;
  taxonomy: Taxonomy;
  /** Time source for recency ranking (tests pin it). */
  now?: () => number;
}

/** Upserts of more documents than this mark the typo lookup for a rebuild instead of updating it word by word. */
const INCREMENTAL_TYPO_LIMIT = 200;
/** Incremental deletions kept outside the packed array before a rebuild. */
const MAX_PENDING_TYPO_DELETIONS = 500_000;

const FACET_BY_CODE = new Map<number, MemberFacet>(
  Object.entries(MEMBER_FACET_CODES).map(([name, code]) => [code, name as MemberFacet]),
);

interface HitRow {
  rowid: number;
  score: number;
  distance: number | null;
  doc: string;
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export class SqliteSearchIndex implements SearchIndex {
  readonly engine = 'sqlite' as const;
  private db: Database.Database | null;
  private readonly statements: StatementCache;
  private readonly skills: SkillVocabulary;
  private readonly now: () => number;
  private typos: TypoIndex;
  private typosStale = false;
  private readonly sql: Statements;
  private readonly facetValues: FacetDictionary;

  constructor(options: SqliteSearchIndexOptions) {
    if (options.file !== ':memory:') mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    const db = new Database(options.file);
    this.db = db;
    applySchema(db);
    this.statements = new StatementCache(db);
    this.skills = new SkillVocabulary(options.taxonomy);
    this.now = options.now ?? Date.now;
    this.sql = prepareStatements(db);
    this.facetValues = new FacetDictionary(this.sql.allFacetValues, this.sql.insertFacetValue);
    this.typos = this.buildTypoIndex();
  }

  private open(): Database.Database {
    if (!this.db) throw new UnavailableError('The search index is closed');
    return this.db;
  }

  // ---- writing ----------------------------------------------------------

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const db = this.open();
    documents.forEach((doc, i) => {
      if (!DOCUMENT_KINDS.includes(doc?.kind)) {
        throw BadUserInputError.at(['documents', i, 'kind'], `must be one of ${DOCUMENT_KINDS.join(', ')}`);
      }
    });
    db.transaction(() => {
      for (const doc of documents) {
        if (doc.kind === 'member') this.writeMember(doc);
        else if (doc.kind === 'skill') this.writeSkill(doc);
        else this.writeEntity(doc);
      }
    })();
    this.learnWords(documents);
  }

  private writeMember(doc: MemberDocument): void {
    const s = this.sql;
    const existing = s.memberRowid.get(doc.id)?.rowid;
    const lat = doc.geo?.lat ?? null;
    const lon = doc.geo?.lon ?? null;
    const json = JSON.stringify(storedMember(doc));
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(
        s.insertMember.run(doc.id, VISIBILITY_CODES[doc.visibility], lat, lon, doc.updatedAt).lastInsertRowid,
      );
    } else {
      rowid = existing;
      s.deleteMemberFts.run(rowid);
      s.deleteMemberFacets.run(rowid);
      s.updateMember.run(VISIBILITY_CODES[doc.visibility], lat, lon, doc.updatedAt, rowid);
    }
    s.upsertMemberDoc.run(rowid, json);
    s.insertMemberFts.run(rowid, ...memberFtsValues(doc, this.skills));
    for (const [facet, value, level] of memberFacetRows(doc)) {
      s.insertMemberFacet.run(rowid, this.facetValues.idFor(facet, value), level);
    }
  }

  private writeEntity(doc: EntityDocument): void {
    const s = this.sql;
    const row = entityRow(doc);
    const existing = s.entityRowid.get(row.kind, row.id)?.rowid;
    const json = JSON.stringify(row.stored);
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(
        s.insertEntity.run(row.kind, row.id, row.lat, row.lon, row.updatedAt, json).lastInsertRowid,
      );
    } else {
      rowid = existing;
      s.deleteEntityFts.run(rowid);
      s.deleteEntityFacets.run(rowid);
      s.updateEntity.run(row.lat, row.lon, row.updatedAt, json, rowid);
    }
    s.insertEntityFts.run(rowid, ...row.fts);
    for (const [facet, value] of row.facets) s.insertEntityFacet.run(rowid, facet, value);
  }

  private writeSkill(doc: SkillDocument): void {
    const s = this.sql;
    const existing = s.skillRowid.get(doc.id)?.rowid;
    const json = JSON.stringify(doc);
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(s.insertSkill.run(doc.id, json).lastInsertRowid);
    } else {
      rowid = existing;
      s.deleteSkillFts.run(rowid);
      s.updateSkill.run(json, rowid);
    }
    const alt = doc.altLabels;
    s.insertSkillFts.run(
      rowid,
      doc.labels.fr,
      doc.labels.en,
      doc.labels.nl,
      alt.fr.join('\n'),
      alt.en.join('\n'),
      alt.nl.join('\n'),
    );
  }

  async remove(kind: DocumentKind, ids: readonly string[]): Promise<void> {
    const db = this.open();
    if (!DOCUMENT_KINDS.includes(kind)) {
      throw BadUserInputError.at(['kind'], `must be one of ${DOCUMENT_KINDS.join(', ')}`);
    }
    const s = this.sql;
    db.transaction(() => {
      for (const id of ids) {
        if (kind === 'member') {
          const rowid = s.memberRowid.get(id)?.rowid;
          if (rowid === undefined) continue;
          s.deleteMemberFts.run(rowid);
          s.deleteMemberFacets.run(rowid);
          s.deleteMemberDoc.run(rowid);
          s.deleteMember.run(rowid);
        } else if (kind === 'skill') {
          const rowid = s.skillRowid.get(id)?.rowid;
          if (rowid === undefined) continue;
          s.deleteSkillFts.run(rowid);
          s.deleteSkill.run(rowid);
        } else {
          const rowid = s.entityRowid.get(kind, id)?.rowid;
          if (rowid === undefined) continue;
          s.deleteEntityFts.run(rowid);
          s.deleteEntityFacets.run(rowid);
          s.deleteEntity.run(rowid);
        }
      }
    })();
  }

  async clear(): Promise<void> {
    clearAll(this.open());
    this.facetValues.reload();
    this.typos = this.buildTypoIndex();
    this.typosStale = false;
  }

  // ---- typo vocabulary ----------------------------------------------------

  private buildTypoIndex(): TypoIndex {
    const vocabulary = new Map<string, number>();
    for (const word of this.skills.words()) vocabulary.set(word, 0);
    const add = (term: string, documents: number) =>
      vocabulary.set(term, (vocabulary.get(term) ?? 0) + documents);
    for (const row of this.sql.memberVocabulary.iterate()) add(row.term, row.documents);
    for (const row of this.sql.entityVocabulary.iterate()) add(row.term, row.documents);
    return TypoIndex.build(vocabulary);
  }

  /** Small upserts teach the typo lookup their new words at once; large ones trigger a rebuild before the next search. */
  private learnWords(documents: readonly SearchDocument[]): void {
    if (this.typosStale) return;
    if (documents.length > INCREMENTAL_TYPO_LIMIT || this.typos.pendingSize > MAX_PENDING_TYPO_DELETIONS) {
      this.typosStale = true;
      return;
    }
    for (const doc of documents) {
      const texts =
        doc.kind === 'member'
          ? memberFtsValues(doc, this.skills)
          : doc.kind === 'skill'
            ? []
            : entityRow(doc).fts;
      const words = new Set(texts.flatMap((t) => queryWords(t)));
      for (const word of words) if (isTypoTerm(word)) this.typos.add(word, 1);
    }
  }

  private typoIndex(): TypoIndex {
    if (this.typosStale) {
      this.typos = this.buildTypoIndex();
      this.typosStale = false;
    }
    return this.typos;
  }

  // ---- member search ------------------------------------------------------

  async searchMembers(query: MemberSearchQuery, visibility: SearchVisibility): Promise<MemberSearchResult> {
    const q = parseMemberSearchQuery(query);
    const viewer = parseVisibility(visibility);
    const db = this.open();
    const groups = planQuery(q.text, this.typoIndex(), this.skills);
    const params: Record<string, unknown> = {
      now: this.now(),
      includeHidden: viewer.includeHidden ? 1 : 0,
      viewerSpaces: JSON.stringify(
        this.facetValues.idsOf(MEMBER_FACET_CODES.space, viewer.viewerSpaces ?? []),
      ),
    };
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
    });

    const { total, rows, facetRows } = db.transaction(() => {
      this.sql.clearMemberHits.run();
      this.statements.get(insertSql).run(params);
      return {
        total: this.sql.countMemberHits.get()!.n,
        rows: this.statements
          .get(memberPageSql(q.sort))
          .all({ limit: q.limit, offset: q.offset }) as HitRow[],
        facetRows:
          q.facets.length > 0
            ? this.sql.memberFacets.all().flatMap((row) => {
                const value = this.facetValues.valueOf(row.id);
                return value ? [{ ...value, n: row.n }] : [];
              })
            : [],
      };
    })();

    const isMatch = wordPredicate(groups);
    const querySkills = new Set(groups.flatMap((g) => g.skills));
    return {
      total,
      offset: q.offset,
      limit: q.limit,
      hits: rows.map((row) => this.memberHit(row, groups, isMatch, querySkills)),
      facets: shapeFacets(q.facets, facetRows, q.facetLimit),
    };
  }

  private memberHit(
    row: HitRow,
    groups: readonly WordGroup[],
    isMatch: WordPredicate,
    querySkills: ReadonlySet<string>,
  ): MemberHit {
    const doc = JSON.parse(row.doc) as StoredMember;
    const highlights: Highlight[] = [];
    if (groups.length > 0) {
      const name = highlightWhole(doc.name, isMatch);
      if (name) highlights.push({ field: 'name', parts: name });
      const bio = highlightSnippet(doc.bio, isMatch);
      if (bio) highlights.push({ field: 'bio', parts: bio });
    }
    const matchedSkills = doc.skills
      .filter((s) => querySkills.has(s.id) || [...this.skills.wordsOf(s.id)].some(isMatch))
      .map((s) => s.id);
    return {
      id: doc.id,
      handle: doc.handle,
      name: doc.name,
      city: doc.city,
      country: doc.country,
      availability: doc.availability,
      skills: doc.skills,
      matchedSkills: groups.length > 0 ? matchedSkills : [],
      score: round(-row.score, 6),
      distanceKm: row.distance === null ? null : round(row.distance),
      highlights,
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
    const groups = planQuery(q.text, this.typoIndex(), this.skills);
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
    const isMatch = wordPredicate(groups);
    return {
      total,
      offset: q.offset,
      limit: q.limit,
      hits: rows.map((row) => {
        const doc = JSON.parse(row.doc) as StoredEntity;
        const highlights: Highlight[] = [];
        if (groups.length > 0) {
          const title = highlightWhole(doc.title, isMatch);
          if (title) highlights.push({ field: 'title', parts: title });
          const description = highlightSnippet(doc.description, isMatch);
          if (description) highlights.push({ field: 'description', parts: description });
        }
        return {
          id: doc.id,
          title: doc.title,
          score: round(-row.score, 6),
          distanceKm: row.distance === null ? null : round(row.distance),
          highlights,
        };
      }),
    };
  }

  // ---- skills autocomplete --------------------------------------------------

  async suggestSkills(prefix: string, language: UiLanguage, limit = 10): Promise<SkillSuggestion[]> {
    const q = parseSuggestQuery(prefix, language, limit);
    this.open();
    const groups = planQuery(q.prefix, this.typoIndex(), this.skills, 1);
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

function shapeFacets(
  requested: readonly MemberFacet[],
  rows: readonly { facet: number; value: string; n: number }[],
  limit: number,
): Partial<Record<MemberFacet, FacetCount[]>> {
  const out: Partial<Record<MemberFacet, FacetCount[]>> = {};
  for (const facet of requested) out[facet] = [];
  for (const row of rows) {
    const name = FACET_BY_CODE.get(row.facet);
    if (name) out[name]?.push({ value: row.value, count: row.n });
  }
  for (const facet of requested) {
    out[facet] = out[facet]!.sort(
      (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    ).slice(0, limit);
  }
  return out;
}
