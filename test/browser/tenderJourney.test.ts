// The member with a tender, from NEW empty accounts and through the UI only, in French and in
// Dutch at 1280 px and at 390 px (the whole journey in fr@1280 and nl@390, its first half in
// fr@390 and nl@1280): two newcomers sign up and say they practise a skill nobody
// else in the network holds at that level; a third signs up, pastes a tender text, confirms the
// skills it names and asks for teams. Asking for three such people gives a partial team that
// says what is missing and which lower level would cover it; the tender is changed on its page
// and run again; a bid is led after reviewing the invitations and writing a message; the newcomer
// invited reads the message and declines on
// their suggestions page and the lead invites the other one as a replacement. No page shows an
// English explanation.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { extractSkills } from '../../procurement/index.js';
import { type Language, MESSAGES, type MessageKey } from '../../web/src/i18n/messages.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { type BrowserWorld, screenshot, startBrowserWorld } from './browserFixture.js';

/** Sentences the team explanations used to show in English whatever the page's language. */
const ENGLISH =
  /\b(fills|required|Communication cost|lower is better|Replaces|everyone else stays|Team of|Partial team|of practice|from the tender|open bids?|Nobody covers|would find enough)\b/;

const PASSWORD = 'argile-et-four-2026';
const MESSAGE = 'Dépôt le 15 mars — on se voit jeudi ?';

let world: BrowserWorld;
let workers: WorkerPool;

function say(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

const counted = (m: MemberRecord) => m.privacy.suggestForBids && m.privacy.visibility === 'network';

/**
 * Two skills for a run: `rare`, which no seeded member holds (itself or a narrower skill) at
 * level 3 or more but some consenting member holds lower, and `common`, held at level 3 or more
 * by many; both found in a text by their label in `language`.
 */
function skillsFor(language: Language, taken: Set<string>) {
  const { taxonomy } = world.api.services;
  const members = world.api.dataset.members;
  const best = (skill: string, who: readonly MemberRecord[]) => {
    const family = new Set(taxonomy.selfAndDescendants(skill));
    return Math.max(
      0,
      ...who.flatMap((m) => m.skills.filter((s) => family.has(s.skill)).map((s) => s.level)),
    );
  };
  const findable = (skill: string) =>
    extractSkills(`Nous cherchons : ${taxonomy.label(skill, language)}.`, taxonomy).some(
      (s) => s.id === skill,
    );
  const ids = loadReferenceData().skills.map((s) => s.id);
  const consenting = members.filter(counted);
  const rare = ids.find(
    (id) =>
      !taken.has(id) &&
      best(id, members) < 3 &&
      best(id, consenting) >= 1 &&
      taxonomy.selfAndDescendants(id).length === 1 &&
      findable(id),
  );
  const holders = new Map<string, number>();
  for (const m of consenting)
    for (const s of m.skills) if (s.level >= 3) holders.set(s.skill, (holders.get(s.skill) ?? 0) + 1);
  const common = [...holders]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id)
    .find((id) => !taken.has(id) && id !== rare && findable(id));
  if (!rare || !common) throw new Error(`no rare or common skill for ${language} in the seeded network`);
  taken.add(rare);
  taken.add(common);
  return { rare, common, rareSeedLevel: best(rare, consenting) };
}

async function englishFree(page: Page): Promise<void> {
  const text = await page.locator('main').textContent();
  expect(text).not.toMatch(ENGLISH);
}

beforeAll(async () => {
  world = await startBrowserWorld({ members: 300 });
  const { graph, events, taxonomy } = world.api.services;
  workers = await world.api.services.jobs.startWorkers(
    bindProcessors(buildProcessorDeps({ graph, events, taxonomy })),
    { events },
  );
}, 90_000);

afterAll(async () => {
  await workers?.close({ drain: true });
  await world?.close();
});

/**
 * Both languages at both widths: the whole journey in fr@1280 and nl@390; its first half (the
 * sign-ups, the tender, the partial team: where a phone and a desktop differ) in fr@390 and nl@1280.
 */
const RUNS = [
  { language: 'fr' as const, width: 1280, height: 900, full: true },
  { language: 'nl' as const, width: 390, height: 844, full: true },
  { language: 'fr' as const, width: 390, height: 844, full: false },
  { language: 'nl' as const, width: 1280, height: 900, full: false },
];
const taken = new Set<string>();

