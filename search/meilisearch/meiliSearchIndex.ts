// The production SearchIndex on Meilisearch: one index per document kind plus
// a small one for the sync watermark. Meilisearch does typo tolerance, prefix
// search and ranking itself; we give it the taxonomy's synonyms, apply privacy
// as a filter (so facet counts respect it) and wait for every write task.
import {
  type EnqueuedTaskPromise,
  type Index,
  Meilisearch,
  MeilisearchApiError,
  type RecordAny,
  type SearchParams,
  type SearchResponse,
  type Settings,
} from 'meilisearch';
import type { UiLanguage } from '../../domain/entities/common.js';
import { PasserelleError, UnavailableError } from '../../domain/errors.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import {
  checkDocumentKind,
  DOCUMENT_KINDS,
  type DocumentKind,
  type SearchDocument,
  type SkillDocument,
} from '../documents.js';
import { planQuery } from '../queryPlan.js';
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
import { MATCH_END, MATCH_START } from './formattedText.js';
import {
  type MeiliEntity,
  type MeiliMember,
  type MeiliSkill,
  meiliDocument,
  primaryKey,
} from './meiliDocuments.js';
import { anyOf, geoRadiusFilter, geoSort, memberFilter } from './meiliFilters.js';
import { entityHit, facetCounts, type MeiliQueryMatch, memberHit, totalOf } from './meiliHits.js';
import { entitySettings, MEMBER_FACET_ATTRIBUTES, memberSettings, skillSettings } from './meiliSettings.js';
import { plainQueryText } from './queryText.js';

export interface MeiliSearchIndexOptions {
  url: string;
  apiKey?: string;
  taxonomy: Taxonomy;
  /** Index names start with this (tests use a unique prefix). */
  indexPrefix?: string;
  /** Longest wait for a write task, in ms. */
  taskTimeoutMs?: number;
}

type IndexName = DocumentKind | 'meta';

const WATERMARK_ID = 'watermark';

const INDEX_NAMES: Record<IndexName, string> = {
  member: 'members',
  space: 'spaces',
  project: 'projects',
  tender: 'tenders',
  skill: 'skills',
  meta: 'meta',
};

/** A Meilisearch failure is an outage for the caller, except our own validation errors. */
async function guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PasserelleError) throw error;
    const detail = error instanceof MeilisearchApiError ? error.message : String(error);
    throw new UnavailableError(`Meilisearch ${what} failed: ${detail}`, { cause: error });
  }
}

