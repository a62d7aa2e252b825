// The SearchIndex contract on every adapter: SQLite always, Meilisearch when
// MEILI_URL points at a server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { describe } from 'vitest';
import { MeiliSearchIndex } from '../../search/meilisearch/meiliSearchIndex.js';
import { SqliteSearchIndex } from '../../search/sqlite/sqliteSearchIndex.js';
import { SEARCH_NOW, searchContext } from './searchFixtures.js';
import { searchIndexContract } from './searchIndexContract.js';

describe('SqliteSearchIndex', () => {
  const dirs: string[] = [];
  searchIndexContract({
    async open() {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-search-'));
      dirs.push(dir);
      return new SqliteSearchIndex({
        file: path.join(dir, 'search.sqlite'),
        taxonomy: searchContext().taxonomy,
        now: () => SEARCH_NOW,
      });
    },
    async dispose() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  });
});

const meiliUrl = process.env.MEILI_URL;
if (!meiliUrl) console.warn('Meilisearch contract suite skipped: MEILI_URL is not set');

describe.runIf(meiliUrl)('MeiliSearchIndex', () => {
  const prefixes: string[] = [];
  const apiKey = process.env.MEILI_API_KEY;
  searchIndexContract({
    async open() {
      const prefix = `contract_${process.pid}_${prefixes.length}`;
      prefixes.push(prefix);
      const index = await MeiliSearchIndex.open({
        url: meiliUrl!,
        apiKey,
        taxonomy: searchContext().taxonomy,
        indexPrefix: prefix,
      });
      await index.clear();
      return index;
    },
    async dispose() {
      const client = new Meilisearch({ host: meiliUrl!, apiKey });
      const { results } = await client.getIndexes({ limit: 1000 });
      for (const prefix of prefixes.splice(0)) {
        for (const idx of results.filter((i) => i.uid.startsWith(`${prefix}_`))) {
          await client.deleteIndex(idx.uid).waitTask();
        }
      }
    },
  });
});
