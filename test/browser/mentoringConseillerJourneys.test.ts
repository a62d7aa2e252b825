// Journeys through the UI only, from new empty accounts, in French and in Dutch at 1280 px and
// at 390 px, on the living demo network (seeded mentor offers and requests). The whole journeys
// run in fr@1280 and nl@390; fr@390 and nl@1280 walk their first half (what differs between
// a phone and a desktop: sign-up, forms, lists, the admin's grant), and en@1280 the newcomer's:
// - a newcomer signs up, consents to mentoring, asks for a mentor (the form marks the field
//   to fix first), finds seeded mentors with reasons in their language, asks one; the mentor
//   accepts, and each then sees the other's e-mail (not before);
// - an admin without a member profile gets a clear page on /me and on a bid, grants the
//   conseiller role in the app; the new conseiller opens the dashboard (one graph opened on
//   demand), invites a member into the filière and runs a mentoring round.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { demoSeedClock } from '../../graph/seed/seedStore.js';
import type { Language } from '../../web/src/i18n/messages.js';
import { type Translator, translator } from '../../web/src/i18n/translate.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { accountFor, TEST_PASSWORD } from '../api/authHelpers.js';
import {
  type BrowserWorld,
  screenshot,
  seriousAccessibilityViolations,
  siteMenuLink,
  startBrowserWorld,
} from './browserFixture.js';

let world: BrowserWorld;
let workers: WorkerPool;
const contexts: BrowserContext[] = [];
const ADMIN_EMAIL = 'admin-journeys@coop.test';

beforeAll(async () => {
  world = await startBrowserWorld({ members: 400, activity: { now: demoSeedClock() } });
  await accountFor(world.api.app, world.api.services, {
    email: ADMIN_EMAIL,
    memberId: null,
    roles: ['admin'],
  });
  const { graph, events, taxonomy } = world.api.services;
  workers = await world.api.services.jobs.startWorkers(
    bindProcessors(buildProcessorDeps({ graph, events, taxonomy })),
    { events },
  );
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await workers?.close({ drain: true });
  await world?.close();
});

