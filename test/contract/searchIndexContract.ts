// The SearchIndex contract: what every adapter must do, checked on a real
// index. `searchIndex.contract.test.ts` runs it on SQLite always and on
// Meilisearch when MEILI_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasserelleError } from '../../domain/errors.js';
import { haversineKm } from '../../domain/geo.js';
import {
  type MemberDocument,
  memberDocument,
  type ProjectDocument,
  type SearchDocument,
  type TenderDocument,
} from '../../search/documents.js';
import type { MemberSearchQuery, SearchIndex, SearchVisibility } from '../../search/searchIndex.js';
import {
  HAND_WRITTEN_MEMBERS,
  memberRecord,
  PUBLIC_VIEWER,
  RELEVANCE_CASES,
  relevanceDocuments,
  SEARCH_NOW,
  searchContext,
} from './searchFixtures.js';

export interface SearchIndexTarget {
  /** A new, empty index. */
  open(): Promise<SearchIndex>;
  /** Removes whatever `open` created. */
  dispose(): Promise<void>;
}

function members(docs: readonly SearchDocument[]): MemberDocument[] {
  return docs.filter((d): d is MemberDocument => d.kind === 'member');
}

function visibleTo(doc: MemberDocument, viewer: SearchVisibility): boolean {
  if (viewer.includeHidden || doc.visibility === 'network') return true;
  return doc.visibility === 'spaces' && doc.spaces.some((s) => viewer.viewerSpaces?.includes(s));
}

