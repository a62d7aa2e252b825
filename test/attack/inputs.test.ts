// Hostile and careless input over real HTTP (a listening server, fetch): page
// sizes and forged cursors on every connection, names and cities with control,
// line-break and bidi characters, reserved handles, errors in the reader's
// language with stable reason codes, and the log level of a caller's mistake.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexSearch } from '../../cli/commands/reindex.js';
import { RESERVED_HANDLES } from '../../domain/entities/member.js';
import { type ApiFixture, startApiFixture } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';

interface GraphQLErrorBody {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    reason?: { code: string; params?: Record<string, unknown> };
    problems?: { path: (string | number)[]; message: string; reason?: { code: string } }[];
  };
}
interface Body<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

let fixture: ApiFixture;
let url: string;
let adminToken: string;
const logLines: { level: number; msg?: string; code?: string }[] = [];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  const logger = { level: 'info', stream };
  fixture = await startApiFixture({ members: 250, app: { logger } });
  await reindexSearch(fixture.services.graph, fixture.services.search, fixture.services.taxonomy);
  const address = await fixture.app.listen({ port: 0, host: '127.0.0.1' });
  url = `${address}/graphql`;
  adminToken = await accountFor(fixture.app, fixture.services, {
    email: 'admin-inputs@example.org',
    memberId: null,
    roles: ['admin'],
  });
}, 120_000);
afterAll(async () => {
  await fixture?.close();
});

async function post<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Body<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Body<T>;
}

const PAGE = 'totalCount edges { cursor } pageInfo { hasNextPage }';
const CONNECTIONS: { name: string; query: (args: string) => string; admin?: boolean }[] = [
  { name: 'members', query: (a) => `{ page: members(${a}) { ${PAGE} } }` },
  { name: 'searchMembers', query: (a) => `{ page: searchMembers(query: "", ${a}) { ${PAGE} } }` },
  {
    name: 'space.members',
    query: (a) => `{ space(slug: "la-coroutine") { page: members(${a}) { ${PAGE} } } }`,
  },
  { name: 'tenders', admin: true, query: (a) => `{ page: tenders(${a}) { ${PAGE} } }` },
  { name: 'auditEvents', admin: true, query: (a) => `{ page: auditEvents(${a}) { ${PAGE} } }` },
  { name: 'accounts', admin: true, query: (a) => `{ page: accounts(${a}) { ${PAGE} } }` },
];

interface Page {
  totalCount: number;
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean };
}
function pageOf(data: unknown): Page {
  const top = data as { page?: Page; space?: { page: Page } };
  return top.page ?? top.space!.page;
}

describe('connection pages and cursors', () => {
  const headersOf = (admin?: boolean): Record<string, string> =>
    admin ? { authorization: `Bearer ${adminToken}` } : {};

  it('searchMembers(first: 100) answers 100 members: the documented maximum is inclusive', async () => {
    // Signed in: visitors who are not see no profile at all.
    const res = await post(CONNECTIONS[1]!.query('first: 100'), {}, headersOf(true));
    expect(res.errors).toBeUndefined();
    const page = pageOf(res.data);
    expect(page.totalCount).toBeGreaterThan(100);
    expect(page.edges).toHaveLength(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it.each(CONNECTIONS)(
    '$name allows first: 100 and refuses first: 101 naming `first`',
    async (connection) => {
      const ok = await post(connection.query('first: 100'), {}, headersOf(connection.admin));
      expect(ok.errors).toBeUndefined();
      const tooMany = await post(connection.query('first: 101'), {}, headersOf(connection.admin));
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: { code: 'page.tooLarge', params: { max: 100 } },
      });
    },
  );

  it.each(CONNECTIONS)(
    '$name answers a forged cursor with BAD_USER_INPUT naming `after`',
    async (connection) => {
      const forged = [
        '!!!not base64',
        'zzz',
        Buffer.from('OffsetConnection:-4').toString('base64'),
        Buffer.from('Other:3').toString('base64'),
      ];
      for (const cursor of forged) {
        const query = connection.query(`first: 2, after: ${JSON.stringify(cursor)}`);
        const res = await post(query, {}, headersOf(connection.admin));
        expect(res.errors?.[0]?.message, cursor).not.toMatch(/base64/i);
        expect(res.errors?.[0]?.extensions, cursor).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
          reason: { code: 'page.badCursor' },
        });
      }
    },
  );

  it('a cursor the API handed out still pages on', async () => {
    const admin = { authorization: `Bearer ${adminToken}` };
    const first = pageOf((await post(CONNECTIONS[0]!.query('first: 3'), {}, admin)).data);
    const after = JSON.stringify(first.edges[2]!.cursor);
    const next = await post(CONNECTIONS[0]!.query(`first: 3, after: ${after}`), {}, admin);
    expect(next.errors).toBeUndefined();
    const second = pageOf(next.data);
    expect(second.edges).toHaveLength(3);
    expect(second.edges.map((e) => e.cursor)).not.toContain(first.edges[2]!.cursor);
  });
});

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }';
const UPDATE = 'mutation($input: ProfileInput!) { updateMyProfile(input: $input) { name city bio } }';

