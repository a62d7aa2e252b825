// Journeys of a signed-in reader (an account with no profile of its own; a
// visitor sees no profile): the directory with facets, a profile, the switch
// to Dutch, the spaces and skills pages; axe-core finds no serious violation.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexSearch } from '../../cli/commands/reindex.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import {
  type BrowserWorld,
  screenshot,
  seriousAccessibilityViolations,
  startBrowserWorld,
} from './browserFixture.js';
import { signInReader } from './signedInReader.js';

let world: BrowserWorld;
let context: BrowserContext;
let page: Page;

function visibleMembers(): MemberRecord[] {
  return world.api.dataset.members.filter((m) => m.privacy.visibility === 'network');
}

beforeAll(async () => {
  world = await startBrowserWorld();
  // The place search goes through the index, which a server builds when it starts.
  const { services } = world.api;
  await reindexSearch(services.graph, services.search, services.taxonomy);
  context = await world.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR' });
  await signInReader(world, context, 'reader@read-journeys.test');
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await world?.close();
});

describe('directory', () => {
  it('lists the visible members in French with a localised count', async () => {
    await page.goto(world.baseUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Annuaire des membres');
    const count = page.locator('.results-count');
    await count.waitFor();
    const expected = visibleMembers().length;
    expect(await count.textContent()).toBe(`${new Intl.NumberFormat('fr').format(expected)} membres`);
    expect(await page.locator('.member-card').count()).toBe(Math.min(24, expected));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'directory');
  });

  it('narrows by skill and pages through the results', async () => {
    const skill = 'ceramics';
    const holders = new Set(
      world.api.dataset.members.filter((m) => m.skills.some((s) => s.skill === skill)).map((m) => m.handle),
    );
    await page.getByLabel('Compétence', { exact: true }).selectOption(skill);
    await page.waitForURL(/skill=ceramics/);
    const expected = visibleMembers().filter((m) => holders.has(m.handle)).length;
    await page.locator('.results-count', { hasText: `${expected} membre` }).waitFor();
    const hrefs = await page
      .locator('.member-card h3 a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/').pop() ?? ''));
    expect(hrefs.length).toBe(Math.min(24, expected));
    for (const handle of hrefs) expect(holders.has(decodeURIComponent(handle))).toBe(true);
  });

  it('finds members within a radius of a space, nearest first', async () => {
    await page.goto(`${world.baseUrl}/`);
    // The place picker offers the network's spaces (and towns) as one types.
    const space = world.api.dataset.spaces.find((s) => s.lat !== null && s.lon !== null)!;
    await page.getByRole('combobox', { name: 'À proximité de' }).fill(space.name);
    await page
      .getByRole('listbox', { name: 'À proximité de' })
      .getByRole('option', { name: space.name })
      .first()
      .click();
    await page.waitForURL(/near=space/);
    await page.getByLabel('Rayon').selectOption('200');
    await page.locator('.results-count', { hasText: 'près de' }).waitFor();
    const distances = await page
      .locator('.member-card .card__meta', { hasText: /à \d+ km/ })
      .evaluateAll((list) => list.map((el) => Number(/à (\d+) km/.exec(el.textContent ?? '')?.[1])));
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const km of distances) expect(km).toBeLessThanOrEqual(200);
  });
});

describe('profile', () => {
  it('opens a member profile from the directory, with skills by level', async () => {
    await page.goto(world.baseUrl);
    const firstLink = page.locator('.member-card h3 a').first();
    const name = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const handle = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const member = world.api.dataset.members.find((m) => m.handle === handle);
    expect(member?.name).toBe(name);
    const levels = await page
      .locator('.skill-list [role="img"]')
      .evaluateAll((list) =>
        list.map((el) => Number(/(\d) sur 5/.exec(el.getAttribute('aria-label') ?? '')?.[1])),
      );
    expect(levels.length).toBe(member?.skills.length);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'profile');
  });
});

describe('language switch', () => {
  it('switches the whole interface and the skill labels to Dutch, and remembers it', async () => {
    await page.goto(`${world.baseUrl}/skills/ceramics`);
    await page.getByRole('heading', { level: 1, name: 'Céramique' }).waitFor();
    await page.getByLabel('Langue').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Keramiek' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).textContent()).toContain(
      'Ledengids',
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Keramiek' }).waitFor();
    await page.goto(world.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Ledengids' }).waitFor();
    await expect(page.locator('.results-count').textContent()).resolves.toMatch(/ leden$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'directory-nl');
    await page.getByLabel('Taal').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Annuaire des membres' }).waitFor();
  });
});

describe('dark theme', () => {
  it('switches to dark and keeps the contrast that axe-core checks', async () => {
    await page.goto(world.baseUrl);
    await page.locator('.member-card').first().waitFor();
    await page.getByLabel('Apparence').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 22, 20)');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'directory-dark');
    await page.getByLabel('Apparence').selectOption('system');
  });
});

describe('skills', () => {
  it('narrows the taxonomy by typing and opens a skill from its tag', async () => {
    await page.goto(`${world.baseUrl}/skills`);
    await page.getByRole('heading', { level: 1, name: 'Compétences' }).waitFor();
    await page.locator('.card .tag').first().waitFor();
    const allTags = await page.locator('.card .tag').count();
    await page.getByLabel('Filtrer les compétences').fill('ceram');
    await page.getByRole('link', { name: 'Céramique', exact: true }).waitFor();
    expect(await page.locator('.card .tag').count()).toBeLessThan(allTags);
    await page.locator('.card .tag', { hasText: 'Céramique' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Céramique' }).waitFor();
  });
});

describe('spaces', () => {
  it('lists spaces and shows who works in one', async () => {
    await page.goto(`${world.baseUrl}/spaces`);
    await page.getByRole('heading', { level: 1, name: 'Lieux' }).waitFor();
    const counts = new Map<string, number>();
    for (const member of visibleMembers()) {
      for (const space of member.spaces) counts.set(space, (counts.get(space) ?? 0) + 1);
    }
    const [busiest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const space = world.api.dataset.spaces.find((s) => s.id === busiest?.[0]);
    expect(space).toBeDefined();
    await page.getByLabel('Filtrer les lieux').fill(space?.name ?? '');
    await page.getByRole('link', { name: space?.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: space?.name }).waitFor();
    await page.locator('.member-card').first().waitFor();
    expect(await page.locator('.member-card').count()).toBe(Math.min(24, busiest?.[1] ?? 0));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'space');
  });

  it('moves the keyboard focus to the page after following a link', async () => {
    await page.goto(`${world.baseUrl}/filieres`);
    await page.getByRole('heading', { level: 1, name: 'Filières' }).waitFor();
    await page.locator('.card h2 a').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.site-main h2', { hasText: 'Compétences clés' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
