// The filière graph on the conseiller dashboard, in the browser on a seeded network: the
// conseiller sees the WebGL graph of the filière they animate (or, without WebGL, a message),
// and always the list of its members who allow filière suggestions and are visible, with
// their collaborators and spaces. The screen passes axe-core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { accountFor, TEST_PASSWORD } from '../api/authHelpers.js';
import { type BrowserWorld, seriousAccessibilityViolations, startBrowserWorld } from './browserFixture.js';

let world: BrowserWorld;

beforeAll(async () => {
  world = await startBrowserWorld({ members: 150 });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const shownInGraph = (m: MemberRecord, filiere: string) =>
  m.filieres.includes(filiere) && m.privacy.suggestForFilieres && m.privacy.visibility !== 'nobody';

describe('filière graph', () => {
  it('shows the members of a filière as a graph, or as a list when WebGL is missing', async () => {
    const { members, filieres } = world.api.dataset;
    // The filière with the most members in the graph, so that the list has something to show.
    const [filiere] = filieres
      .map((f) => ({ f, count: members.filter((m) => shownInGraph(m, f.id)).length }))
      .sort((a, b) => b.count - a.count || a.f.id.localeCompare(b.f.id));
    const expected = members.filter((m) => shownInGraph(m, filiere!.f.id));
    expect(expected.length).toBeGreaterThan(0);
    const email = 'conseiller-graphe@product.test';
    await accountFor(world.api.app, world.api.services, {
      email,
      memberId: members[1]!.id,
      roles: ['member', 'conseiller'],
      scopeFilieres: [filiere!.f.id],
    });
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${world.baseUrl}/signin`);
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).last().click();
      await page.getByRole('link', { name: 'Tableau de bord conseiller' }).click();
      const label = filiere!.f.labels.fr;
      await page.getByRole('heading', { level: 4, name: `Réseau de la filière ${label}` }).waitFor();

      const list = page.getByRole('table', {
        name: `Membres de ${label}, leurs collaborateurs et leurs espaces`,
      });
      await list.waitFor({ state: 'attached' });
      const listed = await list.locator('tbody th').allTextContents();
      expect(listed.sort()).toEqual(expected.map((m) => m.name).sort());

      const webgl = await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
      });
      const graph = page.getByRole('img', {
        name: `Graphe interactif des membres de ${label}, de leurs collaborations et de leurs espaces`,
      });
      if (webgl) {
        await graph.locator('canvas').first().waitFor();
        expect(await graph.locator('canvas').count()).toBeGreaterThan(0);
      } else {
        await page.getByText('WebGL indisponible', { exact: false }).waitFor();
        expect(await graph.count()).toBe(0);
      }
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
