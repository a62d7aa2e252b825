// The member with a call for tenders, through the UI only, in French and Dutch, on a desktop
// (1280 px) and a phone (390 px): a new account signs up, imports the real 1.7 MB 100-lot
// eForms notice (upload progress, then the lots at the top of the list, expired ones said so),
// pages the list 20 at a time (the page survives Back), and creates a tender with a buyer, a
// deadline read from the pasted text, a budget and a place; its page keeps the paragraphs.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { TENDER_TEXT_SET } from '../../procurement/testing/tenderTextSet.js';
import { type Language, MESSAGES, type MessageKey } from '../../web/src/i18n/messages.js';
import { type BrowserWorld, screenshot, startBrowserWorld } from './browserFixture.js';
import { pickPlace } from './placePicker.js';

const NOTICE = examplePath('cn_24_maximal_100_lots.xml');
const TEXTS: Record<'fr' | 'nl', string> = {
  fr: TENDER_TEXT_SET.find((t) => t.id === 'fr-lille-exposition-photo')!.text,
  nl: TENDER_TEXT_SET.find((t) => t.id === 'nl-gent-tentoonstelling')!.text,
};

let world: BrowserWorld;

beforeAll(async () => {
  world = await startBrowserWorld({ members: 80 });
}, 240_000);

afterAll(async () => {
  await world?.close();
});

