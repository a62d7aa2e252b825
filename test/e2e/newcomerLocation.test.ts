// A newcomer who signs up and only picks a space (no coordinates) is placed at
// that space: found by membersWithSkill(near:), membersNear, the directory's
// place search (searchMembers with `near`, with and without text and filters),
// and proposed as a team candidate for a tender near it. A typed town is placed
// by the gazetteer, and `places` offers spaces and towns. All over real HTTP
// handling (app.inject), the real Kùzu graph and the real SQLite index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexSearch } from '../../cli/commands/reindex.js';
import type { Tender } from '../../domain/entities/tender.js';
import { haversineKm } from '../../domain/geo.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { TeamProblemBuilder } from '../../workers/suggestions/teamProblemBuilder.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { bearer } from '../api/authHelpers.js';

const LA_COROUTINE = { lat: 50.629, lon: 3.057 };
const NEAR_LILLE = { lat: 50.64, lon: 3.07, radiusKm: 25 };

let fixture: ApiFixture;
let workers: WorkerPool;
let headers: Record<string, string>;
let newcomerId: string;
const HANDLE = 'nouvelle-ceramiste';

async function call<T>(query: string, variables: Record<string, unknown> = {}, extra = headers) {
  const res = await gql<T>(fixture.app, query, variables, { 'accept-language': 'fr', ...extra });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

/** Waits until the index answers `check` (the mutations queued a sync job on the in-process runner). */
async function indexed(check: () => Promise<boolean>): Promise<void> {
  const { jobs } = fixture.services;
  for (;;) {
    if (await check()) return;
    await new Promise<void>((resolve) => {
      const off = jobs.on('completed', (event) => {
        if (event.id.startsWith('search-sync/')) {
          void off.then((stop) => stop());
          resolve();
        }
      });
    });
  }
}

const SEARCH = `query($q: String!, $filters: MemberSearchFilters, $near: GeoRadiusInput) {
  searchMembers(query: $q, filters: $filters, near: $near, first: 50) {
    totalCount edges { node { distanceKm member { handle } matchedSkills { slug } } }
  }
}`;
type SearchData = {
  searchMembers: {
    totalCount: number;
    edges: {
      node: { distanceKm: number | null; member: { handle: string }; matchedSkills: { slug: string }[] };
    }[];
  };
};
const handles = (data: SearchData) => data.searchMembers.edges.map((e) => e.node.member.handle);

beforeAll(async () => {
  fixture = await startApiFixture({ members: 300 });
  const { services } = fixture;
  await reindexSearch(services.graph, services.search, services.taxonomy);
  const deps = buildProcessorDeps({
    graph: services.graph,
    events: services.events,
    taxonomy: services.taxonomy,
    search: () => services.search,
  });
  workers = await services.jobs.startWorkers(bindProcessors({ searchSync: deps.searchSync }));
  const signUp = await call<{ signUp: { token: string } }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    {
      input: {
        email: 'nouvelle@example.org',
        password: 'correct horse battery',
        name: 'Nouvelle Céramiste',
        handle: HANDLE,
      },
    },
    {},
  );
  headers = bearer(signUp.signUp.token);
  await call('mutation { setMySpaces(spaces: ["la-coroutine"]) { handle } }');
  // Suggestions are opt-in at sign-up: she agrees to be proposed for bids.
  await call('mutation { setMyPrivacy(input: { suggestForBids: true }) { handle } }');
  await call('mutation { setMySkills(skills: [{ skill: "ceramics", level: 5, years: 2 }]) { handle } }');
  const rows = await services.graph.read<{ id: string; lat: number | null }>(
    'MATCH (m:Member {handle: $handle}) RETURN m.id AS id, m.lat AS lat',
    { handle: HANDLE },
  );
  expect(rows[0]?.lat).toBeNull();
  newcomerId = rows[0]!.id;
  // The name holds "Céramiste": wait for the skill itself (the Dutch trade), written by the last sync.
  await indexed(async () => handles(await call<SearchData>(SEARCH, { q: 'keramist' })).includes(HANDLE));
}, 90_000);

afterAll(async () => {
  await workers?.close({ drain: false });
  await fixture?.close();
});