let signUps = 0;
function signUpInput(overrides: Record<string, unknown>) {
  signUps += 1;
  return {
    email: `inputs-${signUps}@example.org`,
    password: 'a long enough password',
    name: 'Camille Test',
    ...overrides,
  };
}

async function newMemberToken(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await post<{ signUp: { token: string } }>(SIGN_UP, { input: signUpInput(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.signUp.token;
}

describe('names, cities and handles', () => {
  const HOSTILE: [string, string, string][] = [
    ['BEL', 'Camille\u0007', 'text.controlCharacters'],
    ['NUL', 'Cam\u0000ille', 'text.controlCharacters'],
    ['LF', 'Camille\nAdmin', 'text.lineBreaks'],
    ['CR', 'Camille\rAdmin', 'text.lineBreaks'],
    ['CRLF', 'Camille\r\nAdmin', 'text.lineBreaks'],
    ['U+2028', 'Camille\u2028Admin', 'text.lineBreaks'],
    ['U+202E (right-to-left override)', 'Camille \u202Egnp.exe', 'text.bidiControls'],
    ['U+2066 (left-to-right isolate)', 'Camille \u2066x\u2069', 'text.bidiControls'],
    ['U+200F (right-to-left mark)', 'Camille\u200F', 'text.bidiControls'],
  ];

  it.each(HOSTILE)(
    'signUp refuses a name with %s, naming input.name, and stores nothing',
    async (_l, name, reason) => {
      const input = signUpInput({ name });
      const res = await post(SIGN_UP, { input });
      expect(res.data?.signUp ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        reason: { code: reason },
      });
      expect(await fixture.services.accounts.getByEmail(input.email)).toBeNull();
    },
  );

  it.each(HOSTILE)('updateMyProfile refuses a city with %s, naming input.city', async (_l, city, reason) => {
    const token = await newMemberToken();
    const res = await post(UPDATE, { input: { city } }, { authorization: `Bearer ${token}` });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.city',
      reason: { code: reason },
    });
  });

  it('a bio may still hold line breaks, but not a bidi override', async () => {
    const auth = { authorization: `Bearer ${await newMemberToken()}` };
    const ok = await post(UPDATE, { input: { bio: 'Potière.\nTourneuse.' } }, auth);
    expect(ok.errors).toBeUndefined();
    const bad = await post(UPDATE, { input: { bio: 'x \u202E y' } }, auth);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      field: 'input.bio',
      reason: { code: 'text.bidiControls' },
    });
  });

  it.each(['admin', 'root', 'api', 'graphql', 'me', 'settings', 'support', 'signin', 'tenders'])(
    'the handle "%s" cannot be registered',
    async (handle) => {
      const input = signUpInput({ handle });
      const res = await post(SIGN_UP, { input });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.handle',
        reason: { code: 'handle.reserved' },
      });
      expect(await fixture.services.accounts.getByEmail(input.email)).toBeNull();
    },
  );

  it('every top-level route of the web app is a reserved handle', () => {
    const app = readFileSync(new URL('../../web/src/app/App.tsx', import.meta.url), 'utf8');
    const routes = [...app.matchAll(/path="\/([a-z-]+)/g)].map((m) => m[1]!);
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) expect(RESERVED_HANDLES.has(route), route).toBe(true);
  });

  it('an ordinary handle is still accepted', async () => {
    const res = await post(SIGN_UP, { input: signUpInput({ handle: 'camille-test-ordinary' }) });
    expect(res.errors).toBeUndefined();
  });
});

