// The browser tests' world: the real API (buildApp over a fresh seeded Kùzu store) listening
// on a free port and serving the built web app, and Debian's headless Chromium driven by
// playwright-core. Chromium that cannot start is a failure, never a skip.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { ensureWebBuild } from '../../web/build/ensureWebBuild.js';
import { type ApiFixture, startApiFixture } from '../api/apiFixture.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(
      `Chromium could not start from ${CHROMIUM_PATH} (install it: apt-get install chromium): ${String(error)}`,
    );
  }
}

export interface BrowserWorld {
  api: ApiFixture;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBrowserWorld(
  options: { members?: number; activity?: { now: number } } = {},
): Promise<BrowserWorld> {
  await ensureWebBuild();
  const api = await startApiFixture({
    members: options.members ?? 300,
    ...(options.activity ? { activity: options.activity } : {}),
    // A page load fetches several assets and queries; the tests are one client.
    app: { rateLimit: { max: 100_000, timeWindowMs: 60_000 } },
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await api.close();
    throw error;
  });
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  const address = api.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the API did not report a TCP port');
  return {
    api,
    baseUrl: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page; returns the serious and critical violations (WCAG 2.x A/AA). */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/**
 * Screenshots go to PASSERELLE_SCREENSHOTS (e.g. docs/screenshots, for the README tour) when set,
 * and are not written otherwise, so a test run never changes tracked files.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.PASSERELLE_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

/**
 * A link of the site menu (navigation and account links). At phone width the header folds them
 * behind its Menu button: the menu is opened first when the link is not shown.
 */
export async function siteMenuLink(page: Page, name: string): Promise<Locator> {
  const link = page
    .locator('#site-menu')
    .getByRole('link', { name, exact: true, includeHidden: true })
    .first();
  // Account links appear once the session is read; a navigation closes the menu again, so retry.
  await link.waitFor({ state: 'attached' });
  const button = page.locator('button.menu-button');
  for (let attempt = 0; attempt < 3 && !(await link.isVisible()); attempt++) {
    if (!(await button.isVisible())) break;
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await link.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => {});
  }
  return link;
}
