// The directory's search box in headless Chromium: a member's name typed with a
// typo finds that member first; a trade in Dutch finds the ceramists; the box
// lives in the address, so the search survives a reload; axe-core finds no
// serious violation.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexSearch } from '../../cli/commands/reindex.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { type BrowserWorld, seriousAccessibilityViolations, startBrowserWorld } from './browserFixture.js';
import { signInReader } from './signedInReader.js';

let world: BrowserWorld;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  world = await startBrowserWorld();
  const { services } = world.api;
  await reindexSearch(services.graph, services.search, services.taxonomy);
  context = await world.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR' });
  await signInReader(world, context, 'reader@search-box.test');
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await world?.close();
});

/** A visible member whose name is unique and whose last word is long enough to take a typo. */
function someoneToFind(): MemberRecord {
  const members = world.api.dataset.members;
  const counts = new Map<string, number>();
  for (const m of members) {
    const last = m.name.split(' ').at(-1)!.toLowerCase();
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return members.find((m) => {
    const last = m.name.split(' ').at(-1)!;
    return m.privacy.visibility === 'network' && last.length >= 7 && counts.get(last.toLowerCase()) === 1;
  })!;
}

const cardHandles = () =>
  page
    .locator('.member-card h3 a')
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname.split('/').pop() ?? '')),
    );

describe('directory search box', () => {
  it('finds a member from their name typed with a typo', async () => {
    const member = someoneToFind();
    const words = member.name.split(' ');
    const last = words.at(-1)!;
    const typo = `${last.slice(0, 2)}${last[3]}${last[2]}${last.slice(4)}`;
    const query = [...words.slice(0, -1), typo].join(' ');
    await page.goto(world.baseUrl);
    await page.getByLabel('Rechercher').fill(query);
    await page.waitForURL(/[?&]q=/);
    await page.locator('.member-card').first().waitFor();
    await expect.poll(async () => (await cardHandles())[0]).toBe(member.handle);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('finds ceramists from the Dutch trade name, and keeps the search on reload', async () => {
    const ceramists = new Set(
      world.api.dataset.members
        .filter((m) => m.privacy.visibility === 'network' && m.skills.some((s) => s.skill === 'ceramics'))
        .map((m) => m.handle),
    );
    await page.getByLabel('Rechercher').fill('keramist');
    await page.waitForURL(/q=keramist/);
    await expect.poll(async () => ceramists.has((await cardHandles())[0] ?? '')).toBe(true);
    await page.reload();
    await expect(page.getByLabel('Rechercher').inputValue()).resolves.toBe('keramist');
    await expect.poll(async () => ceramists.has((await cardHandles())[0] ?? '')).toBe(true);
  });

  it('shows results to a signed-in reader who opens /?q=céramique directly, accents typed or encoded', async () => {
    for (const address of ['/?q=céramique', `/?q=${encodeURIComponent('céramique')}`]) {
      const fresh = await context.newPage();
      const errors: string[] = [];
      fresh.on('pageerror', (error) => errors.push(error.message));
      await fresh.goto(`${world.baseUrl}${address}`);
      await expect(fresh.getByLabel('Rechercher').inputValue()).resolves.toBe('céramique');
      await fresh.locator('.member-card').first().waitFor();
      expect(errors).toEqual([]);
      await fresh.close();
    }
  });
});
