// Product journeys in the browser on a seeded network: a member creates a tender (skills found
// in the pasted description and confirmed, a place and a radius), asks for teams and follows
// the job live, reads each member's explanation and the cost breakdown, leads a bid; an invited
// member sees the invitation live on their suggestions page and declines it, and the lead's bid
// page shows it without reloading and finds a replacement. Mentoring forms; a conseiller's
// dashboard (growth chart, members to invite, proposed filières). Every screen passes axe-core.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { haversineKm } from '../../domain/geo.js';
import { examplePath } from '../../procurement/testing/sharedData.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import { buildProcessorDeps } from '../../workers/processorDependencies.js';
import { bindProcessors } from '../../workers/processorMap.js';
import { accountFor, TEST_PASSWORD } from '../api/authHelpers.js';
import {
  type BrowserWorld,
  screenshot,
  seriousAccessibilityViolations,
  startBrowserWorld,
} from './browserFixture.js';
import { pickPlace } from './placePicker.js';

const RADIUS_KM = 300;
const TITLE = 'Aménagement de la médiathèque';

let world: BrowserWorld;
let workers: WorkerPool;
let leadContext: BrowserContext;
let lead: Page;
let leadMember: MemberRecord;
let skills: string[];
let spaceName: string;
let bidUrl = '';

