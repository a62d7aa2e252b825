// Search over GraphQL on a seeded embedded network, with the real sync job:
// typos and other languages find ceramists; hidden members appear neither in
// hits nor in counts; a profile write reaches the index through the sync the
// mutation queued; an erased member is gone at once; writes made while the
// index is down are caught up once it is back; a full reindex then finds
// exactly what the incremental sync built.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexSearch } from '../../cli/commands/reindex.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { openSearchIndex } from '../../search/openSearchIndex.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { SEARCH_SYNC_WINDOW_MS } from '../../workers/queues.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer, TEST_PASSWORD } from '../api/authHelpers.js';

let fixture: ApiFixture;
let workers: WorkerPool;
let adminToken: Record<string, string>;
/** A signed-in account with no profile and no space: it sees exactly the 'network' profiles. */
let readerToken: Record<string, string>;

const SEARCH = `query($q: String!, $filters: MemberSearchFilters, $facets: [MemberSearchFacet!], $first: Int) {
  searchMembers(query: $q, filters: $filters, facets: $facets, first: $first) {
    totalCount
    facets { facet values { value label count } }
    edges { node { member { handle } distanceKm highlights { field parts { text match } } } }
  }
}`;

interface SearchResult {
  totalCount: number;
  facets: { facet: string; values: { value: string; label: string; count: number }[] }[];
  edges: { node: { member: { handle: string } } }[];
}

async function search(
  q: string,
  options: { filters?: object; facets?: string[]; headers?: Record<string, string>; first?: number } = {},
): Promise<SearchResult> {
  const res = await gql<{ searchMembers: SearchResult }>(
    fixture.app,
    SEARCH,
    { q, filters: options.filters, facets: options.facets, first: options.first ?? 50 },
    { 'accept-language': 'en', ...readerToken, ...options.headers },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.searchMembers;
}

const handles = (result: SearchResult) => result.edges.map((e) => e.node.member.handle);

/** Resolves when the next search-sync job completes (subscribe before the write). */
/**
 * Resolves once every search-sync job a write made since `since` may have queued has completed. A write
 * queues the job of the one-second window it ends in (searchSyncRequest), so the candidates are the
 * windows from `since` to now; waiting for "the next sync" instead could catch an older window's job.
 */
async function syncsSince(since: number): Promise<void> {
  const windows: string[] = [];
  for (let w = since - (since % SEARCH_SYNC_WINDOW_MS); w <= Date.now(); w += SEARCH_SYNC_WINDOW_MS) {
    windows.push(`search-sync/${w}`);
  }
  const pending = new Set(windows);
  let stop: () => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    const settle = (id: string) => {
      pending.delete(id);
      if (pending.size === 0) resolve();
    };
    fixture.services.jobs
      .on('completed', (event) => {
        if (pending.has(event.id)) settle(event.id);
      })
      .then(async (unsubscribe) => {
        stop = unsubscribe;
        for (const id of windows) {
          const job = await fixture.services.jobs.getJob(id);
          if (!job || job.state === 'completed') settle(id);
          else if (job.state === 'failed') reject(new Error(`${id} failed: ${job.error}`));
        }
      }, reject);
  });
  return done.finally(() => stop());
}

async function signInAs(member: MemberRecord, email: string): Promise<Record<string, string>> {
  return bearer(
    await accountFor(fixture.app, fixture.services, { email, memberId: member.id, roles: ['member'] }),
  );
}

function visibleWith(predicate: (m: MemberRecord) => boolean): MemberRecord[] {
  return fixture.dataset.members.filter((m) => m.privacy.visibility === 'network' && predicate(m));
}

beforeAll(async () => {
  fixture = await startApiFixture({
    members: 400,
    env: { PASSERELLE_ADMIN_EMAIL: 'admin@example.org', PASSERELLE_ADMIN_PASSWORD: TEST_PASSWORD },
  });
  const { services } = fixture;
  await reindexSearch(services.graph, services.search, services.taxonomy);
  const deps = buildProcessorDeps({
    graph: services.graph,
    events: services.events,
    taxonomy: services.taxonomy,
    search: () => services.search,
  });
  workers = await services.jobs.startWorkers(bindProcessors({ searchSync: deps.searchSync }));
  const signIn = await gql<{ signIn: { token: string } }>(
    fixture.app,
    `mutation { signIn(email: "admin@example.org", password: "${TEST_PASSWORD}") { token } }`,
  );
  adminToken = bearer(signIn.data!.signIn.token);
  readerToken = bearer(
    await accountFor(fixture.app, services, {
      email: 'reader@search.test',
      memberId: null,
      roles: ['member'],
    }),
  );
}, 90_000);

