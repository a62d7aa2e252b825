// The graph as the search sync's source (FeedSyncSource over SearchFeedRepository), on a real Kùzu store and SQLite index:
// the snapshot builds the same member documents as the seeded dataset; the
// change feed orders writes and tombstones and resumes after a watermark; an
// incremental sync from nothing equals a full reindex; tombstones are applied
// then purged.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkDataset } from '../../domain/dataset.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { importMemberRows } from '../../graph/import/importMembers.js';
import { parseMemberFile } from '../../graph/import/memberFile.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { MemberRepository } from '../../graph/repositories/memberRepository.js';
import { SearchFeedRepository } from '../../graph/repositories/searchFeedRepository.js';
import { TombstoneRepository } from '../../graph/repositories/tombstoneRepository.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { datasetDocuments, type MemberDocument } from '../documents.js';
import type { SearchIndex } from '../searchIndex.js';
import { SqliteSearchIndex } from '../sqlite/sqliteSearchIndex.js';
import { FeedSyncSource } from './feedSyncSource.js';
import { searchSyncJob } from './searchSyncJob.js';
import { changeKey, reindexAll, syncUntilCaughtUp } from './sync.js';

let dir: string;
let store: GraphStore;
let dataset: NetworkDataset;
let taxonomy: Taxonomy;
let source: FeedSyncSource;
const indexes: SearchIndex[] = [];

function openIndex(name: string): SearchIndex {
  const index = new SqliteSearchIndex({ file: path.join(dir, `${name}.sqlite`), taxonomy, now: () => 0 });
  indexes.push(index);
  return index;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-search-source-'));
  store = await openKuzuGraphStore({ directory: path.join(dir, 'graph') });
  await store.migrate();
  dataset = generateNetwork({ members: 150, seed: 11 });
  await store.bulkLoad(dataset);
  taxonomy = new Taxonomy(dataset.skills);
  source = new FeedSyncSource(new SearchFeedRepository(store), taxonomy);
}, 60_000);

