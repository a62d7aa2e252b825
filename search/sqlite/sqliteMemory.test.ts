// build (issue 19): SEARCH_CACHE_MB and SEARCH_MMAP_MB reach SQLite, and the defaults hold without them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_CACHE_MB, DEFAULT_SEARCH_MMAP_MB } from '../../domain/config.js';
import { applySchema } from './schema.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-sqlite-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pragmas(file: string, memory?: { cacheMiB?: number; mmapMiB?: number }) {
  const db = new Database(path.join(dir, file));
  try {
    applySchema(db, memory);
    return {
      cacheSize: db.pragma('cache_size', { simple: true }),
      mmapSize: db.pragma('mmap_size', { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe('the search index memory knobs', () => {
  it('size the page cache (KiB, negative) and the mmap window (bytes) from megabytes', () => {
    expect(pragmas('sized.sqlite', { cacheMiB: 16, mmapMiB: 0 })).toEqual({
      cacheSize: -16 * 1024,
      mmapSize: 0,
    });
  });

  it('default to the configuration defaults', () => {
    expect(pragmas('default.sqlite')).toEqual({
      cacheSize: -DEFAULT_SEARCH_CACHE_MB * 1024,
      mmapSize: DEFAULT_SEARCH_MMAP_MB * 2 ** 20,
    });
  });
});
