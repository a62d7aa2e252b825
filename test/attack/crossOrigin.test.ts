// Attack from a page of another origin (issue 17, finding 1), in Chromium: the
// victim is signed in (session cookie on 127.0.0.1), then opens a page served
// by another port of the same host (same site, so the browser attaches the
// cookie). That page must not read `{ me { email } }`, whether through a
// preflighted JSON fetch, a simple GET or a simple text/plain POST; a page of
// an origin listed in CORS_ORIGINS can. Also over raw HTTP: an unlisted
// preflight gets no grant and no Access-Control-Allow-Credentials, and a cookie
// WebSocket from a listed origin is accepted where an unlisted one is refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../api/auth/sessionViewer.js';
import { type ApiFixture, startApiFixture } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';
import { launchChromium } from '../browser/browserFixture.js';
import { openRawSocket } from './rawSocket.js';

const ME = '{ me { email } }';
const VICTIM_EMAIL = 'victim@example.org';

let api: ApiFixture;
let apiUrl: string;
let browser: Browser;
let context: BrowserContext;
let token: string;
const pageServers: Server[] = [];
let evilOrigin: string;
let friendOrigin: string;

/** A tiny HTTP server on another port of 127.0.0.1 serving one empty page: another origin. */
async function pageServer(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>another origin</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageServers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  [evilOrigin, friendOrigin] = await Promise.all([pageServer(), pageServer()]);
  api = await startApiFixture({ members: 5, env: { NODE_ENV: 'production', CORS_ORIGINS: friendOrigin } });
  apiUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
  token = await accountFor(api.app, api.services, {
    email: VICTIM_EMAIL,
    memberId: api.dataset.members[0]!.id,
    roles: ['member'],
  });
  browser = await launchChromium();
  context = await browser.newContext();
  // The victim's browser holds the session cookie the API set at sign-in.
  await context.addCookies([
    { name: SESSION_COOKIE, value: token, url: apiUrl, httpOnly: true, sameSite: 'Lax' },
  ]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  for (const server of pageServers) server.close();
});

type Attempt = { read: true; status: number; body: string } | { read: false; error: string };

/** Runs `kind` of cross-origin request from a page of `origin` and reports what the page could read. */
async function fromPage(origin: string, kind: 'json' | 'get' | 'text'): Promise<Attempt> {
  const page = await context.newPage();
  try {
    await page.goto(origin);
    return await page.evaluate(
      async ({ apiUrl, kind, query }) => {
        const init: RequestInit =
          kind === 'get'
            ? { credentials: 'include' }
            : {
                method: 'POST',
                credentials: 'include',
                headers: { 'content-type': kind === 'json' ? 'application/json' : 'text/plain' },
                body: JSON.stringify({ query }),
              };
        const target =
          kind === 'get' ? `${apiUrl}/graphql?query=${encodeURIComponent(query)}` : `${apiUrl}/graphql`;
        try {
          const response = await fetch(target, init);
          return { read: true as const, status: response.status, body: await response.text() };
        } catch (error) {
          return { read: false as const, error: String(error) };
        }
      },
      { apiUrl, kind, query: ME },
    );
  } finally {
    await page.close();
  }
}

describe('a page of another origin, with the victim signed in', () => {
  it('cannot read the member through a preflighted JSON request', async () => {
    const attempt = await fromPage(evilOrigin, 'json');
    expect(attempt.read).toBe(false);
  });

  it('cannot read the member through a simple GET or a simple text/plain POST', async () => {
    for (const kind of ['get', 'text'] as const) {
      const attempt = await fromPage(evilOrigin, kind);
      expect(attempt, kind).toMatchObject({ read: false });
    }
  });

  it('a page of a listed origin reads it with the cookie', async () => {
    const attempt = await fromPage(friendOrigin, 'json');
    expect(attempt).toMatchObject({ read: true, status: 200 });
    expect(JSON.parse((attempt as { body: string }).body)).toEqual({ data: { me: { email: VICTIM_EMAIL } } });
  });
});

describe('CORS headers over raw HTTP', () => {
  async function preflight(origin: string) {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    await response.body?.cancel();
    return response.headers;
  }

  it('grants no preflight and never allows credentials for an unlisted origin', async () => {
    const headers = await preflight(evilOrigin);
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('access-control-allow-credentials')).toBeNull();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        origin: evilOrigin,
        'content-type': 'application/json',
        cookie: `${SESSION_COOKIE}=${token}`,
      },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('grants a listed origin, naming it (never a wildcard)', async () => {
    const headers = await preflight(friendOrigin);
    expect(headers.get('access-control-allow-origin')).toBe(friendOrigin);
    expect(headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('refuses a cookie-authenticated text/plain POST (the CSRF rule still holds)', async () => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { origin: evilOrigin, 'content-type': 'text/plain', cookie: `${SESSION_COOKIE}=${token}` },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(403);
  });
});

describe('WebSocket with the session cookie', () => {
  it('accepts it from a listed origin and refuses it from any other', async () => {
    const cookie = `${SESSION_COOKIE}=${token}`;
    const friend = await openRawSocket(apiUrl, undefined, { cookie, origin: friendOrigin });
    friend.close();
    await expect(openRawSocket(apiUrl, undefined, { cookie, origin: evilOrigin })).rejects.toMatchObject({
      code: 4403,
    });
  });
});
