// `passerelle reindex` on a seeded embedded store: every member, space and
// skill ends up in the SQLite index under DATA_DIR, a second run gives the
// same counts (the index is cleared first), and the index is searchable.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../domain/config.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { seedNetwork } from '../../graph/seed/seedStore.js';
import { openSearchIndex } from '../../search/openSearchIndex.js';
import { reindexCommand } from './reindex.js';
import { withGraphStore } from './withGraphStore.js';

let dir: string;
let config: Config;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-reindex-'));
  config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
  await withGraphStore(config, (store) => seedNetwork(store, { members: 120, seed: 5 }));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('passerelle reindex', () => {
  it('indexes every member, space and skill of the graph, and again identically', async () => {
    const seen: number[] = [];
    const first = await reindexCommand(config, (p) => seen.push(p.done));
    expect(first.members).toBe(120);
    expect(first.engine).toBe('sqlite');
    expect(seen.at(-1)).toBe(first.documents);
    const second = await reindexCommand(config);
    expect(second.documents).toBe(first.documents);
    expect(second.members).toBe(120);

    const index = await openSearchIndex(config, { taxonomy: new Taxonomy([]) });
    try {
      const stats = await index.stats();
      expect(stats.members).toBe(120);
      expect(stats.spaces).toBeGreaterThan(0);
      expect(stats.skills).toBeGreaterThan(0);
      expect(await index.getWatermark()).not.toBeNull();
    } finally {
      await index.close();
    }
  });
});