function say(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The space the new members work from: one with a town and coordinates. */
const ownSpace = () => world.api.dataset.spaces.find((s) => s.lat !== null && s.city)!;

const cards = (page: Page) => page.locator('section[aria-labelledby="tenders-list-title"] ul.card-grid > li');
/** The first card's link (lot titles of the example notice repeat: ids tell pages apart). */
const firstHref = (page: Page) => cards(page).first().locator('h3 a').getAttribute('href');

describe.each([
  ['fr', 1280],
  ['nl', 390],
  ['fr', 390],
  ['nl', 1280],
] as const)('a member with a call for tenders (%s, %i px)', (language, width) => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const m = (key: MessageKey, params?: Record<string, string | number>) => say(language, key, params);

  beforeAll(async () => {
    context = await world.browser.newContext({ viewport: { width, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // The broken notice's 400 is the answer the journey asks for, not a fault.
      const refusedUpload =
        message.location().url.endsWith('/notices') && /status of 400/.test(message.text());
      if (message.type() === 'error' && !refusedUpload) problems.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('signs up as a new member and works from a space', async () => {
    await page.goto(`${world.baseUrl}/signup?lang=${language}`);
    await page.getByLabel(m('auth.name')).fill(`Importeur ${language} ${width}`);
    await page.getByLabel(m('auth.email')).fill(`importer-${language}-${width}@example.org`);
    await page.getByLabel(m('auth.password'), { exact: true }).fill('avis-eforms-2027');
    await page.getByRole('button', { name: m('auth.signUpAction') }).click();
    await page.getByRole('heading', { level: 1, name: m('onboarding.title') }).waitFor();
    await page.getByLabel(m('directory.space'), { exact: true }).selectOption(ownSpace().id);
    await page
      .getByRole('button', { name: m('onboarding.add'), exact: true })
      .last()
      .click();
    await page.getByRole('button', { name: m('onboarding.save') }).click();
    await page.getByText(m('onboarding.saved')).waitFor();
  });

  it('is told in its language what is wrong with a broken notice', async () => {
    await page.goto(`${world.baseUrl}/tenders`);
    await page.getByLabel(m('notice.file')).setInputFiles(examplePath('INVALID_cn_24_empty.xml'));
    await page.getByRole('button', { name: m('notice.import') }).click();
    const alert = page.getByRole('alert').filter({ hasText: m('notice.refused') });
    await alert.waitFor();
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).not.toMatch(/missing or empty|is not a/);
  });

  it('imports the 100-lot notice through the upload, with progress', async () => {
    await page.getByLabel(m('notice.file')).setInputFiles(NOTICE);
    // A slow uplink (1 MB/s, as on a phone): the upload shows its progress between 1 and 99 %.
    const network = await context.newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 1_000_000,
    });
    await page.getByRole('button', { name: m('notice.import') }).click();
    const [before, after] = m('notice.uploading', { percent: '§' }).split('§') as [string, string];
    await page
      .getByText(new RegExp(`^${escapeRegExp(before)}[1-9]\\d?${escapeRegExp(after)}`))
      .first()
      .waitFor();
    await page.getByText(m('notice.importing')).waitFor({ timeout: 60_000 });
    const done = page.getByText(m('notice.lotCount_other', { count: 100 }));
    await done.waitFor({ timeout: 60_000 });
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByText(m('notice.expiredLots_other', { count: 100 })).waitFor();
    // Every lot of this 2023 notice is past its deadline: the list says it in words (the first
    // cards may be tenders created by the journeys before this one).
    await expect.poll(() => cards(page).count()).toBe(20);
    expect(await cards(page).getByText(m('tenders.expired')).count()).toBeGreaterThanOrEqual(16);
    await screenshot(page, `tenders-import-${language}-${width}`);
  });

  it('pages the list 20 at a time, and Back returns to the same page', async () => {
    const firstOfPage1 = await firstHref(page);
    await page.getByRole('button', { name: m('directory.next') }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => firstHref(page)).not.toBe(firstOfPage1);
    expect(await cards(page).count()).toBe(20);
    const firstOfPage2 = await firstHref(page);
    await cards(page).first().locator('h3 a').click();
    await page.waitForURL(/\/tenders\/tdr/);
    await page.goBack();
    await page.waitForURL(/page=2/);
    await expect.poll(() => firstHref(page)).toBe(firstOfPage2);
    await page.getByRole('button', { name: m('directory.previous') }).click();
    await expect.poll(() => firstHref(page)).toBe(firstOfPage1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });

  it('creates a tender with buyer, deadline from the text, budget and place', async () => {
    const title = `Exposition ${language} ${width}`;
    await page.getByLabel(m('tenders.title'), { exact: true }).fill(title);
    await page.getByLabel(m('tenders.buyer'), { exact: true }).fill('Ville de Lille');
    await page.getByLabel(m('tenders.description'), { exact: true }).fill(TEXTS[language]);
    await page.getByRole('button', { name: m('tenders.extract') }).click();
    const deadline = page.getByLabel(m('tenders.deadline'), { exact: true });
    await expect.poll(() => deadline.inputValue()).toBe('2027-03-15');
    await page.locator('section[aria-labelledby="skill-candidates-title"] li button').first().click();
    await page.getByLabel(m('tenders.budget'), { exact: true }).fill('45000');
    // The author's own space is the default place; without a place the form asks for one (or
    // "whole network") instead of searching everywhere.
    const space = ownSpace();
    const place = page.getByRole('combobox', { name: m('tenders.place'), exact: true });
    expect(await place.inputValue()).toBe(`${space.name} — ${space.city}`);
    await place.fill('');
    await place.blur();
    await page.getByRole('button', { name: m('tenders.create') }).click();
    await page.getByText(m('tenders.placeRequired')).waitFor();
    // A space of the network on the desktop, a typed town on the phone: the picker takes both.
    const town = width === 390;
    if (town)
      await pickPlace(page, m('tenders.place'), space.city!, new RegExp(`^${escapeRegExp(space.city!)},`));
    else await pickPlace(page, m('tenders.place'), space.name, new RegExp(`^${escapeRegExp(space.name)}`));
    await screenshot(page, `tenders-form-${language}-${width}`);
    await page.getByRole('button', { name: m('tenders.create') }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const facts = page.locator('dl.tender-facts');
    await facts.getByText('Ville de Lille').waitFor();
    await facts.getByText(town ? space.city! : `${space.name} (${space.city})`, { exact: true }).waitFor();
    const expected = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(
      new Date('2027-03-15T23:59:00'),
    );
    await facts.getByText(expected).waitFor();
    expect(await page.locator('.tender-description p').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.tender-description br').count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, `tender-page-${language}-${width}`);
    expect(problems).toEqual([]);
  });
});