export class MeiliSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly skills: SkillVocabulary;
  private readonly prefix: string;
  private readonly taskTimeoutMs: number;
  private closed = false;

  private constructor(options: MeiliSearchIndexOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey || undefined });
    this.skills = new SkillVocabulary(options.taxonomy);
    this.prefix = options.indexPrefix ?? 'passerelle';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
  }

  /** Connects, creates the indexes if needed and applies their settings. */
  static async open(options: MeiliSearchIndexOptions): Promise<MeiliSearchIndex> {
    const index = new MeiliSearchIndex(options);
    await index.configure();
    return index;
  }

  private uid(name: IndexName): string {
    return `${this.prefix}_${INDEX_NAMES[name]}`;
  }

  private index<T extends RecordAny>(name: IndexName): Index<T> {
    if (this.closed) throw new UnavailableError('The search index is closed');
    return this.client.index<T>(this.uid(name));
  }

  private async wait(task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: this.taskTimeoutMs });
    if (done.status !== 'succeeded') {
      throw new UnavailableError(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
    }
  }

  private async configure(): Promise<void> {
    const settings: Record<IndexName, Settings> = {
      member: memberSettings(this.skills),
      space: entitySettings(this.skills),
      project: entitySettings(this.skills),
      tender: entitySettings(this.skills),
      skill: skillSettings(),
      meta: {},
    };
    await guarded('setup', async () => {
      for (const name of [...DOCUMENT_KINDS, 'meta'] as const) {
        const exists = await this.client
          .getIndex(this.uid(name))
          .then(() => true)
          .catch((error: unknown) => {
            if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
            throw error;
          });
        if (!exists) await this.wait(this.client.createIndex(this.uid(name), { primaryKey: 'pk' }));
        if (Object.keys(settings[name]).length > 0) {
          await this.wait(this.index(name).updateSettings(settings[name]));
        }
      }
    });
  }

  // ---- writing ----------------------------------------------------------

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const byKind = new Map<DocumentKind, RecordAny[]>();
    documents.forEach((doc, i) => {
      checkDocumentKind(doc?.kind, ['documents', i, 'kind']);
      const list = byKind.get(doc.kind) ?? [];
      list.push(meiliDocument(doc));
      byKind.set(doc.kind, list);
    });
    await guarded('upsert', async () => {
      for (const [kind, docs] of byKind) {
        await this.wait(this.index(kind).addDocuments(docs, { primaryKey: 'pk' }));
      }
    });
  }

  async remove(kind: DocumentKind, ids: readonly string[]): Promise<void> {
    checkDocumentKind(kind, ['kind']);
    if (ids.length === 0) return;
    await guarded('remove', () => this.wait(this.index(kind).deleteDocuments(ids.map(primaryKey))));
  }

  async clear(): Promise<void> {
    await guarded('clear', async () => {
      for (const name of [...DOCUMENT_KINDS, 'meta'] as const) {
        await this.wait(this.index(name).deleteAllDocuments());
      }
    });
  }

  // ---- member search ------------------------------------------------------

  async searchMembers(query: MemberSearchQuery, visibility: SearchVisibility): Promise<MemberSearchResult> {
    const q = parseMemberSearchQuery(query);
    const viewer = parseVisibility(visibility);
    const sort =
      q.sort === 'distance' && q.near ? [geoSort(q.near)] : q.sort === 'recent' ? ['updatedAt:desc'] : [];
    const response = await guarded('search', () =>
      this.search<MeiliMember>('member', q.text, {
        filter: memberFilter(q, viewer, this.skills),
        sort,
        facets: q.facets.map((name) => MEMBER_FACET_ATTRIBUTES[name]),
        attributesToHighlight: ['name', 'bio', 'skillTerms'],
        attributesToCrop: ['bio'],
        cropLength: 30,
        offset: q.offset,
        limit: q.limit,
      }),
    );
    const match = this.queryMatch(q.text, q.near);
    return {
      total: totalOf(response),
      offset: q.offset,
      limit: q.limit,
      hits: response.hits.map((hit) => memberHit(hit, match, this.skills)),
      facets: facetCounts(q.facets, response.facetDistribution ?? {}, q.facetLimit),
    };
  }

  /** Meilisearch corrects typos itself: the skills named by the words as typed are enough for matched skills. */
  private queryMatch(text: string, near: GeoRadius | undefined): MeiliQueryMatch {
    const exactWords = { documentFrequency: () => 1, corrections: () => [] };
    const groups = planQuery(text, exactWords, this.skills);
    return { searched: groups.length > 0, querySkills: new Set(groups.flatMap((g) => g.skills)), near };
  }

  private search<T extends RecordAny>(
    name: IndexName,
    text: string,
    params: SearchParams & { offset: number; limit: number },
  ): Promise<SearchResponse<T>> {
    const { offset, limit, ...rest } = params;
    // Page mode gives an exact total; it needs offset to be a multiple of limit.
    const paging =
      offset % limit === 0 ? { hitsPerPage: limit, page: offset / limit + 1 } : { offset, limit };
    return this.index<T>(name).search<T>(plainQueryText(text), {
      ...rest,
      ...paging,
      // Every word must match, as in the SQLite adapter (Meilisearch would drop trailing words).
      matchingStrategy: 'all',
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
      cropMarker: '…',
      showRankingScore: true,
    });
  }

  // ---- spaces, tenders, projects -----------------------------------------

  async searchSpaces(query: SpaceSearchQuery): Promise<SearchPage<EntityHit>> {
    const q = parseSpaceSearchQuery(query);
    const filter: string[] = [];
    if (q.filters.communities) filter.push(anyOf('community', q.filters.communities));
    if (q.filters.countries) filter.push(anyOf('country', q.filters.countries));
    return this.searchEntities('space', q, filter);
  }

  async searchTenders(query: TenderSearchQuery): Promise<SearchPage<EntityHit>> {
    const q = parseTenderSearchQuery(query);
    const filter: string[] = [];
    if (q.filters.status) filter.push(anyOf('status', q.filters.status));
    if (q.filters.skills) filter.push(anyOf('skill', this.skills.withNarrower(q.filters.skills)));
    return this.searchEntities('tender', q, filter);
  }

  async searchProjects(query: ProjectSearchQuery): Promise<SearchPage<EntityHit>> {
    return this.searchEntities('project', parseProjectSearchQuery(query), []);
  }

  private async searchEntities(
    kind: 'space' | 'tender' | 'project',
    q: { text: string; near?: GeoRadius; sort: 'relevance' | 'distance'; offset: number; limit: number },
    filter: string[],
  ): Promise<SearchPage<EntityHit>> {
    if (q.near) filter.push(geoRadiusFilter(q.near));
    const response = await guarded('search', () =>
      this.search<MeiliEntity>(kind, q.text, {
        filter,
        sort: q.sort === 'distance' && q.near ? [geoSort(q.near)] : [],
        attributesToHighlight: ['title', 'description'],
        attributesToCrop: ['description'],
        cropLength: 30,
        offset: q.offset,
        limit: q.limit,
      }),
    );
    const match = this.queryMatch(q.text, q.near);
    return {
      total: totalOf(response),
      offset: q.offset,
      limit: q.limit,
      hits: response.hits.map((hit) => entityHit(hit, match)),
    };
  }

  // ---- skills autocomplete --------------------------------------------------

  async suggestSkills(prefix: string, language: UiLanguage, limit = 10): Promise<SkillSuggestion[]> {
    const q = parseSuggestQuery(prefix, language, limit);
    if (queryWords(q.prefix).length === 0) return [];
    const response = await guarded('search', () =>
      this.index<MeiliSkill>('skill').search<MeiliSkill>(plainQueryText(q.prefix), { limit: q.limit }),
    );
    return response.hits.map((hit) => {
      const doc: SkillDocument = hit.doc;
      return {
        id: doc.id,
        label: doc.labels[q.language],
        broaderLabel: doc.broaderLabels?.[q.language] ?? null,
      };
    });
  }

  // ---- housekeeping -----------------------------------------------------------

  async stats(): Promise<SearchIndexStats> {
    const stats = await guarded('stats', () => this.client.getStats());
    const count = (name: IndexName) => stats.indexes[this.uid(name)]?.numberOfDocuments ?? 0;
    return {
      members: count('member'),
      spaces: count('space'),
      projects: count('project'),
      tenders: count('tender'),
      skills: count('skill'),
      sizeBytes: stats.databaseSize,
    };
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    return this.client.isHealthy();
  }

  async getWatermark(): Promise<SyncWatermark | null> {
    return guarded('watermark read', async () => {
      try {
        const doc = await this.index<{ pk: string; at: number; key: string }>('meta').getDocument(
          WATERMARK_ID,
        );
        return { at: doc.at, key: doc.key };
      } catch (error) {
        if (error instanceof MeilisearchApiError && error.cause?.code === 'document_not_found') return null;
        throw error;
      }
    });
  }

  async setWatermark(watermark: SyncWatermark): Promise<void> {
    await guarded('watermark write', () =>
      this.wait(
        this.index('meta').addDocuments([{ pk: WATERMARK_ID, at: watermark.at, key: watermark.key }], {
          primaryKey: 'pk',
        }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
