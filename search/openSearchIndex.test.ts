import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSearchIndex, sqliteSearchFile } from './openSearchIndex.js';

describe('openSearchIndex', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the embedded SQLite index under DATA_DIR when MEILI_URL is not set', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-open-'));
    dirs.push(dir);
    const config = { DATA_DIR: path.join(dir, 'data'), MEILI_URL: undefined, MEILI_API_KEY: '' };
    const index = await openSearchIndex(config);
    try {
      expect(index.engine).toBe('sqlite');
      expect(await index.ping()).toBe(true);
      expect(existsSync(sqliteSearchFile(config))).toBe(true);
      expect(sqliteSearchFile(config)).toBe(path.join(dir, 'data', 'search.sqlite'));
    } finally {
      await index.close();
    }
    expect(await index.ping()).toBe(false);
  });

  it('reports a file that cannot be opened as UNAVAILABLE', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-open-'));
    dirs.push(dir);
    const notADirectory = path.join(dir, 'file');
    writeFileSync(notADirectory, 'x');
    await expect(
      openSearchIndex({ DATA_DIR: notADirectory, MEILI_URL: undefined, MEILI_API_KEY: '' }),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
