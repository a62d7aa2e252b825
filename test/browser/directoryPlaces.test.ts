// The directory and profiles for a newcomer, in headless Chromium (fr and nl, 1280 and 390 px):
// an account created through the web app with only a space chosen (no town, no coordinates) is
// found by text + place ("céramiste" near Lille or near La Coroutine); the consent boxes start
// unticked; cards say which skill matched; the page survives a visit to a profile and Back; a
// profile hidden from visitors asks them to sign in; a profile offers "invite to a bid" and "ask
// as mentor"; on a phone the header is one line and the first result is near the top; no main
// route overflows horizontally at 390 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexSearch } from '../../cli/commands/reindex.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { MentoringRepository } from '../../graph/repositories/mentoringRepository.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { gql } from '../api/apiFixture.js';
import { accountFor, TEST_PASSWORD } from '../api/authHelpers.js';
import { type BrowserWorld, seriousAccessibilityViolations, startBrowserWorld } from './browserFixture.js';

const NAME = 'Maëlle Terrecuite';
const EMAIL = 'maelle.terrecuite@example.org';
const PASSWORD = 'grès-émaillé-2026';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let world: BrowserWorld;
let workers: WorkerPool;
let newcomer = { handle: '', id: '' };

async function open(browser: Browser, viewport: { width: number; height: number }, lang: 'fr' | 'nl') {
  const context = await browser.newContext({ viewport, locale: lang === 'fr' ? 'fr-FR' : 'nl-BE' });
  await context.addInitScript(
    (language) => window.localStorage.setItem('passerelle.language', language),
    lang,
  );
  return context;
}

let readers = 0;

/**
 * Profiles are for signed-in members ('network' = signed-in members only): a context that reads
 * the directory signs in as a reader, an account without a profile, through the context's own
 * request client so the session cookie is the page's.
 */
