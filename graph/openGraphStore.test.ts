import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../domain/config.js';
import { UnavailableError } from '../domain/errors.js';
import { KUZU_DATABASE_FILE } from './kuzu/kuzuGraphStore.js';
import { openGraphStore } from './openGraphStore.js';

describe('openGraphStore', () => {
  it('opens the embedded Kùzu store under DATA_DIR/graph when NEO4J_URI is not set', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-open-graph-'));
    const store = await openGraphStore(loadConfig({ DATA_DIR: dataDir }));
    try {
      expect(store.dialect).toBe('kuzu');
      expect(await store.ping()).toBe(true);
      expect(existsSync(path.join(dataDir, 'graph', KUZU_DATABASE_FILE))).toBe(true);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('chooses Neo4j when NEO4J_URI is set, and reports an unreachable server as unavailable', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    await expect(openGraphStore(config)).rejects.toBeInstanceOf(UnavailableError);
  });
});
