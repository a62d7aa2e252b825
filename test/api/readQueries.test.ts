// End-to-end read queries over the real app and a seeded embedded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { type ApiFixture, gql, startApiFixture } from './apiFixture.js';
import { accountFor, bearer } from './authHelpers.js';

let fixture: ApiFixture;
let visible: MemberRecord;
let hidden: MemberRecord;
/** A signed-in account with no profile and no space: it sees exactly the 'network' profiles. */
let reader: string;

beforeAll(async () => {
  fixture = await startApiFixture();
  const members = fixture.dataset.members;
  visible = members.find(
    (m) => m.privacy.visibility === 'network' && m.skills.length >= 2 && m.spaces.length > 0,
  )!;
  hidden = members.find((m) => m.privacy.visibility === 'nobody')!;
  reader = await accountFor(fixture.app, fixture.services, {
    email: 'reader@read-queries.test',
    memberId: null,
    roles: ['member'],
  });
});
afterAll(() => fixture?.close());

describe('members', () => {
  it('reads a profile by handle with skills, spaces and labels in the request language', async () => {
    const res = await gql<{
      member: Record<string, unknown> & {
        skills: { skill: { slug: string; label: string }; level: number }[];
        spaces: { slug: string }[];
      };
    }>(
      fixture.app,
      `query($handle: String!) { member(handle: $handle) { id name city email
         skills { skill { slug label } level years } spaces { slug name } communities { slug } } }`,
      { handle: visible.handle },
      { 'accept-language': 'nl-BE,nl;q=0.9,en;q=0.5', ...bearer(reader) },
    );
    expect(res.errors).toBeUndefined();
    const member = res.data!.member;
    expect(member.name).toBe(visible.name);
    expect(member.email).toBeNull();
    expect(member.skills.map((s) => `${s.skill.slug}:${s.level}`).sort()).toEqual(
      visible.skills.map((s) => `${s.skill}:${s.level}`).sort(),
    );
    const first = member.skills[0]!.skill;
    const taxonomy = fixture.services.taxonomy;
    expect(first.label).toBe(taxonomy.label(first.slug, 'nl'));
    expect(member.spaces.map((s) => s.slug).sort()).toEqual([...visible.spaces].sort());
  });

  it('resolves the same member through node(id)', async () => {
    const byHandle = await gql<{ member: { id: string } }>(
      fixture.app,
      'query($h: String!) { member(handle: $h) { id } }',
      { h: visible.handle },
      bearer(reader),
    );
    const id = byHandle.data!.member.id;
    expect(Buffer.from(id, 'base64').toString()).toBe(`Member:${visible.id}`);
    const node = await gql<{ node: { handle: string; __typename: string } }>(
      fixture.app,
      'query($id: ID!) { node(id: $id) { __typename ... on Member { handle } } }',
      { id },
      bearer(reader),
    );
    expect(node.data!.node).toEqual({ __typename: 'Member', handle: visible.handle });
  });

  it('hides a profile whose owner chose "nobody", in lookups, lists and counts', async () => {
    const res = await gql<{ member: unknown }>(
      fixture.app,
      'query($h: String!) { member(handle: $h) { id } }',
      {
        h: hidden.handle,
      },
      bearer(reader),
    );
    expect(res.data!.member).toBeNull();
    const expectedTotal = fixture.dataset.members.filter((m) => m.privacy.visibility === 'network').length;
    const list = await gql<{ members: { totalCount: number } }>(
      fixture.app,
      '{ members(first: 1) { totalCount } }',
      {},
      bearer(reader),
    );
    expect(list.data!.members.totalCount).toBe(expectedTotal);
  });

  it('pages a filtered connection with cursors and a total count', async () => {
    const skill = visible.skills[0]!.skill;
    const expected = fixture.dataset.members
      .filter((m) => m.privacy.visibility === 'network' && m.skills.some((s) => s.skill === skill))
      .map((m) => m.id);
    const query = `query($skill: String!, $after: String) {
      members(filter: { skill: $skill }, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id handle } } } }`;
    const page1 = await gql<{
      members: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { handle: string } }[];
      };
    }>(fixture.app, query, { skill }, bearer(reader));
    expect(page1.data!.members.totalCount).toBe(expected.length);
    expect(page1.data!.members.edges.length).toBe(Math.min(2, expected.length));
    if (expected.length > 2) {
      expect(page1.data!.members.pageInfo.hasNextPage).toBe(true);
      const page2 = await gql<typeof page1.data>(
        fixture.app,
        query,
        {
          skill,
          after: page1.data!.members.pageInfo.endCursor,
        },
        bearer(reader),
      );
      const seen = new Set(page1.data!.members.edges.map((e) => e.node.handle));
      for (const edge of page2.data!.members.edges) expect(seen.has(edge.node.handle)).toBe(false);
    }
  });

  it('finds holders of a broad skill through its narrower skills, within a radius', async () => {
    const held = visible.skills[0]!.skill;
    const broad = fixture.services.taxonomy.ancestors(held).at(-1) ?? held;
    const res = await gql<{
      membersWithSkill: { member: { handle: string }; skill: { slug: string }; distanceKm: number }[];
    }>(
      fixture.app,
      `query($skill: String!, $near: GeoRadiusInput) {
         membersWithSkill(skill: $skill, near: $near, first: 100) { member { handle } skill { slug } level distanceKm } }`,
      { skill: broad, near: { lat: visible.lat, lon: visible.lon, radiusKm: 50 } },
      bearer(reader),
    );
    expect(res.errors).toBeUndefined();
    const found = res.data!.membersWithSkill;
    expect(found.map((f) => f.member.handle)).toContain(visible.handle);
    const family = new Set(fixture.services.taxonomy.selfAndDescendants(broad));
    for (const f of found) {
      expect(family.has(f.skill.slug)).toBe(true);
      expect(f.distanceKm).toBeLessThanOrEqual(50);
    }
  });

  it("shows a visitor who is not signed in no profile at all ('network' = signed-in members)", async () => {
    const id = Buffer.from(`Member:${visible.id}`).toString('base64');
    const res = await gql<{
      member: unknown;
      node: unknown;
      members: { totalCount: number };
      membersWithSkill: unknown[];
    }>(
      fixture.app,
      `query($h: String!, $id: ID!, $skill: String!) { member(handle: $h) { id } node(id: $id) { id }
         members(first: 5) { totalCount } membersWithSkill(skill: $skill) { level } }`,
      { h: visible.handle, id, skill: visible.skills[0]!.skill },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ member: null, node: null, members: { totalCount: 0 }, membersWithSkill: [] });
  });
});