async function openAsReader(viewport: { width: number; height: number }, lang: 'fr' | 'nl') {
  const context = await open(world.browser, viewport, lang);
  readers += 1;
  const email = `reader${readers}@directory-places.test`;
  await accountFor(world.api.app, world.api.services, { email, memberId: null, roles: ['member'] });
  const response = await context.request.post(`${world.baseUrl}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      variables: { e: email, p: TEST_PASSWORD },
    },
  });
  expect(response.ok()).toBe(true);
  return context;
}

/** How many pixels the page is wider than the screen, with the widest elements named when it is. */
async function horizontalOverflow(page: Page): Promise<{ px: number; culprits: string }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
      .join(', ');
    return { px: document.documentElement.scrollWidth - width, culprits };
  });
}

const cardHandles = (page: Page) =>
  page
    .locator('.member-card h3 a')
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname.split('/').pop() ?? '')),
    );

/** Picks a place in the directory's place picker by typing and choosing the option. */
async function pickPlace(page: Page, label: string, typed: string, option: RegExp) {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('listbox', { name: label }).getByRole('option', { name: option }).first().click();
  await page.waitForURL(/[?&]near=/);
}

/** Resolves once the index has caught up with the newcomer (the mutations queued a sync). */
async function indexedNewcomer(): Promise<void> {
  const token = await accountFor(world.api.app, world.api.services, {
    email: 'index-check@directory-places.test',
    memberId: null,
    roles: ['member'],
  });
  await expect
    .poll(
      async () => {
        const res = await gql<{ searchMembers: { edges: { node: { member: { handle: string } } }[] } }>(
          world.api.app,
          'query { searchMembers(query: "céramiste", first: 50, near: { lat: 50.63, lon: 3.06, radiusKm: 25 }) { edges { node { member { handle } } } } }',
          {},
          { authorization: `Bearer ${token}` },
        );
        return res.data?.searchMembers.edges.map((e) => e.node.member.handle) ?? [];
      },
      { timeout: 20_000, interval: 200 },
    )
    .toContain(newcomer.handle);
}

beforeAll(async () => {
  world = await startBrowserWorld({ members: 200 });
  const { services } = world.api;
  await reindexSearch(services.graph, services.search, services.taxonomy);
  const deps = buildProcessorDeps({
    graph: services.graph,
    events: services.events,
    taxonomy: services.taxonomy,
    search: () => services.search,
  });
  workers = await services.jobs.startWorkers(bindProcessors({ searchSync: deps.searchSync }));
}, 180_000);

afterAll(async () => {
  await workers?.close({ drain: false });
  await world?.close();
});

describe('a newcomer with only a space', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await open(world.browser, DESKTOP, 'fr');
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('signs up, sees the consent boxes unticked, picks a skill and La Coroutine only', async () => {
    await page.goto(`${world.baseUrl}/signup`);
    await page.getByLabel('Nom affiché').fill(NAME);
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre profil' }).waitFor();
    for (const box of await page.locator('.choice input[type="checkbox"][id^="suggestFor"]').all()) {
      expect(await box.isChecked()).toBe(false);
    }
    await page.getByRole('radio', { name: 'Tous les membres connectés' }).waitFor();
    const skillBox = page.getByLabel('Ajouter une compétence');
    await skillBox.fill('ceramique');
    await skillBox.press('Enter');
    await page.getByLabel('Niveau pour Céramique').selectOption('4');
    await page.getByLabel('Lieu', { exact: true }).selectOption('la-coroutine');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).last().click();
    await page.getByRole('checkbox', { name: /appels d’offres/ }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    const stored = (await world.api.services.repositories.members.getByHandle(
      decodeURIComponent(
        (await page.getByRole('link', { name: NAME }).getAttribute('href'))?.split('/').pop() ?? '',
      ),
    ))!;
    expect(stored.lat).toBeNull();
    expect(stored.privacy).toMatchObject({ suggestForBids: true, suggestForMentoring: false });
    newcomer = { handle: stored.handle, id: stored.id };
    await indexedNewcomer();
  });

  it('is found by text + a space, and by text + a town, with the matched skill marked (fr, 1280 px)', async () => {
    await page.goto(world.baseUrl);
    await page.getByLabel('Rechercher').fill('céramiste');
    await page.waitForURL(/[?&]q=/);
    await pickPlace(page, 'À proximité de', 'corout', /La Coroutine/);
    await expect.poll(() => cardHandles(page), { timeout: 15_000 }).toContain(newcomer.handle);
    const card = page.locator('.member-card', { hasText: NAME });
    expect(await card.locator('.tag--match').textContent()).toContain('Céramique');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Effacer le lieu' }).click();
    await pickPlace(page, 'À proximité de', 'Lille', /^Lille, France/);
    expect(page.url()).toMatch(/near=town%3A\d+|near=town:\d+/);
    await expect.poll(() => cardHandles(page), { timeout: 15_000 }).toContain(newcomer.handle);
    // The search and the place survive a reload.
    await page.reload();
    await expect.poll(() => cardHandles(page), { timeout: 15_000 }).toContain(newcomer.handle);
    expect(await page.getByRole('combobox', { name: 'À proximité de' }).inputValue()).toMatch(/^Lille/);
  });

  it('keeps every filter combined with the place (no error, the newcomer still found)', async () => {
    await page.getByLabel('Compétence', { exact: true }).selectOption('ceramics');
    await page.getByLabel('Lieu', { exact: true }).selectOption('la-coroutine');
    await expect.poll(() => cardHandles(page), { timeout: 15_000 }).toEqual([newcomer.handle]);
    await page.getByLabel('Rechercher').fill('');
    await expect.poll(() => page.url()).not.toMatch(/[?&]q=/);
    await expect.poll(() => cardHandles(page), { timeout: 15_000 }).toContain(newcomer.handle);
    expect(await page.locator('.error, [role="alert"]').count()).toBe(0);
  });
});

describe('in Dutch on a phone', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await openAsReader(PHONE, 'nl');
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('has a one-line header with a menu, and the first result near the top', async () => {
    await page.goto(world.baseUrl);
    await page.locator('.member-card').first().waitFor();
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(80);
    const first = await page.locator('.member-card').first().boundingBox();
    expect(first!.y).toBeLessThan(PHONE.height);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await page.getByRole('link', { name: 'Plekken' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Plekken' }).click();
    await page.waitForURL(/\/spaces$/);
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('finds the newcomer with a Dutch trade and a town (nl, 390 px)', async () => {
    await page.goto(world.baseUrl);
    await page.getByLabel('Zoeken').fill('keramist');
    await page.waitForURL(/[?&]q=/);
    await page.getByText('Filters', { exact: true }).click();
    await pickPlace(page, 'In de buurt van', 'rijsel', /Rijsel/);
    await expect.poll(() => cardHandles(page), { timeout: 15_000 }).toContain(newcomer.handle);
    const first = await page.locator('.member-card').first().boundingBox();
    expect(first!.x + first!.width).toBeLessThanOrEqual(PHONE.width);
  });

  it('does not overflow horizontally on the main routes at 390 px', async () => {
    const someone = world.api.dataset.members.find((m) => m.privacy.visibility === 'network')!;
    for (const route of [
      '/',
      '/spaces',
      '/spaces/la-coroutine',
      '/skills',
      '/skills/ceramics',
      '/filieres',
      '/tenders',
      '/mentoring',
      '/signin',
      '/signup',
      `/members/${someone.handle}`,
      '/?q=keramist&near=space%3Ala-coroutine&radius=25',
    ]) {
      await page.goto(`${world.baseUrl}${route}`);
      await page.locator('main h1, main .notice, main [role="status"]').first().waitFor();
      const overflow = await horizontalOverflow(page);
      expect(overflow.px, `${route}: ${overflow.culprits}`).toBeLessThanOrEqual(0);
    }
  });
});

describe('profiles', () => {
  const findMember = (predicate: (m: MemberRecord) => boolean) => world.api.dataset.members.find(predicate)!;

  it('asks a signed-out visitor to sign in when a profile is hidden from them (fr and nl)', async () => {
    const hidden = findMember((m) => m.privacy.visibility === 'spaces');
    for (const [lang, text] of [
      ['fr', 'Connectez-vous pour voir ce profil.'],
      ['nl', 'Log in om dit profiel te zien.'],
    ] as const) {
      const context = await open(world.browser, DESKTOP, lang);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${world.baseUrl}/members/${hidden.handle}`);
      await page.getByRole('heading', { level: 1, name: text }).waitFor();
      await page.goto(world.baseUrl);
      await page
        .getByText(lang === 'fr' ? 'Connectez-vous pour voir les membres.' : 'Log in om de leden te zien.')
        .waitFor();
      expect(
        await page.getByRole('link', { name: lang === 'fr' ? 'Se connecter' : 'Inloggen' }).count(),
      ).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('keeps the page of results after visiting a profile and coming Back', async () => {
    const context = await openAsReader(DESKTOP, 'fr');
    const page = await context.newPage();
    await page.goto(world.baseUrl);
    await page.locator('.member-card').first().waitFor();
    const first = await cardHandles(page);
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.waitForURL(/[?&]page=2/);
    await page.locator('.pager span', { hasText: 'Page 2' }).waitFor();
    await expect.poll(async () => (await cardHandles(page))[0]).not.toBe(first[0]);
    const second = await cardHandles(page);
    expect(second.some((handle) => first.includes(handle))).toBe(false);
    await page.locator('.member-card h3 a').first().click();
    await page.waitForURL(/\/members\//);
    await page.goBack();
    await page.locator('.pager span', { hasText: 'Page 2' }).waitFor();
    await expect.poll(() => cardHandles(page)).toEqual(second);
    await page.getByRole('button', { name: 'Page précédente' }).click();
    await page.locator('.pager span', { hasText: 'Page 1' }).waitFor();
    expect(page.url()).not.toMatch(/[?&]page=/);
    await context.close();
  });

  it('lets a signed-in member invite someone to their bid and ask a mentor from the profile', async () => {
    const { app, services } = world.api;
    const mentor = findMember(
      (m) =>
        m.privacy.visibility === 'network' &&
        m.skills.some((s) => s.skill === 'ceramics') &&
        m.id !== newcomer.id,
    );
    const now = Date.now();
    await new MentoringRepository(services.graph).putOffer({
      memberId: mentor.id,
      skills: ['ceramics'],
      capacity: 2,
      languages: ['fr'],
      mode: 'either',
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    const signIn = await gql<{ signIn: { token: string } }>(
      app,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: EMAIL, p: PASSWORD },
    );
    const auth = { authorization: `Bearer ${signIn.data!.signIn.token}` };
    const tender = await gql<{ createTender: { tenderId: string } }>(
      app,
      'mutation($input: TenderInput!) { createTender(input: $input) { tenderId } }',
      {
        input: {
          title: 'Vaisselle pour la cantine de Fives',
          requirements: [{ skill: 'ceramics', minLevel: 3, count: 1 }],
        },
      },
      auth,
    );
    expect(tender.errors).toBeUndefined();
    const bid = await gql(
      app,
      'mutation($t: String!) { createBid(tenderId: $t) { bidId } }',
      { t: tender.data!.createTender.tenderId },
      auth,
    );
    expect(bid.errors).toBeUndefined();

    const context = await open(world.browser, PHONE, 'fr');
    const page = await context.newPage();
    await page.goto(`${world.baseUrl}/signin`);
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/signin'));
    await page.goto(`${world.baseUrl}/members/${mentor.handle}`);
    await page.getByRole('heading', { level: 2, name: 'Travailler ensemble' }).waitFor();
    // Without a mentor request, "ask as mentor" leads to writing one.
    expect(await page.getByRole('link', { name: 'Demander comme mentor' }).getAttribute('href')).toBe(
      '/mentoring',
    );
    for (const mutation of [
      'mutation { setMyPrivacy(input: { suggestForMentoring: true }) { handle } }',
      'mutation { requestMentor(input: { skills: ["ceramics"], languages: ["fr"], mode: EITHER }) { status } }',
    ]) {
      expect((await gql(app, mutation, {}, auth)).errors).toBeUndefined();
    }
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Travailler ensemble' }).waitFor();
    expect(await page.getByLabel('Ma candidature').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(`Invitation envoyée à ${mentor.name}.`).waitFor();
    await page.getByRole('button', { name: 'Demander comme mentor' }).click();
    await page.getByText(/Demande envoyée/).waitFor();
    expect(await page.getByText(/an d’expérience|ans d’expérience/).allTextContents()).not.toContain(
      expect.stringMatching(/^ · 0 /),
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Signed in, on a phone, the member's screens fit the width too.
    for (const route of ['/tenders', '/me', '/mentoring', '/suggestions', '/settings']) {
      await page.goto(`${world.baseUrl}${route}`);
      await page.locator('main h1').first().waitFor();
      const overflow = await horizontalOverflow(page);
      expect(overflow.px, `${route}: ${overflow.culprits}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
