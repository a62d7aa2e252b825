// Chooses the search adapter from the configuration: Meilisearch when
// MEILI_URL is set, otherwise the embedded SQLite index under DATA_DIR.
import path from 'node:path';
import type { Config } from '../domain/config.js';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import type { SearchIndex } from './searchIndex.js';

export function sqliteSearchFile(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, 'search.sqlite');
}

export async function openSearchIndex(
  config: Pick<Config, 'DATA_DIR' | 'MEILI_URL' | 'MEILI_API_KEY'> &
    // build: SQLite's memory (issue 19); optional so that an index can be opened from a partial config.
    Partial<Pick<Config, 'SEARCH_CACHE_MB' | 'SEARCH_MMAP_MB'>>,
  options: { taxonomy?: Taxonomy } = {},
): Promise<SearchIndex> {
  const taxonomy = options.taxonomy ?? new Taxonomy(loadReferenceData().skills);
  // Each engine's client is loaded only when selected.
  if (config.MEILI_URL) {
    const { MeiliSearchIndex } = await import('./meilisearch/meiliSearchIndex.js');
    return MeiliSearchIndex.open({ url: config.MEILI_URL, apiKey: config.MEILI_API_KEY, taxonomy });
  }
  const { SqliteSearchIndex } = await import('./sqlite/sqliteSearchIndex.js');
  return new SqliteSearchIndex({
    file: sqliteSearchFile(config),
    taxonomy,
    memory: { cacheMiB: config.SEARCH_CACHE_MB, mmapMiB: config.SEARCH_MMAP_MB },
  });
}