describe.each(RUNS)(
  'a tender from new accounts, in $language at $width px',
  ({ language, width, height, full }) => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => say(language, key, params);
    const contexts: BrowserContext[] = [];
    const title = `${language === 'fr' ? 'Scénographie du musée' : 'Scenografie van het museum'} (${width})`;
    const newcomers = [
      {
        name: `Nora ${language.toUpperCase()} ${width} Lambert`,
        email: `nora.${language}.${width}@journey.test`,
      },
      {
        name: `Sami ${language.toUpperCase()} ${width} Peeters`,
        email: `sami.${language}.${width}@journey.test`,
      },
    ];
    let skills: ReturnType<typeof skillsFor>;
    let label: (id: string) => string;
    let lead: Page;
    let pages: Page[];

    async function signUp(name: string, email: string): Promise<Page> {
      const context = await world.browser.newContext({ viewport: { width, height } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${world.baseUrl}/signup?lang=${language}`);
      await page.getByLabel(t('auth.name')).fill(name);
      await page.getByLabel(t('auth.email')).fill(email);
      await page.getByLabel(t('auth.password')).fill(PASSWORD);
      await page.getByRole('button', { name: t('auth.signUpAction') }).click();
      await page.getByRole('heading', { level: 1, name: t('onboarding.title') }).waitFor();
      return page;
    }

    beforeAll(async () => {
      skills = skillsFor(language, taken);
      label = (id) => world.api.services.taxonomy.label(id, language);
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
    });

    it('two newcomers sign up and say they practise the rare skill at level 5, open to bids', async () => {
      pages = [];
      for (const { name, email } of newcomers) {
        const page = await signUp(name, email);
        const box = page.getByLabel(t('onboarding.skillSearch'));
        await box.fill(label(skills.rare));
        await box.press('Enter');
        await page.getByLabel(t('onboarding.levelOf', { name: label(skills.rare) })).selectOption('5');
        await page.getByRole('radio', { name: t('privacy.network') }).check();
        await page.getByRole('checkbox', { name: t('consent.bids') }).check();
        await page.getByRole('button', { name: t('onboarding.save') }).click();
        await page.getByText(t('onboarding.saved')).waitFor();
        pages.push(page);
      }
    });

    it('a third signs up, pastes a tender text and confirms the skills found in it', async () => {
      lead = await signUp(
        `Lea ${language.toUpperCase()} ${width} Martens`,
        `lea.${language}.${width}@journey.test`,
      );
      await lead.goto(`${world.baseUrl}/tenders`);
      await lead.getByRole('heading', { level: 1, name: t('tenders.pageTitle') }).waitFor();
      await lead.getByLabel(t('tenders.title')).fill(title);
      await lead
        .getByLabel(t('tenders.description'), { exact: true })
        .fill(`${label(skills.rare)}\n${label(skills.common)}\n`);
      await lead.getByRole('button', { name: t('tenders.extract') }).click();
      for (const id of [skills.rare, skills.common]) {
        await lead.getByRole('button', { name: t('tenders.confirmSkill', { name: label(id) }) }).click();
      }
      // Three people for the rare skill: only the two newcomers hold it at level 3 or more.
      await lead.getByLabel(t('tenders.countOf', { name: label(skills.rare) })).selectOption('3');
      // No place: the newcomers gave none, so the team is looked for in the whole network.
      await lead.getByRole('checkbox', { name: t('tenders.networkWideChoice') }).check();
      await lead.getByRole('button', { name: t('tenders.create') }).click();
      await lead.getByRole('heading', { level: 1, name: title }).waitFor();
    });

    it('asks for teams: a partial team says what is missing and which level would cover it', async () => {
      await lead.getByRole('button', { name: t('teams.ask') }).click();
      await lead.getByText(t('jobs.completed')).waitFor({ timeout: 30_000 });
      const first = lead.getByRole('article', { name: t('teams.team', { rank: 1 }) });
      await first.waitFor();
      await first.getByText(t('teams.partial')).waitFor();
      for (const { name } of newcomers) await first.getByRole('link', { name }).waitFor();
      const missing = say(language, 'reason.uncovered_one', {
        skill: label(skills.rare),
        minLevel: 3,
        count: 1,
        total: 3,
      });
      expect(await first.textContent()).toContain(missing);
      await first
        .getByRole('button', {
          name: t('teams.applyLevel', { level: skills.rareSeedLevel, skill: label(skills.rare) }),
        })
        .waitFor();
      await englishFree(lead);
      await screenshot(lead, `tender-partial-${language}-${width}`);
    });

    // The second half (re-run, bid, decline, replacement) in the full runs only.
    it.runIf(full)(
      'changes the requirements on the tender page and runs again: a complete team',
      async () => {
        await lead.getByText(t('teams.edit')).click();
        const editor = lead.locator('details');
        await editor.getByLabel(t('tenders.countOf', { name: label(skills.rare) })).selectOption('1');
        await editor.getByRole('button', { name: t('teams.saveAndRun') }).click();
        const first = lead.getByRole('article', { name: t('teams.team', { rank: 1 }) });
        await expect
          .poll(async () => ((await first.textContent()) ?? '').includes(t('teams.partial')), {
            timeout: 30_000,
          })
          .toBe(false);
        await lead.getByText(t('jobs.completed')).waitFor({ timeout: 30_000 });
        await englishFree(lead);
      },
    );

    let invitedIndex = -1;

    it.runIf(full)(
      'leads a bid after reviewing who will be invited; the tender page links to it',
      async () => {
        const first = lead.getByRole('article', { name: t('teams.team', { rank: 1 }) });
        const text = (await first.textContent()) ?? '';
        invitedIndex = newcomers.findIndex((n) => text.includes(n.name));
        expect(invitedIndex).toBeGreaterThanOrEqual(0);
        await first.getByRole('button', { name: t('teams.lead', { rank: 1 }) }).click();
        await first.getByRole('heading', { name: t('teams.reviewTitle') }).waitFor();
        await first.getByLabel(t('teams.message')).fill(MESSAGE);
        // The rare skill's newcomer and a holder of the common skill: two invitations.
        await first.getByRole('button', { name: say(language, 'teams.send_other', { count: 2 }) }).click();
        await lead.getByRole('heading', { level: 1, name: t('bids.title', { title }) }).waitFor();
        const bidUrl = lead.url();
        await lead.getByText(t('invitation.invited'), { exact: true }).first().waitFor();
        await englishFree(lead);
        await lead.getByRole('link', { name: t('bids.tender') }).click();
        await lead.getByRole('heading', { level: 1, name: title }).waitFor();
        const link = lead.getByRole('link', {
          name: t('teams.yourBid', { status: t('bidStatus.inviting') }),
        });
        expect(new URL((await link.getAttribute('href')) ?? '', world.baseUrl).pathname).toBe(
          new URL(bidUrl).pathname,
        );
        await link.click();
        await lead.getByRole('heading', { level: 1, name: t('bids.title', { title }) }).waitFor();
      },
    );

    it.runIf(full)(
      'the invited newcomer declines; the lead invites the other newcomer as the replacement',
      async () => {
        const decliner = pages[invitedIndex]!;
        const other = newcomers[1 - invitedIndex]!;
        await decliner.goto(`${world.baseUrl}/suggestions`);
        await decliner.getByText(MESSAGE).waitFor();
        await decliner.getByRole('button', { name: t('invitations.decline', { title }) }).click();
        await decliner.getByText(t('invitations.none')).waitFor();

        await lead.getByText(t('invitation.declined'), { exact: true }).waitFor({ timeout: 10_000 });
        await lead
          .getByRole('button', { name: t('bids.replace', { name: newcomers[invitedIndex]!.name }) })
          .click();
        const invite = lead.getByRole('button', { name: t('bids.invite', { name: other.name }) });
        await invite.waitFor({ timeout: 30_000 });
        // Each proposed person once, and never someone already in the bid.
        expect(await invite.count()).toBe(1);
        expect(
          await lead
            .getByRole('button', { name: t('bids.invite', { name: newcomers[invitedIndex]!.name }) })
            .count(),
        ).toBe(0);
        await englishFree(lead);
        await screenshot(lead, `bid-replacement-${language}-${width}`);
        await invite.click();
        const row = lead.getByRole('listitem').filter({ hasText: other.name });
        await row.getByText(t('invitation.invited'), { exact: true }).first().waitFor({ timeout: 10_000 });
      },
    );
  },
);
