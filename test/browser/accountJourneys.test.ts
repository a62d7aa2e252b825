// Journeys of a new member: sign up, fill the profile (skill through the autocomplete, level,
// space, languages, privacy), see it in the directory, download the data, erase the account.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserWorld,
  screenshot,
  seriousAccessibilityViolations,
  startBrowserWorld,
} from './browserFixture.js';

let world: BrowserWorld;
let context: BrowserContext;
let page: Page;
let handle = '';

const NAME = 'Inès Vandenbroucke';
const EMAIL = 'ines.vandenbroucke@example.org';
const PASSWORD = 'argile-et-four-2025';

beforeAll(async () => {
  world = await startBrowserWorld({ members: 120 });
  context = await world.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await world?.close();
});

describe('a new member', () => {
  it('is told which field to fix when the password is too short', async () => {
    await page.goto(`${world.baseUrl}/signup`);
    await page.getByLabel('Nom affiché').fill(NAME);
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const password = page.getByLabel('Mot de passe');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toContain('Corrigez les champs signalés');
  });

  it('signs up and lands on the profile screen, signed in', async () => {
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre profil' }).waitFor();
    await page.getByRole('link', { name: 'Réglages' }).waitFor();
    const profileLink = page.getByRole('link', { name: NAME });
    handle = decodeURIComponent((await profileLink.getAttribute('href'))?.split('/').pop() ?? '');
    expect(handle).not.toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('fills the profile: skill by autocomplete with a level, a space, a language, privacy', async () => {
    await page
      .getByLabel('Présentez-vous en quelques lignes')
      .fill('Céramiste à Bruxelles, grès et porcelaine.');
    await page.getByLabel('Ville').fill('Bruxelles');
    await page.getByRole('checkbox', { name: 'néerlandais' }).check();
    const skillBox = page.getByLabel('Ajouter une compétence');
    await skillBox.fill('pas une compétence');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).first().click();
    await page.getByText('Choisissez une compétence proposée dans la liste.').waitFor();
    // Typed without its accent, the skill is still found.
    await skillBox.fill('ceramique');
    await skillBox.press('Enter');
    await page.getByLabel('Niveau pour Céramique').selectOption('5');
    const space = world.api.dataset.spaces[0];
    await page.getByLabel('Lieu', { exact: true }).selectOption(space?.id ?? '');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).last().click();
    await page.getByRole('radio', { name: 'Tous les membres connectés' }).check();
    await page.getByRole('checkbox', { name: /appels d’offres/ }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'onboarding');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Profil enregistré.').waitFor();

    const stored = await world.api.services.repositories.members.getByHandle(handle);
    expect(stored?.city).toBe('Bruxelles');
    expect(stored?.languages).toContain('nl');
    expect(stored?.privacy.suggestForBids).toBe(true);
  });

  it('shows the new profile with the skill and the level chosen', async () => {
    await page.goto(`${world.baseUrl}/members/${encodeURIComponent(handle)}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(await page.getByRole('img', { name: 'Niveau 5 sur 5' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Céramique' }).count()).toBe(1);
  });

  it('downloads everything stored about them as JSON', async () => {
    await page.goto(`${world.baseUrl}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`passerelle-${handle}.json`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain(EMAIL);
    expect(JSON.stringify(exported)).toContain('ceramics');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings');
  });

  it('erases the account after typing the confirmation word; the profile is gone', async () => {
    const erase = page.getByRole('button', { name: 'Supprimer définitivement' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Tapez SUPPRIMER pour confirmer').fill('SUPPRIMER');
    await erase.click();
    await page.getByText('Votre compte a été supprimé.').waitFor();
    await page
      .getByRole('navigation', { name: 'Réglages' })
      .getByRole('link', { name: 'Se connecter' })
      .waitFor();
    expect(await world.api.services.repositories.members.getByHandle(handle)).toBeNull();
    // Signed out now: a visitor is asked to sign in, never told whether the profile exists.
    await page.goto(`${world.baseUrl}/members/${encodeURIComponent(handle)}`);
    await page.getByRole('heading', { level: 1, name: 'Connectez-vous pour voir ce profil.' }).waitFor();
  });
});