afterAll(async () => {
  await workers?.close({ drain: false });
  await fixture?.close();
});

describe('searchMembers', () => {
  it('finds ceramists through a typo and through the Dutch word', async () => {
    const ceramists = new Set(
      visibleWith((m) => m.skills.some((s) => s.skill === 'ceramics')).map((m) => m.handle),
    );
    expect(ceramists.size).toBeGreaterThan(0);
    for (const q of ['ceramsite', 'keramist']) {
      const found = await search(q);
      expect(found.totalCount).toBeGreaterThan(0);
      expect(ceramists.has(handles(found)[0]!)).toBe(true);
      expect(handles(found).filter((h) => ceramists.has(h)).length).toBe(Math.min(ceramists.size, 50));
    }
  });

  it('labels skill facets in the request language', async () => {
    const found = await search('', { facets: ['SKILL'], filters: { skill: ['ceramics'] } });
    const ceramics = found.facets
      .find((f) => f.facet === 'SKILL')!
      .values.find((v) => v.value === 'ceramics');
    expect(ceramics?.label).toBe(fixture.services.taxonomy.get('ceramics')!.labels.en);
    const french = await gql<{ searchMembers: SearchResult }>(
      fixture.app,
      SEARCH,
      { q: '', filters: { skill: ['ceramics'] }, facets: ['SKILL'] },
      { 'accept-language': 'fr', ...readerToken },
    );
    const label = french.data!.searchMembers.facets[0]!.values.find((v) => v.value === 'ceramics')!.label;
    expect(label).toBe(fixture.services.taxonomy.get('ceramics')!.labels.fr);
  });

  it('never shows a hidden member, not even in facet counts', async () => {
    const hidden = fixture.dataset.members.find((m) => m.privacy.visibility === 'nobody' && m.city !== null)!;
    const anonymous = await search(hidden.name, { facets: ['CITY'] });
    expect(handles(anonymous)).not.toContain(hidden.handle);
    const admin = await search(hidden.name, { facets: ['CITY'], headers: adminToken });
    expect(handles(admin)).toContain(hidden.handle);
    expect(admin.totalCount).toBe(anonymous.totalCount + 1);
    const count = (r: SearchResult) =>
      r.facets.find((f) => f.facet === 'CITY')?.values.find((v) => v.value === hidden.city)?.count ?? 0;
    expect(count(admin)).toBe(count(anonymous) + 1);
  });

  it("finds no one for a visitor who is not signed in ('network' = signed-in members), not even in counts", async () => {
    const visitor = await gql<{ searchMembers: SearchResult }>(fixture.app, SEARCH, {
      q: '',
      facets: ['CITY'],
      first: 50,
    });
    expect(visitor.errors).toBeUndefined();
    expect(visitor.data!.searchMembers.totalCount).toBe(0);
    expect(visitor.data!.searchMembers.edges).toEqual([]);
    expect(visitor.data!.searchMembers.facets.flatMap((f) => f.values)).toEqual([]);
    expect((await search('')).totalCount).toBeGreaterThan(0);
  });

  it('reports bad input by argument and searches query syntax as words', async () => {
    const bad = await gql(fixture.app, SEARCH, {
      q: 'bois',
      filters: { skill: ['woodwork'], minSkillLevel: 9 },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0])).toContain('filters.minSkillLevel');
    const syntax = await gql(fixture.app, SEARCH, { q: '"ceram* OR -bois) NEAR(' });
    expect(syntax.errors).toBeUndefined();
  });

  it('suggests skills by prefix in the requested language', async () => {
    const res = await gql<{ suggestSkills: { slug: string; label: string }[] }>(
      fixture.app,
      '{ suggestSkills(prefix: "ceram", language: NL) { slug label } }',
    );
    expect(res.errors).toBeUndefined();
    const ceramics = res.data!.suggestSkills.find((s) => s.slug === 'ceramics');
    expect(ceramics?.label).toBe(fixture.services.taxonomy.get('ceramics')!.labels.nl);
  });
});

