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

describe('SqliteSearchIndex rebuild', () => {
  let dir: string;
  let index: SqliteSearchIndex;
  const member = (id: string, skill: string) =>
    memberDocument(
      memberRecord({ id, name: `Membre ${id}`, skills: [{ skill, level: 3, years: 1 }] }),
      searchContext(),
    );
  async function* pages(...list: ReturnType<typeof member>[][]) {
    for (const page of list) yield page;
  }
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-sqlite-rebuild-'));
    index = new SqliteSearchIndex({
      file: path.join(dir, 'search.sqlite'),
      taxonomy: searchContext().taxonomy,
      now: () => SEARCH_NOW,
    });
    await index.upsert([member('old', 'wheel-throwing')]);
  });
  afterEach(async () => {
    await index.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces every document, reports each page, and searches with typos and filters afterwards', async () => {
    const written: number[] = [];
    await index.rebuild(
      pages([member('a', 'wheel-throwing'), member('b', 'wheel-throwing')], [member('c', 'wheel-throwing')]),
      (n) => written.push(n),
    );
    expect(written).toEqual([2, 1]);
    const typo = await index.searchMembers({ text: 'tournaeg' }, PUBLIC_VIEWER);
    expect(typo.hits.map((h) => h.id).sort()).toEqual(['a', 'b', 'c']);
    const filtered = await index.searchMembers({ filters: { skills: ['ceramics'] } }, PUBLIC_VIEWER);
    expect(filtered.total).toBe(3);
    // Incremental writes after a rebuild go on as before.
    await index.upsert([member('d', 'wheel-throwing')]);
    expect((await index.searchMembers({ text: 'tournage' }, PUBLIC_VIEWER)).total).toBe(4);
  });

  it('leaves the previous documents when a page fails', async () => {
    async function* failing() {
      yield [member('a', 'wheel-throwing')];
      throw new Error('graph read failed');
    }
    await expect(index.rebuild(failing(), () => {})).rejects.toThrow('graph read failed');
    const result = await index.searchMembers({ text: 'tournage' }, PUBLIC_VIEWER);
    expect(result.hits.map((h) => h.id)).toEqual(['old']);
    const filtered = await index.searchMembers({ filters: { skills: ['ceramics'] } }, PUBLIC_VIEWER);
    expect(filtered.total).toBe(1);
  });
});
