// Sync against the real SQLite index, fed by an in-memory graph: a small but
// complete implementation of the SyncSource interface (members with
// `updatedAt`, tombstones for deletions), as the graph repositories provide it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { UnavailableError } from '../../domain/errors.js';
import type { Progress } from '../../domain/progress.js';
import {
  memberRecord,
  PUBLIC_VIEWER,
  SEARCH_NOW,
  searchContext,
} from '../../test/contract/searchFixtures.js';
import { type DocumentKind, memberDocument, type SearchDocument } from '../documents.js';
import type { SearchIndex, SyncWatermark } from '../searchIndex.js';
import { SqliteSearchIndex } from '../sqlite/sqliteSearchIndex.js';
import {
  type ChangeRef,
  changeKey,
  compareWatermarks,
  reindexAll,
  type SyncSource,
  syncOnce,
  syncUntilCaughtUp,
} from './sync.js';

class InMemoryGraph implements SyncSource {
  private readonly members = new Map<string, MemberRecord>();
  private readonly tombstones = new Map<string, number>();
  private clock = SEARCH_NOW;

  write(record: MemberRecord, at = ++this.clock): void {
    this.members.set(record.id, { ...record, updatedAt: at });
    this.tombstones.delete(record.id);
  }

  delete(id: string): void {
    this.members.delete(id);
    this.tombstones.set(id, ++this.clock);
  }

  get(id: string): MemberRecord {
    return this.members.get(id)!;
  }

  private feed(): ChangeRef[] {
    const changes: ChangeRef[] = [
      ...[...this.members.values()].map((m) => ({
        kind: 'member' as const,
        id: m.id,
        at: m.updatedAt,
        deleted: false,
      })),
      ...[...this.tombstones].map(([id, at]) => ({ kind: 'member' as const, id, at, deleted: true })),
    ];
    const mark = (c: ChangeRef): SyncWatermark => ({ at: c.at, key: changeKey(c.kind, c.id) });
    return changes.sort((a, b) => compareWatermarks(mark(a), mark(b)));
  }

  async changesSince(after: SyncWatermark | null, limit: number): Promise<ChangeRef[]> {
    return this.feed()
      .filter((c) => !after || compareWatermarks({ at: c.at, key: changeKey(c.kind, c.id) }, after) > 0)
      .slice(0, limit);
  }

  async load(refs: readonly { kind: DocumentKind; id: string }[]): Promise<SearchDocument[]> {
    return refs.flatMap((r) => {
      const member = this.members.get(r.id);
      return member ? [memberDocument(member, searchContext())] : [];
    });
  }

  async latestChange(): Promise<SyncWatermark | null> {
    const last = this.feed().at(-1);
    return last ? { at: last.at, key: changeKey(last.kind, last.id) } : null;
  }

  async count(): Promise<number> {
    return this.members.size;
  }

  async *snapshot(pageSize: number): AsyncIterable<SearchDocument[]> {
    const all = [...this.members.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; i < all.length; i += pageSize) {
      yield all.slice(i, i + pageSize).map((m) => memberDocument(m, searchContext()));
    }
  }
}

const ceramist = (id: string, name: string, city = 'Lille') =>
  memberRecord({ id, name, city, skills: [{ skill: 'ceramics', level: 3, years: 4 }] });

async function ids(index: SearchIndex, text: string): Promise<string[]> {
  const result = await index.searchMembers({ text, limit: 100 }, PUBLIC_VIEWER);
  return result.hits.map((h) => h.id).sort();
}

