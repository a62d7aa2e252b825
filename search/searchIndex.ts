// The SearchIndex port: a derived, rebuildable index of members, spaces,
// projects, tenders and skills. Adapters: `sqlite/` (embedded, SQLite FTS5)
// and `meilisearch/` (production). The graph stays the source of truth; the
// sync job (search/sync/sync.ts) keeps the index up to date through a watermark.
import type { UiLanguage } from '../domain/entities/common.js';
import type { Availability } from '../domain/entities/member.js';
import type { DocumentKind, SearchDocument } from './documents.js';
import type {
  MemberFacet,
  MemberSearchQuery,
  ProjectSearchQuery,
  SearchVisibility,
  SpaceSearchQuery,
  TenderSearchQuery,
} from './searchQuery.js';

export type { DocumentKind, SearchDocument } from './documents.js';
export type {
  GeoRadius,
  MemberFacet,
  MemberFilters,
  MemberSearchQuery,
  ProjectSearchQuery,
  SearchVisibility,
  SpaceSearchQuery,
  TenderSearchQuery,
} from './searchQuery.js';

/** A piece of highlighted text: matched words have `match: true`. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

export interface Highlight {
  field: 'name' | 'bio' | 'title' | 'description';
  parts: HighlightPart[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface MemberHit {
  id: string;
  handle: string;
  name: string;
  city: string | null;
  country: string | null;
  availability: Availability;
  skills: { id: string; level: number }[];
  /** The member's skills that the query matched (directly, by synonym or through a broader skill). */
  matchedSkills: string[];
  /** Higher is better; comparable only within one result page of one adapter. */
  score: number;
  /** Distance from `near`, when the query has one. */
  distanceKm: number | null;
  highlights: Highlight[];
}

export interface SearchPage<H> {
  total: number;
  offset: number;
  limit: number;
  hits: H[];
}

export interface MemberSearchResult extends SearchPage<MemberHit> {
  /** Counts over every matching member the viewer may see, for each requested facet, most frequent first. */
  facets: Partial<Record<MemberFacet, FacetCount[]>>;
}

export interface EntityHit {
  id: string;
  title: string;
  score: number;
  distanceKm: number | null;
  highlights: Highlight[];
}

export interface SkillSuggestion {
  id: string;
  /** Label in the requested language. */
  label: string;
  /** Label of the broader skill in the requested language, for disambiguation. */
  broaderLabel: string | null;
}

/** Position of the sync job in the graph's change feed: the last change applied. */
export interface SyncWatermark {
  /**
   * Position in the feed of the last applied change: the graph's commit sequence, which never
   * decreases from one commit to the next (and is at least the commit's time in epoch ms).
   */
  at: number;
  /** `${kind}:${id}` of that change: orders changes that share a position (written by one commit). */
  key: string;
}

export interface SearchIndexStats {
  members: number;
  spaces: number;
  projects: number;
  tenders: number;
  skills: number;
  /** Bytes on disk (SQLite) or reported by the server (Meilisearch). */
  sizeBytes: number;
}

export interface SearchIndex {
  readonly engine: 'sqlite' | 'meilisearch';
  /** Inserts or replaces documents by (kind, id). Idempotent. */
  upsert(documents: readonly SearchDocument[]): Promise<void>;
  /** Removes documents; unknown ids are ignored. Idempotent. */
  remove(kind: DocumentKind, ids: readonly string[]): Promise<void>;
  searchMembers(query: MemberSearchQuery, visibility: SearchVisibility): Promise<MemberSearchResult>;
  searchSpaces(query: SpaceSearchQuery): Promise<SearchPage<EntityHit>>;
  searchTenders(query: TenderSearchQuery): Promise<SearchPage<EntityHit>>;
  searchProjects(query: ProjectSearchQuery): Promise<SearchPage<EntityHit>>;
  /** Autocomplete over skill labels in every language, answered in `language`. */
  suggestSkills(prefix: string, language: UiLanguage, limit?: number): Promise<SkillSuggestion[]>;
  /** Removes every document and the sync watermark. */
  clear(): Promise<void>;
  /**
   * Replaces every document with those of `pages` (a full reindex), calling `onPage` with each page's
   * size once it is written. Optional: an adapter without a faster way is cleared and upserted page by
   * page (search/sync/sync.ts). Either everything is replaced, or (on failure) what was there stays.
   */
  rebuild?(pages: AsyncIterable<readonly SearchDocument[]>, onPage: (written: number) => void): Promise<void>;
  stats(): Promise<SearchIndexStats>;
  /** True when the index answers (for GET /ready). */
  ping(): Promise<boolean>;
  getWatermark(): Promise<SyncWatermark | null>;
  setWatermark(watermark: SyncWatermark): Promise<void>;
  close(): Promise<void>;
}