async function expectBadInput(work: Promise<unknown>, path: (string | number)[]): Promise<void> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected BAD_USER_INPUT at ${path.join('.')}`).toBeInstanceOf(PasserelleError);
  expect((error as PasserelleError).code).toBe('BAD_USER_INPUT');
  expect((error as { problems: { path: (string | number)[] }[] }).problems.map((p) => p.path)).toContainEqual(
    path,
  );
}

export function searchIndexContract(target: SearchIndexTarget): void {
  describe('on the relevance network (3,000 synthetic + hand-written members)', () => {
    let index: SearchIndex;
    const docs = relevanceDocuments();
    const memberDocs = members(docs);

    beforeAll(async () => {
      index = await target.open();
      for (let i = 0; i < docs.length; i += 1000) await index.upsert(docs.slice(i, i + 1000));
    });
    afterAll(async () => {
      await index.close();
      await target.dispose();
    });

    it('indexes every document', async () => {
      const stats = await index.stats();
      expect(stats.members).toBe(memberDocs.length);
      expect(stats.skills).toBe(docs.filter((d) => d.kind === 'skill').length);
      expect(stats.spaces).toBe(docs.filter((d) => d.kind === 'space').length);
    });

    describe('relevance table', () => {
      it('has at least 40 queries', () => {
        expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
      });
      it.each(RELEVANCE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const result = await index.searchMembers({ ...c.query, limit: 20 }, c.visibility ?? PUBLIC_VIEWER);
        const ids = result.hits.map((h) => h.id);
        const top5 = ids.slice(0, 5);
        for (const id of c.top5) expect(top5, `${id} in top 5 of ${JSON.stringify(c.query)}`).toContain(id);
        if (c.first) expect(ids[0]).toBe(c.first);
        for (const id of c.absent ?? []) expect(ids).not.toContain(id);
      });
    });

    it('finds every member with ceramics, whatever language, accent or typo', async () => {
      const expected = memberDocs
        .filter((d) => visibleTo(d, PUBLIC_VIEWER))
        .filter((d) =>
          d.skills.some((s) => searchContext().taxonomy.selfAndDescendants('ceramics').includes(s.id)),
        )
        .map((d) => d.id)
        .sort();
      expect(expected.length).toBeGreaterThan(20);
      for (const text of ['céramiste', 'ceramiste', 'ceramist', 'keramist', 'céramsite']) {
        const result = await index.searchMembers({ text, limit: 100 }, PUBLIC_VIEWER);
        const found = result.hits.map((h) => h.id);
        for (const id of expected) expect(found, `"${text}" finds ${id}`).toContain(id);
      }
    });

    it('counts facets over visible matching members only', async () => {
      const query: MemberSearchQuery = {
        filters: { skills: ['ceramics'] },
        facets: ['city', 'availability', 'skill'],
        facetLimit: 100,
      };
      for (const viewer of [PUBLIC_VIEWER, { viewerSpaces: null, includeHidden: true, signedIn: true }]) {
        const ceramists = memberDocs.filter(
          (d) =>
            visibleTo(d, viewer) &&
            d.skills.some((s) => searchContext().taxonomy.selfAndDescendants('ceramics').includes(s.id)),
        );
        const result = await index.searchMembers(query, viewer);
        expect(result.total).toBe(ceramists.length);
        const byCity = new Map<string, number>();
        for (const d of ceramists) if (d.city) byCity.set(d.city, (byCity.get(d.city) ?? 0) + 1);
        expect(new Map(result.facets.city!.map((f) => [f.value, f.count]))).toEqual(byCity);
        const available = ceramists.filter((d) => d.availability === 'available').length;
        expect(result.facets.availability!.find((f) => f.value === 'available')?.count).toBe(available);
        const counts = result.facets.skill!.map((f) => f.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
      const hidden = await index.searchMembers({ text: 'Achterberg', facets: ['city'] }, PUBLIC_VIEWER);
      expect(hidden.total).toBe(0);
      expect(hidden.facets.city).toEqual([]);
    });

    it('keeps radius, distance order and distances exact', async () => {
      const center = { lat: 50.85, lon: 4.35 };
      const result = await index.searchMembers(
        { text: 'design', near: { ...center, radiusKm: 60 }, sort: 'distance', limit: 100 },
        PUBLIC_VIEWER,
      );
      expect(result.hits.length).toBeGreaterThan(5);
      const distances = result.hits.map((h) => h.distanceKm!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      for (const hit of result.hits) {
        const doc = memberDocs.find((d) => d.id === hit.id)!;
        expect(hit.distanceKm!).toBeLessThanOrEqual(60);
        expect(hit.distanceKm!).toBeCloseTo(haversineKm(center, doc.geo!), 1);
      }
    });

    it('pages without overlap and reports the same total', async () => {
      const first = await index.searchMembers({ text: 'photographie', limit: 10 }, PUBLIC_VIEWER);
      const second = await index.searchMembers(
        { text: 'photographie', limit: 10, offset: 10 },
        PUBLIC_VIEWER,
      );
      expect(first.total).toBeGreaterThan(20);
      expect(second.total).toBe(first.total);
      const overlap = first.hits.filter((h) => second.hits.some((s) => s.id === h.id));
      expect(overlap).toEqual([]);
    });

    it('highlights matched words and names the matched skills', async () => {
      const result = await index.searchMembers({ text: 'keramist oudekerk' }, PUBLIC_VIEWER);
      const hit = result.hits.find((h) => h.id === 'hw-zephyrine')!;
      const name = hit.highlights.find((h) => h.field === 'name')!;
      expect(name.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Oudekerk']);
      expect(name.parts.map((p) => p.text).join('')).toBe('Zéphyrine Oudekerk');
      expect(hit.matchedSkills).toContain('ceramics');
      expect(hit.skills).toContainEqual({ id: 'ceramics', level: 5 });
    });

    it('suggests skills in the searcher language from any language, prefix or typo', async () => {
      expect((await index.suggestSkills('kera', 'nl'))[0]).toMatchObject({
        id: 'ceramics',
        label: 'Keramiek',
      });
      expect((await index.suggestSkills('céram', 'fr')).map((s) => s.id)).toContain('ceramics');
      expect((await index.suggestSkills('pottery', 'fr'))[0]).toMatchObject({
        id: 'ceramics',
        label: 'Céramique',
        broaderLabel: "Artisanat d'art",
      });
      expect((await index.suggestSkills('ceramcs', 'en')).map((s) => s.id)).toContain('ceramics');
      expect(await index.suggestSkills('   ', 'en')).toEqual([]);
    });

    it('searches spaces by name, place and radius', async () => {
      const byName = await index.searchSpaces({ text: 'mutualab' });
      expect(byName.hits[0]?.id).toBe('mutualab');
      const near = await index.searchSpaces({
        near: { lat: 50.629, lon: 3.057, radiusKm: 2 },
        sort: 'distance',
      });
      expect(near.hits.map((h) => h.id)).toContain('la-coroutine');
      expect(near.hits.every((h) => (h.distanceKm ?? 99) <= 2)).toBe(true);
    });

    describe('bad input', () => {
      const rejected: [string, unknown, (string | number)[]][] = [
        ['a 10,000-character query', { text: 'a'.repeat(10_000) }, ['query', 'text']],
        [
          'too many words',
          { text: Array.from({ length: 13 }, (_, i) => `w${i}`).join(' ') },
          ['query', 'text'],
        ],
        ['limit 0', { text: 'x', limit: 0 }, ['query', 'limit']],
        ['limit 1000', { text: 'x', limit: 1000 }, ['query', 'limit']],
        ['negative offset', { text: 'x', offset: -1 }, ['query', 'offset']],
        ['distance sort without near', { text: 'x', sort: 'distance' }, ['query', 'sort']],
        ['unknown facet', { facets: ['salary'] }, ['query', 'facets', 0]],
        ['latitude out of range', { near: { lat: 100, lon: 0, radiusKm: 5 } }, ['query', 'near', 'lat']],
        ['negative radius', { near: { lat: 50, lon: 4, radiusKm: -5 } }, ['query', 'near', 'radiusKm']],
        [
          'minimum level without skills',
          { filters: { minSkillLevel: 3 } },
          ['query', 'filters', 'minSkillLevel'],
        ],
        ['unknown field', { text: 'x', orderBy: 'name' }, ['query']],
      ];
      it.each(rejected)('rejects %s with BAD_USER_INPUT naming the field', async (_name, query, path) => {
        await expectBadInput(index.searchMembers(query as MemberSearchQuery, PUBLIC_VIEWER), path);
      });

      it('rejects a missing visibility', async () => {
        await expectBadInput(index.searchMembers({ text: 'x' }, undefined as unknown as SearchVisibility), [
          'visibility',
        ]);
      });

      const plain = [
        '',
        '   ',
        '"',
        '""""',
        '*',
        'NEAR(',
        'NEAR(a b, 2)',
        '-',
        ':',
        'name:foo',
        'a AND OR NOT b',
        '(((',
        '^céramique',
        "'; DROP TABLE members; --",
        "1' OR '1'='1",
        'SELECT * FROM member_fts',
        '\u0000\u0001',
        '🙂 céramique',
        'a'.repeat(200),
      ];
      it.each(plain)('searches %j as plain words, never an internal error', async (text) => {
        const result = await index.searchMembers({ text }, PUBLIC_VIEWER);
        expect(result.total).toBeGreaterThanOrEqual(0);
        await index.suggestSkills(text, 'fr');
        await index.searchSpaces({ text });
      });

      it('still holds every member after hostile queries', async () => {
        expect((await index.stats()).members).toBe(memberDocs.length);
      });
    });
  });

  describe('writes', () => {
    let index: SearchIndex;
    const ctx = searchContext();
    const zephyrine = HAND_WRITTEN_MEMBERS.find((m) => m.id === 'hw-zephyrine')!;

    beforeAll(async () => {
      index = await target.open();
    });
    afterAll(async () => {
      await index.close();
      await target.dispose();
    });

    it('replaces a document on upsert and forgets its old words', async () => {
      await index.upsert([memberDocument(zephyrine, ctx)]);
      await index.upsert([memberDocument({ ...zephyrine, name: 'Zéphyrine Hoogstraten' }, ctx)]);
      expect((await index.searchMembers({ text: 'Oudekerk' }, PUBLIC_VIEWER)).total).toBe(0);
      expect(
        (await index.searchMembers({ text: 'Hoogstraten' }, PUBLIC_VIEWER)).hits.map((h) => h.id),
      ).toEqual(['hw-zephyrine']);
      expect((await index.stats()).members).toBe(1);
    });

    it('finds a word it learned from a small upsert, with a typo', async () => {
      await index.upsert([
        memberDocument(memberRecord({ id: 'w-1', name: 'Ysaline Wittebroodt', skills: [] }), ctx),
      ]);
      const result = await index.searchMembers({ text: 'wittebrodt' }, PUBLIC_VIEWER);
      expect(result.hits.map((h) => h.id)).toEqual(['w-1']);
    });

    it('removes documents, ignores unknown ids', async () => {
      await index.remove('member', ['w-1', 'does-not-exist']);
      expect((await index.searchMembers({ text: 'Wittebroodt' }, PUBLIC_VIEWER)).total).toBe(0);
      await index.remove('member', ['w-1']);
    });

    it('makes a member who opts out disappear from results and facet counts', async () => {
      const before = await index.searchMembers({ text: 'céramique', facets: ['city'] }, PUBLIC_VIEWER);
      expect(before.hits.map((h) => h.id)).toContain('hw-zephyrine');
      expect(before.facets.city).toEqual([{ value: 'Lachapelle-aux-Pots', count: 1 }]);
      const optedOut = { ...zephyrine, privacy: { ...zephyrine.privacy, visibility: 'nobody' as const } };
      await index.upsert([memberDocument(optedOut, ctx)]);
      const after = await index.searchMembers({ text: 'céramique', facets: ['city'] }, PUBLIC_VIEWER);
      expect(after.total).toBe(0);
      expect(after.facets.city).toEqual([]);
    });

    it('indexes and searches tenders and projects', async () => {
      const tender: TenderDocument = {
        kind: 'tender',
        id: 'tdr-1',
        title: 'Fresque céramique pour une école',
        buyer: 'Ville de Lille',
        description: 'Réalisation d’une fresque en carreaux émaillés.',
        status: 'open',
        deadline: SEARCH_NOW + 30 * 24 * 3600 * 1000,
        geo: { lat: 50.629, lon: 3.057 },
        skills: ['ceramic-glazing'],
        skillTerms: ['Émaillage', 'Glazing', 'Glazuren'],
        updatedAt: SEARCH_NOW,
      };
      const project: ProjectDocument = {
        kind: 'project',
        id: 'prj-1',
        title: 'Festival des arts de la rue',
        description: 'Coordination artistique et technique.',
        startedAt: SEARCH_NOW - 1000,
        endedAt: null,
      };
      await index.upsert([
        tender,
        project,
        { ...tender, id: 'tdr-2', status: 'closed', title: 'Fresque close' },
      ]);
      expect(
        (await index.searchTenders({ text: 'fresque', filters: { status: ['open'] } })).hits.map((h) => h.id),
      ).toEqual(['tdr-1']);
      expect((await index.searchTenders({ text: 'fresque', filters: { skills: ['ceramics'] } })).total).toBe(
        2,
      );
      expect((await index.searchTenders({ text: 'glazing' })).total).toBe(2);
      const near = await index.searchTenders({
        text: 'fresque',
        near: { lat: 50.63, lon: 3.06, radiusKm: 10 },
      });
      expect(near.hits[0]?.distanceKm).toBeLessThan(1);
      expect((await index.searchProjects({ text: 'festivl rue' })).hits.map((h) => h.id)).toEqual(['prj-1']);
      await index.remove('tender', ['tdr-2']);
      expect((await index.stats()).tenders).toBe(1);
    });

    it('stores the sync watermark and clears everything', async () => {
      expect(await index.getWatermark()).toBeNull();
      await index.setWatermark({ at: 42, key: 'member:m1' });
      await index.setWatermark({ at: 43, key: 'member:m2' });
      expect(await index.getWatermark()).toEqual({ at: 43, key: 'member:m2' });
      await index.clear();
      expect(await index.getWatermark()).toBeNull();
      expect(await index.stats()).toMatchObject({
        members: 0,
        tenders: 0,
        projects: 0,
        spaces: 0,
        skills: 0,
      });
      expect(await index.ping()).toBe(true);
    });
  });
}