describe('search sync', () => {
  let dir: string;
  let file: string;
  let graph: InMemoryGraph;
  const opened: SearchIndex[] = [];
  const open = (name = 'search.sqlite') => {
    const index = new SqliteSearchIndex({
      file: path.join(dir, name),
      taxonomy: searchContext().taxonomy,
      now: () => SEARCH_NOW,
    });
    opened.push(index);
    return index;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-sync-'));
    file = path.join(dir, 'search.sqlite');
    graph = new InMemoryGraph();
  });
  afterEach(async () => {
    for (const index of opened.splice(0)) await index.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a write searchable and a deletion disappear', async () => {
    const index = open();
    graph.write(ceramist('m1', 'Anouk Verhaege'));
    graph.write(ceramist('m2', 'Basile Ortolan'));
    const report = await syncUntilCaughtUp(graph, index, 10);
    expect(report).toMatchObject({ upserted: 2, removed: 0, caughtUp: true });
    expect(await ids(index, 'céramiste')).toEqual(['m1', 'm2']);

    graph.write({ ...graph.get('m1'), name: 'Anouk Delacroix' });
    graph.delete('m2');
    expect(await syncUntilCaughtUp(graph, index, 10)).toMatchObject({ upserted: 1, removed: 1 });
    expect(await ids(index, 'céramiste')).toEqual(['m1']);
    expect(await ids(index, 'Verhaege')).toEqual([]);
    expect(await ids(index, 'Delacroix')).toEqual(['m1']);
    expect(await index.getWatermark()).toEqual(await graph.latestChange());
  });

  it('loses nothing while the index is down, and resumes from the stored watermark', async () => {
    const first = open();
    graph.write(ceramist('m1', 'Anouk Verhaege'));
    await syncUntilCaughtUp(graph, first, 10);
    await first.close();

    graph.write(ceramist('m2', 'Basile Ortolan'));
    graph.write(ceramist('m3', 'Capucine Hellebaut'));
    graph.delete('m1');
    await expect(syncOnce(graph, first, 10)).rejects.toBeInstanceOf(UnavailableError);

    const reopened = open();
    expect(await reopened.getWatermark()).toEqual({ at: SEARCH_NOW + 1, key: 'member:m1' });
    await syncUntilCaughtUp(graph, reopened, 2);
    expect(await ids(reopened, 'céramiste')).toEqual(['m2', 'm3']);
    expect((await reopened.stats()).members).toBe(2);
  });

  it('re-applying a batch after a crash before the watermark moved duplicates nothing', async () => {
    const index = open();
    for (let i = 1; i <= 5; i++) graph.write(ceramist(`m${i}`, `Membre Numero${i}`));
    await syncOnce(graph, index, 2);
    const before = (await index.getWatermark())!;
    expect(await syncOnce(graph, index, 2)).toMatchObject({ upserted: 2 });
    // The process died after writing these documents but before storing the watermark.
    await index.setWatermark(before);
    expect(await syncUntilCaughtUp(graph, index, 2)).toMatchObject({ upserted: 3 });
    expect(await syncUntilCaughtUp(graph, index, 2)).toMatchObject({ upserted: 0 });
    expect((await index.stats()).members).toBe(5);
    expect(await ids(index, 'céramiste')).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('does not skip changes that share a timestamp across batch boundaries', async () => {
    const index = open();
    for (let i = 0; i < 10; i++) graph.write(ceramist(`same-${i}`, `Membre Simultane${i}`), SEARCH_NOW + 5);
    const reports = [];
    for (;;) {
      const report = await syncOnce(graph, index, 3);
      reports.push(report);
      if (report.caughtUp) break;
    }
    expect(reports.map((r) => r.upserted)).toEqual([3, 3, 3, 1]);
    expect((await index.stats()).members).toBe(10);
  });

  it('removes a member who opts out from results and facet counts', async () => {
    const index = open();
    graph.write(ceramist('m1', 'Anouk Verhaege', 'Lille'));
    graph.write(ceramist('m2', 'Basile Ortolan', 'Gent'));
    await syncUntilCaughtUp(graph, index);
    const query = { text: 'keramist', facets: ['city' as const] };
    expect((await index.searchMembers(query, PUBLIC_VIEWER)).facets.city).toHaveLength(2);

    const m1 = graph.get('m1');
    graph.write({ ...m1, privacy: { ...m1.privacy, visibility: 'nobody' } });
    await syncUntilCaughtUp(graph, index);
    const after = await index.searchMembers(query, PUBLIC_VIEWER);
    expect(after.hits.map((h) => h.id)).toEqual(['m2']);
    expect(after.facets.city).toEqual([{ value: 'Gent', count: 1 }]);
  });

  it('a full reindex gives the same index as incremental sync, with progress', async () => {
    const incremental = open();
    for (let i = 0; i < 30; i++) {
      graph.write(ceramist(`m${i}`, `Membre Numero${i}`, i % 2 ? 'Lille' : 'Gent'));
      if (i % 7 === 0) await syncOnce(graph, incremental, 4);
    }
    graph.delete('m3');
    graph.delete('m10');
    graph.write({ ...graph.get('m4'), name: 'Membre Renomme', city: 'Namur' });
    await syncUntilCaughtUp(graph, incremental, 4);

    const rebuilt = open('rebuilt.sqlite');
    await rebuilt.upsert([memberDocument(ceramist('stale', 'Document Perime'), searchContext())]);
    const progress: Progress[] = [];
    const report = await reindexAll(graph, rebuilt, (p) => progress.push(p), 8);
    expect(report.documents).toBe(28);
    expect(progress.at(-1)).toEqual({ phase: 'reindex', done: 28, total: 28 });
    expect(progress.map((p) => p.done)).toEqual([0, 8, 16, 24, 28]);

    const everything = { facets: ['city', 'skill'] as const, limit: 100 } as const;
    const a = await incremental.searchMembers(
      { ...everything, facets: [...everything.facets] },
      PUBLIC_VIEWER,
    );
    const b = await rebuilt.searchMembers({ ...everything, facets: [...everything.facets] }, PUBLIC_VIEWER);
    expect(b.total).toBe(28);
    expect(b.hits.map((h) => h.id).sort()).toEqual(a.hits.map((h) => h.id).sort());
    expect(b.facets).toEqual(a.facets);
    expect(await ids(rebuilt, 'Renomme')).toEqual(['m4']);
    expect(await ids(rebuilt, 'Perime')).toEqual([]);
    expect(await rebuilt.getWatermark()).toEqual(await incremental.getWatermark());
  });

  it('applies writes made during a reindex on the next sync', async () => {
    const index = open();
    for (let i = 0; i < 5; i++) graph.write(ceramist(`m${i}`, `Membre Numero${i}`));
    let wroteDuring = false;
    await reindexAll(
      graph,
      index,
      () => {
        if (!wroteDuring) {
          wroteDuring = true;
          graph.write(ceramist('late', 'Arrivee Tardive'));
        }
      },
      2,
    );
    await syncUntilCaughtUp(graph, index);
    expect(await ids(index, 'Tardive')).toEqual(['late']);
    expect((await index.stats()).members).toBe(6);
  });

  it('keeps the index file: a restart finds the same documents', async () => {
    const index = open();
    graph.write(ceramist('m1', 'Anouk Verhaege'));
    await syncUntilCaughtUp(graph, index);
    await index.close();
    const again = open();
    expect(await ids(again, 'verhage')).toEqual(['m1']);
    expect(file.endsWith('search.sqlite')).toBe(true);
  });
});
