// Hostile requests: each is refused with a clear error and the server keeps
// serving (checked after every attack with a plain query).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, gql, startApiFixture } from './apiFixture.js';
import { accountFor, bearer } from './authHelpers.js';

let fixture: ApiFixture;
let production: ApiFixture;
let token: string;
let self: { id: string; handle: string };

beforeAll(async () => {
  fixture = await startApiFixture({ members: 60 });
  production = await startApiFixture({ members: 10, env: { NODE_ENV: 'production' } });
  const member = fixture.dataset.members.find((m) => m.privacy.visibility === 'network')!;
  self = { id: member.id, handle: member.handle };
  token = await accountFor(fixture.app, fixture.services, {
    email: 'me@example.org',
    memberId: member.id,
    roles: ['member'],
  });
}, 60_000);
afterAll(async () => {
  await fixture?.close();
  await production?.close();
});

async function stillServing(app = fixture.app) {
  const res = await gql<{ skills: unknown[] }>(app, '{ skills(topLevelOnly: true) { slug } }');
  expect(res.errors).toBeUndefined();
  expect(res.data!.skills.length).toBeGreaterThan(0);
}

const firstError = (res: { errors?: { message: string }[] }) => res.errors?.[0]?.message ?? '';

describe('query shape limits', () => {
  it('refuses a depth bomb', async () => {
    let inner = 'slug';
    for (let i = 0; i < 20; i++) inner = `broader { ${inner} }`;
    const res = await gql(fixture.app, `{ skills { ${inner} } }`);
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/depth|cost/i);
    await stillServing();
  });

  it('refuses alias amplification', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: members(first: 100) { totalCount }`).join(
      ' ',
    );
    const res = await gql(fixture.app, `{ ${aliases} }`);
    expect(firstError(res)).toMatch(/alias/i);
    await stillServing();
  });

  it('refuses batched operations (an array of queries)', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: Array.from({ length: 20 }, () => ({ query: '{ skills { slug } }' })),
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    await stillServing();
  });

  it('refuses a huge query (token limit) and too many directives', async () => {
    const fields = Array.from({ length: 3000 }, () => 'slug').join(' ');
    expect(firstError(await gql(fixture.app, `{ skills { ${fields} } }`))).toMatch(/token/i);
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    expect(firstError(await gql(fixture.app, `{ skills { slug ${directives} } }`))).toMatch(/directive/i);
    await stillServing();
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: '{ skills { slug } }', variables: { x: 'a'.repeat(1024 * 1024) } }),
    });
    expect(response.statusCode).toBe(413);
    await stillServing();
  });

  it('never runs a mutation over GET', async () => {
    const response = await fixture.app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('mutation { requestPasswordReset(email: "a@example.org") }')}`,
    });
    expect(response.statusCode).toBe(405);
  });
});

describe('production', () => {
  it('turns introspection and field suggestions off', async () => {
    const res = await gql(production.app, '{ __schema { types { name } } }');
    expect(firstError(res)).toMatch(/introspection/i);
    const typo = await gql(production.app, '{ skils { slug } }');
    expect(firstError(typo)).not.toMatch(/Did you mean/);
    await stillServing(production.app);
  });

  it('sends security headers with a CSP', async () => {
    const response = await production.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });
});

describe('CSRF on cookie sessions', () => {
  it('refuses a cookie-authenticated form post, accepts JSON or the CSRF header', async () => {
    const cookie = `passerelle_session=${token}`;
    const form = await fixture.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain', cookie },
      payload: JSON.stringify({ query: 'mutation { updateMyProfile(input: { bio: "pwned" }) { bio } }' }),
    });
    expect(form.statusCode).toBe(403);
    expect(form.json().errors[0].message).toMatch(/x-passerelle-csrf/);
    expect((await fixture.services.repositories.members.get(self.id))!.bio).not.toBe('pwned');
    const json = await gql(fixture.app, '{ me { email } }', {}, { cookie });
    expect(json.data).toEqual({ me: { email: 'me@example.org' } });
    await stillServing();
  });
});