/** Consenting, visible members' skills at level ≥ 3 near a point, most common first. */
function commonSkills(members: readonly MemberRecord[], center: { lat: number; lon: number }): string[] {
  const counts = new Map<string, number>();
  for (const m of members) {
    if (m.lat === null || m.lon === null || !m.privacy.suggestForBids || m.privacy.visibility !== 'network')
      continue;
    if (haversineKm(center, { lat: m.lat, lon: m.lon }) > RADIUS_KM) continue;
    for (const s of m.skills) if (s.level >= 3) counts.set(s.skill, (counts.get(s.skill) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([skill]) => skill);
}

async function signIn(page: Page, email: string, landmark = 'Mes suggestions'): Promise<void> {
  await page.goto(`${world.baseUrl}/signin`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await page.getByRole('link', { name: landmark }).waitFor();
}

async function memberPage(member: MemberRecord): Promise<{ context: BrowserContext; page: Page }> {
  const email = `${member.id}@product.test`;
  await accountFor(world.api.app, world.api.services, { email, memberId: member.id, roles: ['member'] });
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

beforeAll(async () => {
  world = await startBrowserWorld({ members: 300 });
  const { graph, events, taxonomy } = world.api.services;
  workers = await world.api.services.jobs.startWorkers(
    bindProcessors(buildProcessorDeps({ graph, events, taxonomy })),
    { events },
  );
  const space = world.api.dataset.spaces.find((s) => s.lat !== null && s.lon !== null)!;
  spaceName = space.name;
  skills = commonSkills(world.api.dataset.members, { lat: space.lat!, lon: space.lon! }).slice(0, 2);
  leadMember = world.api.dataset.members.find((m) => m.privacy.visibility === 'network')!;
  ({ context: leadContext, page: lead } = await memberPage(leadMember));
}, 60_000);

afterAll(async () => {
  await leadContext?.close();
  await workers?.close({ drain: true });
  await world?.close();
});

describe('tenders and joint bids', () => {
  it('creates a tender from a pasted description: skills found, confirmed, placed', async () => {
    const { taxonomy } = world.api.services;
    const labels = skills.map((slug) => taxonomy.label(slug, 'fr'));
    await lead.goto(`${world.baseUrl}/tenders`);
    await lead.getByRole('heading', { level: 1, name: 'Appels d’offres et candidatures' }).waitFor();
    await lead.getByLabel('Titre').fill(TITLE);
    await lead
      .getByLabel('Description', { exact: true })
      .fill(`La ville cherche ${labels.join(' et ')} pour le mobilier de sa médiathèque.`);
    await lead.getByRole('button', { name: 'Trouver les compétences dans le texte' }).click();
    for (const label of labels) await lead.getByRole('button', { name: `Confirmer ${label}` }).click();
    const requirements = lead.getByRole('list', { name: 'Compétences demandées' });
    for (const label of labels) await requirements.getByText(label, { exact: true }).waitFor();
    await pickPlace(
      lead,
      'Lieu',
      spaceName,
      new RegExp(`^${spaceName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await lead.getByLabel('Rayon').selectOption(String(RADIUS_KM));
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
    await screenshot(lead, 'tender-form');
    await lead.getByRole('button', { name: 'Créer l’appel d’offres' }).click();
    await lead.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const stored = await world.api.services.graph.read<{ n: number }>(
      'MATCH (t:Tender {title: $title}) RETURN count(t) AS n',
      { title: TITLE },
    );
    expect(Number(stored[0]?.n)).toBe(1);
  });

  it('asks for teams, follows the job live and explains each member and the cost', async () => {
    await lead.getByRole('button', { name: 'Proposer des équipes' }).click();
    await lead.getByText('Calcul terminé.').waitFor({ timeout: 30_000 });
    await lead.getByRole('heading', { level: 3, name: 'Équipe 1' }).waitFor();
    const firstTeam = lead.getByRole('article', { name: 'Équipe 1' });
    const reasons = firstTeam.getByRole('list', { name: 'Pourquoi chacun' }).getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThanOrEqual(2);
    expect(await reasons.first().textContent()).toMatch(/couvre .+ : niveau \d, 3 demandé/);
    const graph = firstTeam.getByRole('img', { name: /^Graphe de l’équipe 1 : \d+ membres/ });
    const members = await firstTeam
      .getByRole('list', { name: 'Membres de l’équipe', exact: true })
      .getByRole('listitem')
      .count();
    expect(await graph.locator('[data-team-graph-node]').count()).toBe(members);
    // Every name label lies inside the drawing: none is clipped at its edge.
    const drawing = (await graph.boundingBox())!;
    for (const label of await graph.locator('[data-team-graph-node] text').all()) {
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(drawing.x - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(drawing.x + drawing.width + 0.5);
    }
    const pairs = firstTeam.getByRole('list', { name: 'Liens entre les membres de l’équipe 1' });
    expect(await pairs.getByRole('listitem').count()).toBe((members * (members - 1)) / 2);
    expect(await firstTeam.textContent()).toMatch(
      /Coût de l’équipe :\s*Coût de communication \d+ sur \d+ paires/,
    );
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
    await screenshot(lead, 'tender-teams');
  });

  it('leads a bid from the first team after reviewing the invitations: everyone invited', async () => {
    await lead.getByRole('button', { name: 'Porter une candidature avec l’équipe 1' }).click();
    await lead.getByRole('heading', { name: 'Avant d’envoyer : ces personnes seront invitées' }).waitFor();
    await lead.getByRole('button', { name: /^Envoyer \d+ invitations?$/ }).click();
    await lead.getByRole('heading', { level: 1, name: `Candidature : ${TITLE}` }).waitFor();
    bidUrl = lead.url();
    expect(await lead.getByText('invité', { exact: true }).count()).toBeGreaterThanOrEqual(2);
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
  });

  it('an invited member declines on their suggestions page; the lead sees it live', async () => {
    const bidId = decodeURIComponent(bidUrl.split('/').pop() ?? '');
    const team = await world.api.services.graph.read<{ member: string }>(
      "MATCH (m:Member)-[r:IN_BID]->(b:Bid {id: $bidId}) WHERE r.role <> 'lead' RETURN m.id AS member",
      { bidId },
    );
    const invitee = world.api.dataset.members.find((m) => m.id === team[0]?.member)!;
    const { context, page } = await memberPage(invitee);
    try {
      await page.goto(`${world.baseUrl}/suggestions`);
      const decline = page.getByRole('button', { name: `Refuser l’invitation pour ${TITLE}` });
      await decline.waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await decline.click();
      await page.getByText('Aucune invitation en attente.').waitFor();
      // The lead's page was not reloaded: bidUpdated brought the change.
      await lead.getByText('a refusé', { exact: true }).waitFor({ timeout: 10_000 });
    } finally {
      await context.close();
    }
  });

  it('the lead asks for a replacement, the others staying, and invites the proposed member', async () => {
    const invitedBefore = await lead.getByText('invité', { exact: true }).count();
    await lead.getByRole('button', { name: /^Trouver qui remplace / }).click();
    await lead.getByRole('heading', { level: 2, name: 'Remplaçants proposés' }).waitFor({ timeout: 30_000 });
    await lead.getByRole('heading', { level: 3, name: /^Pour remplacer / }).waitFor();
    await lead.getByText('Calcul terminé.').waitFor({ timeout: 30_000 });
    await lead
      .getByRole('button', { name: /^Inviter / })
      .first()
      .waitFor({ timeout: 10_000 });
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
    await screenshot(lead, 'bid-replacement');
    await lead
      .getByRole('button', { name: /^Inviter / })
      .first()
      .click();
    await expect.poll(() => lead.getByText('invité', { exact: true }).count()).toBe(invitedBefore + 1);
  });
});

describe('my suggestions, live', () => {
  it('recomputes people to meet, shows them as the job stores them, dismisses one and undoes it, then for good', async () => {
    await lead.goto(`${world.baseUrl}/suggestions`);
    await lead.getByRole('heading', { level: 2, name: 'Personnes à rencontrer' }).waitFor();
    await lead.getByRole('button', { name: 'Recalculer mes suggestions' }).click();
    // No reload: the mySuggestions event refreshes the list.
    const dismissButtons = lead.getByRole('button', { name: /^Ne plus me proposer / });
    await dismissButtons.first().waitFor({ timeout: 30_000 });
    const name = (await dismissButtons.first().textContent())?.replace('Ne plus me proposer ', '') ?? '';
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
    const dismissOne = lead.getByRole('button', { name: `Ne plus me proposer ${name}`, exact: true });
    await dismissOne.click();
    await expect.poll(() => dismissOne.count()).toBe(0);
    // Undo: the person comes back, in the reader's language all along.
    const setAside = lead.getByRole('status').filter({ hasText: `${name} ne vous sera plus proposé·e.` });
    await setAside.getByRole('button', { name: 'Annuler' }).click();
    await dismissOne.waitFor();
    await expect.poll(() => setAside.count()).toBe(0);
    expect(await lead.locator('section[aria-labelledby="peers-title"] [lang="en"]').count()).toBe(0);
    // Dismissed again, and this time left so.
    await dismissOne.click();
    await expect.poll(() => dismissOne.count()).toBe(0);
  });
});

describe('notice import', () => {
  it('imports an eForms file: each lot with its deadline, place and the skills found with their reason', async () => {
    await lead.goto(`${world.baseUrl}/tenders`);
    await lead
      .getByLabel('Ou choisissez le fichier XML')
      .setInputFiles(examplePath('cn_24_FRA_comments.xml'));
    await lead.getByText(/^Fichier choisi : cn_24_FRA_comments\.xml/).waitFor();
    await lead.getByRole('button', { name: 'Importer l’avis' }).click();
    await lead.getByText(/^Avis « .+ » importé : un appel d’offres par lot\. 2 lots importés\.$/).waitFor();
    // The lots come first in the list of tenders, newest first.
    const lots = lead.locator('section[aria-labelledby="tenders-list-title"] ul.card-grid > li');
    await expect.poll(() => lots.count()).toBeGreaterThanOrEqual(2);
    const first = lots.first();
    expect(await first.getByText('Date limite', { exact: true }).count()).toBe(1);
    expect(await first.getByText('Lieu', { exact: true }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(lead)).toEqual([]);
    await screenshot(lead, 'notice-import');
    await first.locator('h3 a').click();
    const reasons = lead.getByRole('list', { name: /^Compétences trouvées pour / }).getByRole('listitem');
    await reasons.first().waitFor();
    expect(await reasons.first().textContent()).toMatch(/trouvée dans « .+ »|classification CPV/);
    await lead.goBack();
    await lead
      .getByLabel('Ou choisissez le fichier XML')
      .setInputFiles(examplePath('cn_24_FRA_comments.xml'));
    await lead.getByRole('button', { name: 'Importer l’avis' }).click();
    await lead.getByText(/^Cet avis avait déjà été importé : rien n’a changé\./).waitFor();
  });
});

describe('mentoring', () => {
  it('a mentor offers, a newcomer asks for a mentor, sees why this one and asks; the mentor accepts', async () => {
    const consenting = world.api.dataset.members.filter(
      (m) => m.privacy.suggestForMentoring && m.privacy.visibility === 'network' && m.id !== leadMember.id,
    );
    const mentor = consenting.find((m) => m.skills.some((s) => s.level >= 4))!;
    const newcomer = consenting.find((m) => m.id !== mentor.id)!;
    const skill = mentor.skills.find((s) => s.level >= 4)!.skill;
    const skillLabel = world.api.services.taxonomy.label(skill, 'fr');
    const fill = async (page: Page, formName: string, skillsLabel: string) => {
      const form = page.getByRole('form', { name: formName });
      const box = form.getByRole('combobox', { name: skillsLabel });
      await box.fill(skillLabel);
      await box.press('Enter');
      await form.getByRole('checkbox', { name: 'français' }).check();
      return form;
    };

    const asMentor = await memberPage(mentor);
    const asNewcomer = await memberPage(newcomer);
    try {
      await asMentor.page.goto(`${world.baseUrl}/mentoring`);
      const offer = await fill(asMentor.page, 'Proposer d’accompagner', 'Compétences que vous transmettez');
      await offer.getByRole('button', { name: 'Enregistrer ma proposition' }).click();
      await asMentor.page.getByText('Proposition enregistrée.').waitFor();

      const page = asNewcomer.page;
      await page.goto(`${world.baseUrl}/mentoring`);
      const request = await fill(page, 'Trouver un mentor', 'Compétences à apprendre');
      await request.getByLabel('Ce que vous espérez apprendre').fill('Monter mon atelier');
      await request.getByRole('button', { name: 'Enregistrer ma demande' }).click();
      await page
        .getByRole('heading', { level: 2, name: 'Les mentors qui vous conviennent le mieux' })
        .waitFor();
      const reasons = page.getByRole('list', { name: `Pourquoi ${mentor.name}` }).getByRole('listitem');
      await reasons.first().waitFor();
      expect(await reasons.count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'mentoring');
      await page.getByRole('button', { name: `Demander à ${mentor.name}` }).click();
      await page.getByText(`${mentor.name} vous accompagne`, { exact: false }).waitFor();

      await asMentor.page.reload();
      await asMentor.page.getByRole('button', { name: `Accepter le mentorat avec ${newcomer.name}` }).click();
      await asMentor.page.getByText('en cours', { exact: false }).waitFor();
      expect(await seriousAccessibilityViolations(asMentor.page)).toEqual([]);
    } finally {
      await asMentor.context.close();
      await asNewcomer.context.close();
    }
  });
});

describe('conseiller dashboard', () => {
  it('shows their filière with its growth, finds members to invite and proposes filières, live', async () => {
    const filiere = world.api.dataset.filieres[0]!;
    const email = 'conseillere@product.test';
    await accountFor(world.api.app, world.api.services, {
      email,
      // Jobs are followed by the member who asked: a conseiller signs in with their member profile.
      memberId: world.api.dataset.members[1]!.id,
      roles: ['member', 'conseiller'],
      scopeFilieres: [filiere.id],
    });
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, email, 'Tableau de bord conseiller');
      await page.getByRole('link', { name: 'Tableau de bord conseiller' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tableau de bord conseiller' }).waitFor();
      const label = filiere.labels.fr;
      await page.getByRole('heading', { level: 3, name: label }).waitFor();
      expect(await page.getByRole('img', { name: new RegExp(`^${label} : \\d+ membres en`) }).count()).toBe(
        1,
      );
      await page.getByRole('button', { name: `Chercher des membres à inviter dans ${label}` }).click();
      await page.getByText('Calcul terminé.').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Chercher des filières émergentes' }).click();
      await expect.poll(() => page.getByText('Calcul terminé.').count(), { timeout: 30_000 }).toBe(2);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'conseiller');
    } finally {
      await context.close();
    }
  });
});
