// The conseiller's mentoring round in the browser on a seeded network: mentors offer and
// newcomers ask through GraphQL, the conseiller opens the round screen from the dashboard,
// starts a round and follows its job live, reads the proposed pair with its score, reasons and
// both answers, and the mentees left without a mentor with their reason, then runs the next pass.
// Every state of the screen passes axe-core.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { SkillAffinity } from '../../workers/matching/mentorAssignment/index.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { gql } from '../api/apiFixture.js';
import { accountFor, bearer, TEST_PASSWORD } from '../api/authHelpers.js';
import {
  type BrowserWorld,
  screenshot,
  seriousAccessibilityViolations,
  startBrowserWorld,
} from './browserFixture.js';

const CONSEILLER_EMAIL = 'conseiller-round@product.test';

let world: BrowserWorld;
let workers: WorkerPool;
let context: BrowserContext;
let page: Page;
let mentor: MemberRecord;
let matchable: MemberRecord[];

async function ok(email: string, member: MemberRecord, query: string, input: Record<string, unknown>) {
  const token = await accountFor(world.api.app, world.api.services, {
    email,
    memberId: member.id,
    roles: ['member'],
  });
  const res = await gql(world.api.app, query, { input }, bearer(token));
  expect(res.errors).toBeUndefined();
}

const OFFER = 'mutation($input: MentorOfferInput!) { offerMentoring(input: $input) { status } }';
const REQUEST = 'mutation($input: MentorRequestInput!) { requestMentor(input: $input) { status } }';

beforeAll(async () => {
  world = await startBrowserWorld({ members: 120 });
  const { graph, events, taxonomy } = world.api.services;
  workers = await world.api.services.jobs.startWorkers(
    bindProcessors(buildProcessorDeps({ graph, events, taxonomy })),
    { events },
  );
  const filiere = world.api.dataset.filieres[0]!.id;
  const conseillerMember = world.api.dataset.members[1]!;
  const consenting = world.api.dataset.members.filter(
    (m) =>
      m.privacy.suggestForMentoring && m.privacy.visibility === 'network' && m.id !== conseillerMember.id,
  );
  mentor = consenting.find((m) => m.skills.some((s) => s.level >= 4))!;
  const taught = mentor.skills.find((s) => s.level >= 4)!.skill;
  const affinity = new SkillAffinity(taxonomy);
  const untaught = loadReferenceData().skills.find((s) => affinity.match(s.id, taught) === null)!.id;
  const mentees = consenting.filter((m) => m.id !== mentor.id).slice(0, 3);
  matchable = mentees.slice(0, 2);

  // One place for two mentees who want the mentor's skill, and a third wants a skill nobody teaches.
  await ok(`${mentor.id}@round.test`, mentor, OFFER, {
    skills: [taught],
    capacity: 1,
    languages: ['fr'],
    mode: 'EITHER',
  });
  for (const [i, mentee] of mentees.entries()) {
    await ok(`${mentee.id}@round.test`, mentee, REQUEST, {
      skills: [i < 2 ? taught : untaught],
      languages: ['fr'],
      mode: 'EITHER',
      filiere,
      goals: 'Apprendre le métier',
    });
  }

  await accountFor(world.api.app, world.api.services, {
    email: CONSEILLER_EMAIL,
    memberId: conseillerMember.id,
    roles: ['member', 'conseiller'],
    scopeFilieres: [filiere],
  });
  context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${world.baseUrl}/signin`);
  await page.getByLabel('Adresse e-mail').fill(CONSEILLER_EMAIL);
  await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await page.getByRole('link', { name: 'Tableau de bord conseiller' }).waitFor();
}, 90_000);

afterAll(async () => {
  await context?.close();
  await workers?.close({ drain: true });
  await world?.close();
});

describe('mentoring round', () => {
  it('opens from the dashboard, starts a round and follows it live; pairs and unmatched reasons', async () => {
    await page.getByRole('link', { name: 'Tableau de bord conseiller' }).click();
    await page.getByRole('link', { name: 'Tours de mentorat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tours de mentorat' }).waitFor();
    await page.getByText('Aucun tour lancé pour l’instant.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lancer un tour de mentorat' }).click();
    await page.getByText('Calcul terminé.').waitFor({ timeout: 30_000 });
    const pairs = page.getByRole('table', { name: 'Paires proposées' });
    await pairs.waitFor();
    const rows = pairs.getByRole('row').filter({ has: page.getByRole('cell') });
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.getByRole('rowheader').textContent()).toBe(mentor.name);
    const menteeName = (await row.getByRole('cell').first().textContent()) ?? '';
    expect(matchable.map((m) => m.name)).toContain(menteeName);
    expect(await row.getByRole('cell').nth(1).textContent()).toMatch(/^\d+([,.]\d+)?$/);
    const reasons = row
      .getByRole('list', { name: `Pourquoi ${mentor.name} et ${menteeName}` })
      .getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThan(0);
    // The reasons are French sentences with skill labels, never English nor slugs.
    const reasonText = (await reasons.allTextContents()).join('\n');
    expect(reasonText).toMatch(/Langue en commun : français/);
    expect(reasonText).not.toMatch(/Wants|Shared language|level\(s\)|km apart/);
    expect(await row.getByText('en attente', { exact: true }).count()).toBe(2);

    const unmatched = page.getByRole('table', { name: 'Mentorés sans proposition' });
    await unmatched.getByText('Personne ne transmet cette compétence').waitFor();
    await unmatched.getByText('Plus de place chez les mentors possibles').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'mentoring-round');
  });

  it('runs the next pass and shows the round again', async () => {
    await page.getByRole('button', { name: 'Passe suivante' }).click();
    await page
      .getByText(/^2 passes · 1 paire proposée · 2 mentorés sans proposition$/)
      .waitFor({ timeout: 30_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
