// The filière graph on the conseiller dashboard, in the browser on a seeded network: the
// conseiller opens the WebGL graph of the filière they animate on demand (or, without WebGL,
// a message), and always gets the list of its members who allow filière suggestions and are
// visible, with their collaborators and spaces. Labels never overlap; closing the graph gives
// its WebGL contexts back; the growth chart has axes and values. The screen passes axe-core.
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
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    try {
      await page.goto(`${world.baseUrl}/signin`);
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).last().click();
      await page.getByRole('link', { name: 'Tableau de bord conseiller' }).click();
      const label = filiere!.f.labels.fr;
      const open = page.getByRole('button', { name: `Afficher le réseau de ${label}` });
      await open.waitFor();
      // No graph until asked for: the dashboard draws none on its own.
      expect(await page.locator('canvas').count()).toBe(0);
      // The growth chart has its axes: the members' scale and month names.
      const chart = page.getByRole('img', { name: new RegExp(`^${label} : \\d+ membres en `) });
      await chart.waitFor();
      expect(await chart.locator('text').allTextContents()).toEqual(
        expect.arrayContaining(['Membres', 'Mois', '0']),
      );
      await open.click();
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
        // The labels drawn never overlap one another.
        await page.waitForFunction(() =>
          document.querySelector('.filiere-graph')?.getAttribute('data-labels'),
        );
        const boxes = JSON.parse((await graph.getAttribute('data-labels')) ?? '[]') as {
          left: number;
          top: number;
          right: number;
          bottom: number;
        }[];
        expect(boxes.length).toBeGreaterThan(0);
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
          }
        }
      } else {
        await page.getByText('WebGL indisponible', { exact: false }).waitFor();
        expect(await graph.count()).toBe(0);
      }
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Closing the graph removes its canvases (sigma loses their WebGL contexts).
      await page.getByRole('button', { name: `Fermer le réseau de ${label}` }).click();
      await page.getByRole('button', { name: `Afficher le réseau de ${label}` }).waitFor();
      expect(await page.locator('canvas').count()).toBe(0);
      // Opened and closed again and again (3 contexts each, Chromium keeps 16 at most): none left behind.
      for (let i = 0; i < 8; i++) {
        await page.getByRole('button', { name: `Afficher le réseau de ${label}` }).click();
        await page.getByRole('heading', { level: 4, name: `Réseau de la filière ${label}` }).waitFor();
        if (webgl) await graph.locator('canvas').first().waitFor();
        await page.getByRole('button', { name: `Fermer le réseau de ${label}` }).click();
      }
      expect(warnings.filter((w) => /Too many active WebGL contexts|context lost/i.test(w))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