describe('keeping the index in step', () => {
  it('a profile write is searchable after the sync its mutation queued', async () => {
    const [member] = visibleWith((m) => m.handle.length > 0);
    const headers = await signInAs(member!, 'writer@example.org');
    const before = Date.now();
    const res = await gql(
      fixture.app,
      'mutation { updateMyProfile(input: { bio: "Restauratrice de vitraux xylophonistes" }) { handle } }',
      {},
      headers,
    );
    expect(res.errors).toBeUndefined();
    await syncsSince(before);
    expect(handles(await search('xylophonistes'))).toEqual([member!.handle]);
  });

  it('an erased member is gone from search at once', async () => {
    const [, member] = visibleWith((m) => m.skills.length > 0);
    expect(handles(await search(member!.name))).toContain(member!.handle);
    const headers = await signInAs(member!, 'leaver@example.org');
    const res = await gql(
      fixture.app,
      `mutation { eraseMe(confirmHandle: "${member!.handle}") }`,
      {},
      headers,
    );
    expect(res.errors).toBeUndefined();
    expect(handles(await search(member!.name))).not.toContain(member!.handle);
  });

  it('catches up with writes and erasures made while the index was down', async () => {
    const { services } = fixture;
    const [, , writer, leaver] = visibleWith((m) => m.skills.length > 0);
    const writerHeaders = await signInAs(writer!, 'outage-writer@example.org');
    const leaverHeaders = await signInAs(leaver!, 'outage-leaver@example.org');
    await services.search.close();
    const down = await gql(fixture.app, SEARCH, { q: 'bois' });
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const write = await gql(
      fixture.app,
      'mutation { updateMyProfile(input: { bio: "Souffleuse de verre hypocycloïdale" }) { handle } }',
      {},
      writerHeaders,
    );
    expect(write.errors).toBeUndefined();
    const erase = await gql(
      fixture.app,
      `mutation { eraseMe(confirmHandle: "${leaver!.handle}") }`,
      {},
      leaverHeaders,
    );
    expect(erase.errors).toBeUndefined();

    services.search = await openSearchIndex(services.config, { taxonomy: services.taxonomy });
    const before = Date.now();
    // Any later write queues a sync for its own window; the index catches up from its watermark.
    await gql(
      fixture.app,
      'mutation { updateMyProfile(input: { availability: LIMITED }) { handle } }',
      {},
      writerHeaders,
    );
    await syncsSince(before);
    expect(handles(await search('hypocycloidale'))).toEqual([writer!.handle]);
    expect(handles(await search(leaver!.name))).not.toContain(leaver!.handle);
  });

  it('a full reindex finds exactly what the incremental sync built', async () => {
    const { services } = fixture;
    const rebuilt = await openSearchIndex(
      { ...services.config, DATA_DIR: path.join(services.config.DATA_DIR, 'rebuilt') },
      { taxonomy: services.taxonomy },
    );
    try {
      await reindexSearch(services.graph, rebuilt, services.taxonomy);
      const visibility = { viewerSpaces: null, includeHidden: true, signedIn: true };
      for (const text of ['hypocycloidale', 'xylophonistes', 'ceramique', 'menuisier', '']) {
        const query = { text, facets: ['skill' as const, 'city' as const], limit: 100 };
        const [a, b] = await Promise.all([
          services.search.searchMembers(query, visibility),
          rebuilt.searchMembers(query, visibility),
        ]);
        expect(b.total).toBe(a.total);
        expect(b.facets).toEqual(a.facets);
        expect(new Set(b.hits.map((h) => h.id))).toEqual(new Set(a.hits.map((h) => h.id)));
      }
      expect((await rebuilt.stats()).members).toBe((await services.search.stats()).members);
    } finally {
      await rebuilt.close();
    }
  });
});