describe('reference data', () => {
  it('serves skills with broader/narrower and labels per language', async () => {
    const res = await gql<{
      skill: { label: string; fr: string; broader: { slug: string }; narrower: unknown[] };
    }>(
      fixture.app,
      `{ skill(slug: "ceramics") { label(language: EN) fr: label(language: FR) broader { slug } narrower { slug } } }`,
    );
    expect(res.data!.skill.label).toBe('Ceramics');
    expect(res.data!.skill.broader.slug).toBe('crafts');
  });

  it('serves spaces near a point, nearest first, with member counts', async () => {
    const res = await gql<{
      spacesNear: { space: { slug: string; membersCount: number }; distanceKm: number }[];
    }>(
      fixture.app,
      '{ spacesNear(near: { lat: 50.85, lon: 4.35, radiusKm: 30 }) { distanceKm space { slug membersCount } } }',
    );
    const distances = res.data!.spacesNear.map((s) => s.distanceKm);
    expect(distances.length).toBeGreaterThan(3);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const total = res.data!.spacesNear.reduce((sum, s) => sum + s.space.membersCount, 0);
    expect(total).toBeGreaterThan(0);
  });

  it('serves communities and filières with their core skills', async () => {
    const res = await gql<{
      filieres: { slug: string; label: string; coreSkills: { slug: string }[] }[];
      communities: { slug: string }[];
    }>(fixture.app, '{ filieres { slug label coreSkills { slug } } communities { slug } }');
    expect(res.data!.filieres).toHaveLength(16);
    const trainers = res.data!.filieres.find((f) => f.slug === 'trainers')!;
    expect(trainers.label).toBe('Formateurs');
    expect(trainers.coreSkills.map((s) => s.slug)).toContain('adult-training');
    expect(res.data!.communities).toHaveLength(61);
  });
});

describe('bad input', () => {
  it.each([
    ['{ membersNear(near: { lat: 95, lon: 4, radiusKm: 10 }) { distanceKm } }', 'near.lat'],
    ['{ membersNear(near: { lat: 50, lon: 4, radiusKm: -1 }) { distanceKm } }', 'near.radiusKm'],
    ['{ membersWithSkill(skill: "ceramics", first: 0) { level } }', 'first'],
  ])('%s → BAD_USER_INPUT on %s', async (query, field) => {
    const res = await gql(fixture.app, query);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('names the variable path when a variable has the wrong type', async () => {
    const res = await gql(
      fixture.app,
      'query($near: GeoRadiusInput!) { membersNear(near: $near) { distanceKm } }',
      { near: { lat: 'north', lon: 4, radiusKm: 10 } },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('near.lat');
  });

  it('rejects a missing required variable without touching the store', async () => {
    const res = await gql(fixture.app, 'query($handle: String!) { member(handle: $handle) { id } }', {});
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