afterAll(async () => {
  for (const index of indexes) await index.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function allDocuments() {
  const documents = [];
  for await (const page of source.snapshot(40)) documents.push(...page);
  return documents;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('FeedSyncSource over the graph', () => {
  it('snapshots every member as the dataset builds it, page by page', async () => {
    const documents = await allDocuments();
    const members = documents.filter((d): d is MemberDocument => d.kind === 'member').sort(byId);
    const expected = datasetDocuments(dataset)
      .filter((d): d is MemberDocument => d.kind === 'member')
      .sort(byId);
    expect(members.length).toBe(150);
    const normalise = (d: MemberDocument) => ({
      ...d,
      skills: [...d.skills].sort((a, b) => a.id.localeCompare(b.id)),
      spaces: [...d.spaces].sort(),
      communities: [...d.communities].sort(),
      filieres: [...d.filieres].sort(),
      skillTerms: [...d.skillTerms].sort(),
      broaderTerms: [...d.broaderTerms].sort(),
      spaceNames: [...d.spaceNames].sort(),
      communityNames: [...d.communityNames].sort(),
      filiereLabels: [...d.filiereLabels].sort(),
      broaderSkills: [...d.broaderSkills].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(members.map(normalise)).toEqual(expected.map(normalise));
    expect(documents.filter((d) => d.kind === 'skill').length).toBe(dataset.skills.length);
    expect(documents.filter((d) => d.kind === 'space').length).toBe(dataset.spaces.length);
    expect(await source.count()).toBe(documents.length);
  });

  it('lists changes in (time, key) order and resumes strictly after a watermark', async () => {
    const all = await source.changesSince(null, 1000);
    expect(all.length).toBe(150);
    const keys = all.map((c) => [c.at, changeKey(c.kind, c.id)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    const middle = all[70]!;
    const rest = await source.changesSince({ at: middle.at, key: changeKey(middle.kind, middle.id) }, 1000);
    expect(rest.map((c) => c.id)).toEqual(all.slice(71).map((c) => c.id));
    const latest = await source.latestChange();
    expect(latest).toEqual({ at: all.at(-1)!.at, key: changeKey('member', all.at(-1)!.id) });
  });

  it('an incremental sync from nothing finds what a full reindex finds', async () => {
    const full = openIndex('full');
    const incremental = openIndex('incremental');
    await reindexAll(source, full, undefined, 50);
    // The incremental feed carries members (and tenders); reference documents come with any reindex.
    const reference = (await allDocuments()).filter((d) => d.kind === 'skill' || d.kind === 'space');
    await incremental.upsert(reference);
    const report = await syncUntilCaughtUp(source, incremental, 40);
    expect(report.upserted).toBe(150);
    expect(await incremental.getWatermark()).toEqual(await full.getWatermark());
    const visibility = { viewerSpaces: null, includeHidden: true, signedIn: true };
    for (const text of ['ceramique', 'menuisier bois', 'photographe', '']) {
      const query = { text, facets: ['skill', 'city'] as const, limit: 50 };
      const [a, b] = await Promise.all([
        full.searchMembers({ ...query, facets: [...query.facets] }, visibility),
        incremental.searchMembers({ ...query, facets: [...query.facets] }, visibility),
      ]);
      expect(b.total).toBe(a.total);
      expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
      expect(b.facets).toEqual(a.facets);
    }
  });

  it('applies a write and a tombstone, then purges the applied tombstone', async () => {
    const index = openIndex('changes');
    await reindexAll(source, index, undefined, 100);
    const members = new MemberRepository(store);
    const [renamed, erased] = dataset.members.filter((m) => m.privacy.visibility === 'network');
    const later = Date.now();
    await members.update(renamed!.id, { name: 'Zéphyrine Quintessence', updatedAt: later });
    await members.delete(erased!.id);
    await new TombstoneRepository(store).record('member', erased!.id, later + 1);
    const sync = searchSyncJob(new SearchFeedRepository(store), taxonomy, () => index, 1);
    const report = await sync.syncOnce(() => {}, new AbortController().signal);
    expect(report).toEqual({ upserted: 1, removed: 1 });
    const visibility = { viewerSpaces: null, includeHidden: true, signedIn: true };
    const found = await index.searchMembers({ text: 'zephyrine quintessence' }, visibility);
    expect(found.hits.map((h) => h.id)).toEqual([renamed!.id]);
    const gone = await index.searchMembers({ text: erased!.name }, visibility);
    expect(gone.hits.map((h) => h.id)).not.toContain(erased!.id);
    // The tombstone is the last change: it stays until a later change passes it, then is purged.
    expect(await new TombstoneRepository(store).latest()).not.toBeNull();
    await members.update(renamed!.id, { bio: 'céramiste', updatedAt: later + 2 });
    await sync.syncOnce(() => {}, new AbortController().signal);
    expect(await new TombstoneRepository(store).latest()).toBeNull();
  });

  it('does not bring back a member erased while the batch was between load and upsert', async () => {
    const index = openIndex('race');
    await reindexAll(source, index, undefined, 100);
    const members = new MemberRepository(store);
    const target = dataset.members.filter((m) => m.privacy.visibility === 'network')[5]!;
    await members.update(target.id, { bio: 'vannier', updatedAt: Date.now() + 10_000 });
    // The erasure commits and its hook removes the document just before the stale upsert lands.
    const racing: SearchIndex = Object.create(index, {
      upsert: {
        value: async (documents: Parameters<SearchIndex['upsert']>[0]) => {
          await members.delete(target.id);
          await index.remove('member', [target.id]);
          await index.upsert(documents);
        },
      },
    });
    const report = await searchSyncJob(new SearchFeedRepository(store), taxonomy, () => racing).syncOnce(
      () => {},
      new AbortController().signal,
    );
    expect(report).toEqual({ upserted: 0, removed: 1 });
    const found = await index.searchMembers(
      { text: 'vannier' },
      { viewerSpaces: null, includeHidden: true, signedIn: true },
    );
    expect(found.hits.map((h) => h.id)).not.toContain(target.id);
    expect((await index.stats()).members).toBe(148);
  });

  it('puts imported members after the watermark, even with an import time in the past', async () => {
    const index = openIndex('import');
    await reindexAll(source, index, undefined, 100);
    const file = [
      'externalId,name,email,phone,city,skills,spaces,communities,filieres,availability',
      'IMP1,Ondine Importée,ondine@example.org,,Liège,,,,,available',
      'IMP2,Pieter Geïmporteerd,pieter@example.org,,Gent,,,,,available',
    ].join('\n');
    // An import stamped a year ago: the feed position comes from the commit, not from `updatedAt`.
    const past = Date.now() - 365 * 86_400_000;
    await importMemberRows(store, parseMemberFile(file, { format: 'csv', now: past }), { now: past });
    const report = await syncUntilCaughtUp(source, index, 10);
    expect(report.upserted).toBe(2);
    const visibility = { viewerSpaces: null, includeHidden: true, signedIn: true };
    const found = await index.searchMembers({ text: 'ondine' }, visibility);
    expect(found.hits.map((h) => h.name)).toEqual(['Ondine Importée']);
  });
});