describe('a newcomer located only by their space', () => {
  it('is found by membersWithSkill(near:) and membersNear, at the distance of the space', async () => {
    const data = await call<{
      membersWithSkill: { distanceKm: number; member: { handle: string } }[];
      membersNear: { distanceKm: number; member: { handle: string } }[];
    }>(
      `query($near: GeoRadiusInput!) {
        membersWithSkill(skill: "ceramics", near: $near, first: 100) { distanceKm member { handle } }
        membersNear(near: $near, first: 100) { distanceKm member { handle } }
      }`,
      { near: NEAR_LILLE },
    );
    const expected = haversineKm(NEAR_LILLE, LA_COROUTINE);
    for (const list of [data.membersWithSkill, data.membersNear]) {
      const hit = list.find((h) => h.member.handle === HANDLE);
      expect(hit).toBeDefined();
      expect(hit!.distanceKm).toBeCloseTo(expected, 0);
    }
    const far = await call<{ membersWithSkill: { member: { handle: string } }[] }>(
      'query { membersWithSkill(skill: "ceramics", near: { lat: 48.85, lon: 2.35, radiusKm: 50 }, first: 100) { member { handle } } }',
    );
    expect(far.membersWithSkill.map((h) => h.member.handle)).not.toContain(HANDLE);
  });

  it('is found by the place search with every combination of text and filters', async () => {
    const combinations: { q: string; filters?: object }[] = [
      { q: '' },
      { q: 'céramiste' },
      { q: 'keramist' },
      { q: '', filters: { skill: ['ceramics'] } },
      { q: 'céramiste', filters: { skill: ['ceramics'] } },
      { q: '', filters: { space: ['la-coroutine'] } },
      { q: 'ceramique', filters: { space: ['la-coroutine'], skill: ['ceramics'] } },
      { q: 'Nouvelle', filters: { availability: ['AVAILABLE'] } },
    ];
    for (const { q, filters } of combinations) {
      const data = await call<SearchData>(SEARCH, { q, filters, near: NEAR_LILLE });
      const hit = data.searchMembers.edges.find((e) => e.node.member.handle === HANDLE);
      expect(
        hit,
        JSON.stringify({ q, filters, total: data.searchMembers.totalCount, got: handles(data) }),
      ).toBeDefined();
      expect(hit!.node.distanceKm).toBeLessThan(NEAR_LILLE.radiusKm);
      for (const edge of data.searchMembers.edges) expect(edge.node.distanceKm).toBeLessThanOrEqual(25.001);
    }
    const away = await call<SearchData>(SEARCH, {
      q: 'céramiste',
      near: { lat: 48.85, lon: 2.35, radiusKm: 50 },
    });
    expect(handles(away)).not.toContain(HANDLE);
    const withSkill = await call<SearchData>(SEARCH, { q: 'céramiste', near: NEAR_LILLE });
    const edge = withSkill.searchMembers.edges.find((e) => e.node.member.handle === HANDLE)!;
    expect(edge.node.matchedSkills.map((s) => s.slug)).toContain('ceramics');
  });

  it('rejects a variable carrying a cache field, naming it (the directory must send lat, lon, radiusKm only)', async () => {
    const res = await gql(fixture.app, SEARCH, {
      q: 'céramiste',
      near: { __typename: 'GeoPoint', ...NEAR_LILLE },
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toContain('__typename');
  });

  it('is a team candidate for a tender near the space', async () => {
    const now = Date.now();
    const tender: Tender = {
      id: 'tender-newcomer',
      title: 'Céramique pour la médiathèque',
      buyer: 'Ville de Lille',
      description: '',
      deadline: null,
      lat: NEAR_LILLE.lat,
      lon: NEAR_LILLE.lon,
      radiusKm: NEAR_LILLE.radiusKm,
      requirements: [{ skill: 'ceramics', minLevel: 4, count: 1 }],
      maxTeamSize: null,
      budget: null,
      currency: null,
      status: 'open',
      createdBy: null,
      createdAt: now,
      updatedAt: now,
    };
    const builder = new TeamProblemBuilder(fixture.services.repositories, fixture.services.taxonomy);
    const built = await builder.build(tender, {
      kind: 'team',
      requestedBy: newcomerId,
      tenderId: tender.id,
      k: 1,
      maxTeamSize: null,
      mustInclude: [],
      exclude: [],
      replace: null,
    });
    const facts = built.candidates.get(newcomerId);
    expect(facts).toBeDefined();
    expect(facts!.distanceKm).toBeCloseTo(haversineKm(NEAR_LILLE, LA_COROUTINE), 1);
    const candidate = built.problem.candidates.find((c) => c.id === newcomerId);
    expect(candidate?.location).toEqual({ lat: LA_COROUTINE.lat, lon: expect.any(Number) });
  });
});

describe('towns and places', () => {
  it('places a typed town without coordinates, and moves the point when the town changes', async () => {
    const placed = async () =>
      (
        await fixture.services.graph.read<{ lat: number | null; lon: number | null }>(
          'MATCH (m:Member {handle: $handle}) RETURN m.lat AS lat, m.lon AS lon',
          { handle: HANDLE },
        )
      )[0]!;
    await call('mutation { updateMyProfile(input: { city: "Roubaix", country: "FR" }) { handle } }');
    const roubaix = await placed();
    expect(haversineKm({ lat: roubaix.lat!, lon: roubaix.lon! }, { lat: 50.694, lon: 3.175 })).toBeLessThan(
      3,
    );
    await call(
      'mutation { updateMyProfile(input: { city: "Roubaix", country: "FR", lat: 50.7, lon: 3.2 }) { handle } }',
    );
    await call('mutation { updateMyProfile(input: { bio: "Grès et porcelaine" }) { handle } }');
    expect(await placed()).toEqual({ lat: 50.7, lon: 3.2 });
    await call('mutation { updateMyProfile(input: { city: "Atlantide-sur-Mer" }) { handle } }');
    expect(await placed()).toEqual({ lat: null, lon: null });
  });

  it('offers towns and spaces to pick, and restores a picked place from its key', async () => {
    const data = await call<{ places: { key: string; kind: string; name: string; country: string }[] }>(
      'query { places(query: "lille", first: 8) { key kind name country location { lat lon } } }',
    );
    expect(data.places[0]).toMatchObject({ kind: 'TOWN', name: 'Lille', country: 'FR' });
    expect(data.places.some((p) => p.key === 'space:la-coroutine')).toBe(true);
    const spaces = await call<{ places: { key: string }[] }>('query { places(query: "corout") { key } }');
    expect(spaces.places.map((p) => p.key)).toContain('space:la-coroutine');
    const back = await call<{ place: { name: string; location: { lat: number } } | null }>(
      'query($key: String!) { place(key: $key) { name location { lat } } }',
      { key: data.places[0]!.key },
    );
    expect(back.place?.name).toBe('Lille');
    const unknown = await call<{ place: null }>('query { place(key: "town:1") { name } }');
    expect(unknown.place).toBeNull();
    const bad = await gql(fixture.app, 'query { place(key: "lille") { name } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
    const tooMany = await gql(fixture.app, 'query { places(query: "li", first: 500) { key } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
