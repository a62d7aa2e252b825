// SQLite-specific behaviour beyond the contract suite: ranking details and
// what happens to the file.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  memberRecord,
  PUBLIC_VIEWER,
  SEARCH_NOW,
  searchContext,
} from '../../test/contract/searchFixtures.js';
import { memberDocument } from '../documents.js';
import { SqliteSearchIndex } from './sqliteSearchIndex.js';

const DAY = 24 * 3600 * 1000;

describe('SqliteSearchIndex ranking', () => {
  let dir: string;
  let index: SqliteSearchIndex;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-sqlite-'));
    index = new SqliteSearchIndex({
      file: path.join(dir, 'search.sqlite'),
      taxonomy: searchContext().taxonomy,
      now: () => SEARCH_NOW,
    });
    const ceramist = (id: string, level: number, daysAgo: number) =>
      memberDocument(
        memberRecord({
          id,
          name: `Membre ${id}`,
          skills: [{ skill: 'wheel-throwing', level, years: 1 }],
          updatedAt: SEARCH_NOW - daysAgo * DAY,
        }),
        searchContext(),
      );
    await index.upsert([
      ceramist('novice-recent', 1, 1),
      ceramist('expert-older', 5, 200),
      ceramist('mid', 3, 200),
    ]);
  });
  afterEach(async () => {
    await index.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('favours level over recency for a skill word, even through a broader skill', async () => {
    for (const text of ['tournage', 'ceramics', 'crafts']) {
      const result = await index.searchMembers({ text }, PUBLIC_VIEWER);
      expect(result.hits.map((h) => h.id)).toEqual(['expert-older', 'mid', 'novice-recent']);
    }
  });

  it('favours level when browsing a skill filter without words', async () => {
    const result = await index.searchMembers({ filters: { skills: ['ceramics'] } }, PUBLIC_VIEWER);
    expect(result.hits.map((h) => h.id)).toEqual(['expert-older', 'mid', 'novice-recent']);
  });

  it('favours recent activity between equal levels, and sorts by recency on request', async () => {
    await index.upsert([
      memberDocument(
        memberRecord({
          id: 'expert-recent',
          name: 'Membre expert-recent',
          skills: [{ skill: 'wheel-throwing', level: 5, years: 1 }],
          updatedAt: SEARCH_NOW,
        }),
        searchContext(),
      ),
    ]);
    const ranked = await index.searchMembers({ text: 'tournage' }, PUBLIC_VIEWER);
    expect(ranked.hits.map((h) => h.id).slice(0, 2)).toEqual(['expert-recent', 'expert-older']);
    const recent = await index.searchMembers({ text: 'tournage', sort: 'recent' }, PUBLIC_VIEWER);
    expect(recent.hits.map((h) => h.id).slice(0, 2)).toEqual(['expert-recent', 'novice-recent']);
  });
});
