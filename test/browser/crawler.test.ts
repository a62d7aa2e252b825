// The crawler (issue 16): as a visitor, a brand-new member, a conseiller and an
// admin, in French and Dutch, follow the links of the app from the home page
// (a few pages of each kind) and fail on any GraphQL error, page error, console
// error, or English explanation on a page that is not in English.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../api/auth/sessionViewer.js';
import { gql } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';
import { type BrowserWorld, startBrowserWorld } from './browserFixture.js';

/** Pages of one kind (same path shape) visited at most this often, and pages per walk at most. */
const PER_KIND = 2;
const PER_WALK = 14;

/** Sentences our explanations, reasons and errors used to print in English whatever the page language. */
const ENGLISH_EXPLANATION =
  /\b(fills [A-Z]|level \d+ of \d+|required|lower is better|Team of \d|Communication cost|Wants [A-Z]|Offers [A-Z]|free place|years? of experience|Unexpected error|Too many|must be|is not|Sign in to|No [a-z]+ yet|Loading…)\b/;

const LOADING = { fr: 'Chargement', nl: 'Laden' } as const;

type Role = 'visitor' | 'newMember' | 'conseiller' | 'admin';

let world: BrowserWorld;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  world = await startBrowserWorld({ members: 300 });
  const { app, services, dataset } = world.api;
  const signedUp = await gql<{ signUp: { token: string } }>(
    app,
    'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
    { i: { email: 'crawler-new@example.org', password: 'a long crawler password', name: 'Nouvelle Venue' } },
  );
  if (!signedUp.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(signedUp.errors)}`);
  tokens.set('newMember', signedUp.data.signUp.token);
  const filiere = dataset.filieres[0]!.id;
  tokens.set(
    'conseiller',
    await accountFor(app, services, {
      email: 'crawler-conseiller@example.org',
      memberId: null,
      roles: ['conseiller'],
      scopeFilieres: [filiere],
    }),
  );
  tokens.set(
    'admin',
    await accountFor(app, services, { email: 'crawler-admin@example.org', memberId: null, roles: ['admin'] }),
  );
}, 240_000);

afterAll(async () => {
  await world?.close();
});

/** "/members/ada-lovelace" and "/members/tom" are one kind: the first segment and the depth. */
function kindOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  return `${parts[0] ?? ''}/${parts.length}`;
}

interface Problem {
  page: string;
  what: string;
}

async function openContext(role: Role, language: 'fr' | 'nl'): Promise<BrowserContext> {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((lang) => window.localStorage.setItem('passerelle.language', lang), language);
  const token = tokens.get(role);
  if (token) {
    const { hostname } = new URL(world.baseUrl);
    await context.addCookies([
      { name: SESSION_COOKIE, value: token, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
    ]);
  }
  return context;
}

function watch(page: Page, problems: Problem[], current: () => string): void {
  page.on('pageerror', (error) => problems.push({ page: current(), what: `page error: ${error.message}` }));
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push({ page: current(), what: `console error: ${message.text()}` });
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    for (const error of body?.errors ?? []) {
      problems.push({ page: current(), what: `GraphQL error: ${error.message}` });
    }
  });
}

async function crawl(role: Role, language: 'fr' | 'nl'): Promise<{ visited: string[]; problems: Problem[] }> {
  const context = await openContext(role, language);
  const page = await context.newPage();
  const problems: Problem[] = [];
  let current = '/';
  watch(page, problems, () => current);
  const queue = ['/'];
  const seen = new Set<string>(queue);
  const perKind = new Map<string, number>();
  const visited: string[] = [];
  try {
    while (queue.length > 0 && visited.length < PER_WALK) {
      const next = queue.shift()!;
      const kind = kindOf(next);
      if ((perKind.get(kind) ?? 0) >= PER_KIND) continue;
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
      current = next;
      visited.push(next);
      await page.goto(`${world.baseUrl}${next}`, { waitUntil: 'networkidle' });
      await page.locator('main').first().waitFor();
      // A page still saying it loads once the network is idle would load forever.
      const loading = page.locator('main').getByText(LOADING[language], { exact: false });
      await loading
        .first()
        .waitFor({ state: 'detached', timeout: 5_000 })
        .catch(() => problems.push({ page: next, what: 'still loading 5 s after the network went idle' }));
      const text = (await page.locator('main').first().textContent()) ?? '';
      const english = ENGLISH_EXPLANATION.exec(text);
      if (english) problems.push({ page: next, what: `English on a ${language} page: "${english[0]}"` });
      const links = await page.$$eval('a[href^="/"]', (anchors) =>
        anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
      );
      for (const href of links) {
        const url = new URL(href, world.baseUrl);
        // Leaving the app (API, admin boards, downloads) is not part of the walk.
        if (/^\/(graphql|admin\/queues|health|ready|metrics|notices)/.test(url.pathname)) continue;
        const target = url.pathname + url.search;
        if (seen.has(target)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
  } finally {
    await context.close();
  }
  return { visited, problems };
}

describe('crawler', () => {
  for (const role of ['visitor', 'newMember', 'conseiller', 'admin'] as const) {
    for (const language of ['fr', 'nl'] as const) {
      it(`${role} in ${language}: every page reached by links loads without an error or English`, async () => {
        const { visited, problems } = await crawl(role, language);
        console.log(`${role}/${language}: ${visited.join(' ')}`);
        expect(visited.length).toBeGreaterThan(3);
        expect(problems).toEqual([]);
      }, 240_000);
    }
  }
});