async function open(language: Language, width: number): Promise<Page> {
  const context = await world.browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${world.baseUrl}/?lang=${language}`);
  // The choice is remembered once the app has rendered in that language.
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return page;
}

async function signIn(page: Page, t: Translator['t'], email: string, password: string) {
  await page.goto(`${world.baseUrl}/signin`);
  await page.getByLabel(t('auth.email')).fill(email);
  await page.getByLabel(t('auth.password')).fill(password);
  await page
    .getByRole('button', { name: t('auth.signInAction') })
    .last()
    .click();
}

/** Everything on the page except what members typed: no English sentence there. */
async function expectNoEnglish(page: Page) {
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).not.toMatch(
    /\b(Wants to learn|Shared language|level\(s\)|km apart|Past mentees|No shared|in common)\b/,
  );
}

/** `full`: the whole journeys; otherwise their first half (and only the newcomer's when `newcomerOnly`). */
const RUNS: { language: Language; width: number; full: boolean; newcomerOnly?: boolean }[] = [
  { language: 'fr', width: 1280, full: true },
  { language: 'nl', width: 390, full: true },
  { language: 'fr', width: 390, full: false },
  { language: 'nl', width: 1280, full: false },
  { language: 'en', width: 1280, full: false, newcomerOnly: true },
];
const FULL_RUNS = RUNS.filter((run) => run.full);
const mentorsTaken = new Set<string>();

describe.each(RUNS)('in $language at $width px', ({ language, width, full, newcomerOnly }) => {
  /** Accounts of this run (one language runs at two widths). */
  const who = `${language}.${width}`;
  const { t, plural } = translator(language);
  const taxonomy = new Taxonomy(loadReferenceData().skills);
  const names = new Intl.DisplayNames([language], { type: 'language' });

  it('a newcomer asks for a mentor, a seeded mentor accepts, and both see the other’s e-mail', async () => {
    const { activity, members } = world.api.dataset;
    // A mentor of their own per run: one who accepted an earlier run's newcomer may have no place left.
    const offer = activity!.mentorOffers.find(
      (o) => o.languages.includes(language) && o.mode !== 'in_person' && !mentorsTaken.has(o.memberId),
    )!;
    mentorsTaken.add(offer.memberId);
    const skill = offer.skills[0]!;
    const newcomer = {
      name: `Nina ${language.toUpperCase()} ${width} Debutante`,
      email: `nina.${who}@journey.test`,
    };
    const page = await open(language, width);

    // Sign-up and onboarding.
    await page.goto(`${world.baseUrl}/signup`);
    await page.getByLabel(t('auth.name')).fill(newcomer.name);
    await page.getByLabel(t('auth.email')).fill(newcomer.email);
    await page.getByLabel(t('auth.password')).fill('un mot de passe assez long');
    await page.getByRole('button', { name: t('auth.signUpAction') }).click();
    await page.getByRole('heading', { level: 1, name: t('onboarding.title') }).waitFor();
    await page.getByRole('checkbox', { name: t('consent.mentoring') }).check();
    await page.getByRole('button', { name: t('onboarding.save') }).click();
    await page.getByText(t('onboarding.saved')).waitFor();

    // The request: sent without a skill, the skill field is marked; then with one.
    await (await siteMenuLink(page, t('nav.mentoring'))).click();
    await page.getByRole('heading', { level: 2, name: t('mentoring.request') }).waitFor();
    const request = page.getByRole('form', { name: t('mentoring.request') });
    await request.getByRole('checkbox', { name: names.of(language)! }).check();
    await request.getByRole('button', { name: t('mentoring.sendRequest') }).click();
    const skillBox = request.getByRole('combobox', { name: t('mentoring.wantedSkills'), exact: true });
    await expect.poll(() => skillBox.getAttribute('aria-invalid')).toBe('true');
    await request.getByText(t('mentoringForm.skillsProblem')).waitFor();
    await skillBox.fill(taxonomy.label(skill, language));
    await skillBox.press('Enter');
    await request.getByRole('button', { name: t('mentoring.sendRequest') }).click();
    await request.getByText(t('mentoring.requestSaved')).waitFor();

    // Seeded mentors, with reasons in the reader's language and free places properly counted.
    const mentors = page.getByRole('region', { name: t('mentoring.topMentors') });
    const first = mentors.locator('li.card').first();
    await first.waitFor();
    expect(await page.getByText(t('mentoring.noMentors')).count()).toBe(0);
    expect(await first.textContent()).toMatch(
      new RegExp(
        plural('mentoring.places', 1)
          .replace('1', '\\d+')
          .replace(/_one|_other/, ''),
      ),
    );
    if (language !== 'en') await expectNoEnglish(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `journey-mentoring-${language}-${width}`);
    // The first half ends here: asking, accepting and the e-mails are walked by the full runs.
    if (!full) return;
    const mentorName = ((await first.locator('h3').textContent()) ?? '').trim();
    const mentor = members.find(
      (m) => m.name === mentorName && activity!.mentorOffers.some((o) => o.memberId === m.id),
    )!;
    expect(mentor).toBeDefined();
    await first.getByRole('button', { name: t('mentoring.ask', { name: mentorName }) }).click();
    const mine = page.getByRole('region', { name: t('mentoring.mentorships') });
    await mine.getByText(t('mentoring.asMentee', { name: mentorName })).waitFor();
    expect(await mine.getByRole('link', { name: mentor.email }).count()).toBe(0);

    // The mentor (a seeded member given a login) accepts.
    const mentorEmail = `mentor.${who}@journey.test`;
    await accountFor(world.api.app, world.api.services, {
      email: mentorEmail,
      memberId: mentor.id,
      roles: ['member'],
    });
    const mentorPage = await open(language, width);
    await signIn(mentorPage, t, mentorEmail, TEST_PASSWORD);
    await (await siteMenuLink(mentorPage, t('nav.mentoring'))).click();
    await mentorPage.getByRole('button', { name: t('mentoring.accept', { name: newcomer.name }) }).click();
    await mentorPage.getByRole('link', { name: newcomer.email }).waitFor();
    await mentorPage.getByText(t('mentoring.contact', { name: newcomer.name })).waitFor();

    await page.reload();
    await page
      .getByRole('region', { name: t('mentoring.mentorships') })
      .getByRole('link', { name: mentor.email })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 180_000);

  it.skipIf(newcomerOnly)(
    'an admin grants the conseiller role; the conseiller opens a graph, invites a member, runs a round',
    async () => {
      const { activity, filieres } = world.api.dataset;
      // A filière with many open requests, so the round has mentees to match (one per run).
      const counts = new Map<string, number>();
      for (const r of activity!.mentorRequests) {
        if (r.filiere) counts.set(r.filiere, (counts.get(r.filiere) ?? 0) + 1);
      }
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      // A filière per full run (each round has its own mentees); the first halves share the first one.
      const rank = Math.max(
        0,
        FULL_RUNS.findIndex((r) => r.language === language && r.width === width),
      );
      const filiere = filieres.find((f) => f.id === ranked[rank]![0])!;
      const label = filiere.labels[language];
      const conseiller = {
        name: `Conseil ${language.toUpperCase()} ${width} Lefebvre`,
        email: `conseil.${who}@journey.test`,
      };

      const page = await open(language, width);
      await page.goto(`${world.baseUrl}/signup`);
      await page.getByLabel(t('auth.name')).fill(conseiller.name);
      await page.getByLabel(t('auth.email')).fill(conseiller.email);
      await page.getByLabel(t('auth.password')).fill('un mot de passe assez long');
      await page.getByRole('button', { name: t('auth.signUpAction') }).click();
      await page.getByRole('heading', { level: 1, name: t('onboarding.title') }).waitFor();
      expect(await page.getByRole('link', { name: t('nav.conseiller') }).count()).toBe(0);

      // The admin, who has no member profile: clear pages instead of a spinner or a sign-in link.
      const admin = await open(language, width);
      await signIn(admin, t, ADMIN_EMAIL, TEST_PASSWORD);
      await (await siteMenuLink(admin, t('nav.admin'))).waitFor();
      await admin.goto(`${world.baseUrl}/me`);
      await admin.getByText(t('noProfile.explanation')).waitFor();
      const bid = activity!.bids[0]!;
      await admin.goto(`${world.baseUrl}/bids/${bid.id}`);
      await admin.getByText(t('noProfile.explanation')).waitFor();
      expect(await admin.getByText(t('signIn.needed')).count()).toBe(0);

      // The admin grants the role in the app.
      await admin.getByRole('link', { name: t('noProfile.toAdmin') }).click();
      await admin.getByRole('heading', { level: 1, name: t('admin.title') }).waitFor();
      await admin.getByLabel(t('admin.search')).fill(`conseil.${who}@`);
      await admin.getByText(plural('admin.accountCount', 1)).waitFor();
      await admin.getByRole('button', { name: t('admin.editRoles', { email: conseiller.email }) }).click();
      const form = admin.getByRole('form', { name: t('admin.rolesOf', { email: conseiller.email }) });
      await form.getByRole('checkbox', { name: t('admin.role.conseiller') }).check();
      await form.getByRole('checkbox', { name: label, exact: true }).check();
      expect(await seriousAccessibilityViolations(admin)).toEqual([]);
      await form.getByRole('button', { name: t('admin.saveRoles', { email: conseiller.email }) }).click();
      await form.getByText(t('admin.rolesSaved', { email: conseiller.email })).waitFor();

      // The conseiller's dashboard: no graph until one is opened.
      await page.reload();
      const started = Date.now();
      await (await siteMenuLink(page, t('nav.conseiller'))).click();
      const openGraph = page.getByRole('button', { name: t('conseiller.openGraph', { name: label }) });
      await openGraph.waitFor();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await page.locator('canvas').count()).toBe(0);
      await openGraph.click();
      await page.getByRole('heading', { level: 4, name: t('conseiller.graph', { name: label }) }).waitFor();
      await page.getByRole('button', { name: t('conseiller.closeGraph', { name: label }) }).click();
      // The first half ends here: members to invite and the round are walked by the full runs.
      if (!full) return;

      // Members to invite, then one added to the filière.
      await page.getByRole('button', { name: t('conseiller.findMembers', { name: label }) }).click();
      const add = page.getByRole('button', {
        name: new RegExp(`^${escapeRegExp(t('conseiller.add', { name: '§' })).replace('§', '(.+)')}$`),
      });
      await add.first().waitFor({ timeout: 60_000 });
      const invited = ((await add.first().textContent()) ?? '').trim();
      await add.first().click();
      await expect
        .poll(() => page.getByRole('button', { name: invited, exact: true }).count(), { timeout: 10_000 })
        .toBe(0);
      await expectNoEnglish(page);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `journey-conseiller-${language}-${width}`);

      // A mentoring round over the filière.
      await page.getByRole('link', { name: t('conseiller.mentoringRounds') }).click();
      await page.getByRole('button', { name: t('round.start') }).click();
      await page.getByText(t('jobs.completed')).waitFor({ timeout: 60_000 });
      const pairs = page.getByRole('table', { name: t('round.pairs') });
      const unmatched = page.getByRole('table', { name: t('round.unmatched') });
      await pairs.or(unmatched).first().waitFor();
      const summary = (await page.getByRole('status').filter({ hasText: '·' }).textContent()) ?? '';
      expect(summary).toContain(plural('round.passCount', 1));
      if ((await pairs.count()) === 0) expect(await page.getByText(t('round.noUnmatched')).count()).toBe(0);
      await expectNoEnglish(page);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    240_000,
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
