// Refused input and sign-in errors read in the app's language: a wrong password
// and a sign-up with a bidi-override in the name show French text in the French
// app and Dutch text in the Dutch app, never the API's English.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserWorld, startBrowserWorld } from './browserFixture.js';

let world: BrowserWorld;
let context: BrowserContext;

beforeAll(async () => {
  world = await startBrowserWorld({ members: 30 });
  context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await world?.close();
});

const LANGUAGES = [
  {
    language: 'fr',
    labels: { name: 'Nom affiché', email: 'Adresse e-mail', password: 'Mot de passe' },
    signIn: 'Se connecter',
    signUp: 'Créer mon compte',
    wrongPassword: 'Adresse e-mail ou mot de passe incorrect.',
    badName: 'Ne doit pas contenir de caractères qui inversent le sens d’écriture.',
  },
  {
    language: 'nl',
    labels: { name: 'Weergavenaam', email: 'E-mailadres', password: 'Wachtwoord' },
    signIn: 'Inloggen',
    signUp: 'Mijn account aanmaken',
    wrongPassword: 'Verkeerd e-mailadres of wachtwoord.',
    badName: 'Mag geen tekens bevatten die de schrijfrichting omkeren.',
  },
] as const;

async function open(path: string, language: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${world.baseUrl}${path}?lang=${language}`);
  return page;
}

describe.each(LANGUAGES)('in the $language app', (app) => {
  it('a wrong password is told in the app’s language', async () => {
    const page = await open('/signin', app.language);
    await page.getByLabel(app.labels.email).fill(`nobody-${app.language}@example.org`);
    await page.getByLabel(app.labels.password).fill('not the right password');
    await page.getByRole('main').getByRole('button', { name: app.signIn }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(app.wrongPassword);
    expect(await alert.textContent()).not.toContain('Wrong e-mail');
    await page.close();
  });

  it('a name with a bidi override is refused beside the name field, in the app’s language', async () => {
    const page = await open('/signup', app.language);
    await page.getByLabel(app.labels.name).fill('Camille \u202Egnp.exe');
    await page.getByLabel(app.labels.email).fill(`bidi-${app.language}@example.org`);
    await page.getByLabel(app.labels.password).fill('a long enough password');
    await page.getByRole('main').getByRole('button', { name: app.signUp }).click();
    const name = page.getByLabel(app.labels.name);
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(app.badName).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('bidirectional');
    expect(await world.api.services.accounts.getByEmail(`bidi-${app.language}@example.org`)).toBeNull();
    await page.close();
  });
});