describe('hostile input', () => {
  const INJECTIONS = [
    "x' OR 1=1 //",
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) RETURN 1; MATCH (m:Member) SET m.name = "x" //',
    '$id} DETACH DELETE m //',
  ];

  it.each(INJECTIONS)('stores and reads back Cypher-like text literally: %s', async (text) => {
    const before = await fixture.services.graph.read<{ n: number }>('MATCH (m:Member) RETURN count(m) AS n');
    const update = await gql<{ updateMyProfile: { bio: string; city: string; name: string } }>(
      fixture.app,
      'mutation($t: String!) { updateMyProfile(input: { bio: $t, city: $t, name: $t }) { bio city name } }',
      { t: text },
      bearer(token),
    );
    expect(update.data!.updateMyProfile).toEqual({ bio: text.trim(), city: text.trim(), name: text.trim() });
    for (const query of [
      'query($t: String!) { member(handle: $t) { id } }',
      'query($t: String!) { skill(slug: $t) { slug } }',
      'query($t: String!) { members(filter: { city: $t, skill: $t }) { totalCount } }',
      'query($t: String!) { account(email: $t) { id } }',
    ]) {
      const res = await gql(fixture.app, query, { t: text });
      expect(res.status).toBeLessThan(500);
    }
    const signIn = await gql(
      fixture.app,
      'mutation($t: String!) { signIn(email: $t, password: $t) { token } }',
      { t: text },
    );
    expect(signIn.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const after = await fixture.services.graph.read<{ n: number }>('MATCH (m:Member) RETURN count(m) AS n');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('refuses a 900 kB bio naming the field, and writes nothing', async () => {
    const res = await gql(
      fixture.app,
      'mutation($t: String!) { updateMyProfile(input: { bio: $t }) { bio } }',
      { t: 'é'.repeat(450_000) },
      bearer(token),
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bio' });
    await stillServing();
  });

  it('refuses invalid Unicode (a lone surrogate) and control characters', async () => {
    for (const bad of ['abc\ud800def', 'tab\u0000null']) {
      const res = await gql(
        fixture.app,
        'mutation($t: String!) { updateMyProfile(input: { name: $t }) { name } }',
        { t: bad },
        bearer(token),
      );
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    }
    const raw = await fixture.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(raw.statusCode).toBeGreaterThanOrEqual(400);
    expect(raw.statusCode).toBeLessThan(500);
    await stillServing();
  });

  it('validates skills against the taxonomy and levels, writing nothing on error', async () => {
    const res = await gql(
      fixture.app,
      'mutation { setMySkills(skills: [{ skill: "ceramics", level: 3 }, { skill: "no-such-skill", level: 9 }]) { id } }',
      {},
      bearer(token),
    );
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors![0]!.extensions!.problems as { path: (string | number)[] }[]).map((p) =>
      p.path.join('.'),
    );
    expect(paths).toContain('skills.1.level');
    const stored = (await fixture.services.repositories.neighbourhood.skills(self.id))
      .map((h) => h.skill)
      .sort();
    const seeded = fixture.dataset.members
      .find((m) => m.id === self.id)!
      .skills.map((h) => h.skill)
      .sort();
    expect(stored).toEqual(seeded);
  });
});

describe('rate limiting', () => {
  it('answers 429 past the limit per IP and keeps serving other clients', async () => {
    const limited = await startApiFixture({
      members: 5,
      app: { rateLimit: { max: 5, timeWindowMs: 60_000 } },
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await limited.app.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query: '{ skills { slug } }' },
        });
        codes.push(response.statusCode);
      }
      expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(codes.slice(5)).toEqual([429, 429]);
      const health = await limited.app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(200);
      const other = await limited.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: '10.0.0.9',
        payload: { query: '{ skills { slug } }' },
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
