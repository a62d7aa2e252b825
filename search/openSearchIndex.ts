// Chooses the search adapter from the configuration: Meilisearch when
// MEILI_URL is set, otherwise the embedded SQLite index under DATA_DIR.
import path from 'node:path';
import type { Config } from '../domain/config.js';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { MeiliSearchIndex } from './meilisearch/meiliSearchIndex.js';
import type { SearchIndex } from './searchIndex.js';
import { SqliteSearchIndex } from './sqlite/sqliteSearchIndex.js';

export function sqliteSearchFile(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, 'search.sqlite');
}

export async function openSearchIndex(
  config: Pick<Config, 'DATA_DIR' | 'MEILI_URL' | 'MEILI_API_KEY'>,
  options: { taxonomy?: Taxonomy } = {},
): Promise<SearchIndex> {
  const taxonomy = options.taxonomy ?? new Taxonomy(loadReferenceData().skills);
  if (config.MEILI_URL) {
    return MeiliSearchIndex.open({ url: config.MEILI_URL, apiKey: config.MEILI_API_KEY, taxonomy });
  }
  return new SqliteSearchIndex({ file: sqliteSearchFile(config), taxonomy });
}