describe('errors in the reader’s language', () => {
  const SIGN_IN =
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
  const wrong = (email: string) => ({ email, password: 'not the password at all' });

  it('a wrong password answers UNAUTHENTICATED with a stable reason, in English by default', async () => {
    const res = await post(SIGN_IN, wrong('en-nobody@example.org'));
    expect(res.errors?.[0]).toMatchObject({
      message: 'Wrong e-mail or password',
      extensions: { code: 'UNAUTHENTICATED', reason: { code: 'auth.wrongCredentials' } },
    });
  });

  it('Accept-Language fr and nl render the message in French and Dutch', async () => {
    const fr = await post(SIGN_IN, wrong('fr-nobody@example.org'), { 'accept-language': 'fr-BE,fr;q=0.9' });
    expect(fr.errors?.[0]?.message).toBe('Adresse e-mail ou mot de passe incorrect');
    expect(fr.errors?.[0]?.extensions?.reason).toEqual({ code: 'auth.wrongCredentials' });
    const nl = await post(SIGN_IN, wrong('nl-nobody@example.org'), { 'accept-language': 'nl' });
    expect(nl.errors?.[0]?.message).toBe('Verkeerd e-mailadres of wachtwoord');
  });

  it('validation problems are rendered per field, keeping their codes and reasons', async () => {
    const input = signUpInput({ name: 'A\u0007', password: 'short' });
    const res = await post(SIGN_UP, { input }, { 'accept-language': 'nl' });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = error?.extensions?.problems ?? [];
    const byField = Object.fromEntries(problems.map((p) => [p.path.join('.'), p]));
    expect(byField['input.password']).toMatchObject({
      message: 'moet minstens 10 tekens bevatten',
      reason: { code: 'text.tooShort', params: { min: 10 } },
    });
    expect(byField['input.name']).toMatchObject({
      message: 'mag geen stuurtekens bevatten',
      reason: { code: 'text.controlCharacters' },
    });
    expect(error?.message).toContain('input.password: moet minstens 10 tekens bevatten');
  });

  it('without a stated language, a signed-in member reads errors in their preferredLanguage', async () => {
    const token = await newMemberToken({ preferredLanguage: 'NL' });
    const res = await post(UPDATE, { input: { name: '' } }, { authorization: `Bearer ${token}` });
    expect(res.errors?.[0]?.message).toBe('input.name: mag niet leeg zijn');
  });
});

describe('log levels', () => {
  it('a caller’s mistakes are logged at info, never at error', async () => {
    const before = logLines.length;
    await post(SIGN_UP, { input: signUpInput({ name: '\u0007' }) });
    await post('mutation { signIn(email: "x-log@example.org", password: "wrong password!") { token } }');
    await post('{ members(first: 1, after: "zzz") { totalCount } }');
    await post('{ member(handle: "nobody") { secretField } }');
    const lines = logLines.slice(before);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    const codes = lines.filter((l) => l.level === 30 && l.code).map((l) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'UNAUTHENTICATED']));
  });

  it('a member reaching for an admin query is logged at warn', async () => {
    const token = await newMemberToken();
    const before = logLines.length;
    const res = await post(
      '{ auditEvents(first: 1) { totalCount } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lines = logLines.slice(before);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.filter((l) => l.level === 40).map((l) => l.code)).toContain('FORBIDDEN');
  });
});
