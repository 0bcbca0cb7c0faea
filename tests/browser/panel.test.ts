import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sharedStack, type ProvidedStack } from '../support/provided-stack';

/**
 * Drives the panel in Debian's chromium against the shared test stack: sign in, import the
 * Freeciv egg, create a server, wait for the install workflow, start, run a console command,
 * stop. Screenshots land in test-results/ when a step fails.
 */

interface PanelTarget {
  panelUrl: string;
  adminEmail: string;
  adminPassword: string;
}

const EGG_FILE = fileURLToPath(new URL('../fixtures/egg-freeciv.json', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const START_GOLD = String(1000 + Math.floor(Math.random() * 8000));

/**
 * The shared stack from tests/support/global-setup.ts (`inject('stack')`), unless
 * PANEL_TEST_URL (with PANEL_TEST_EMAIL, PANEL_TEST_PASSWORD) points at another panel.
 */
function panelTarget(): PanelTarget {
  let stack: ProvidedStack | undefined;
  try {
    stack = sharedStack();
  } catch {
    stack = undefined;
  }
  const override = process.env.PANEL_TEST_URL;
  const panelUrl = override || stack?.panelUrl;
  const adminEmail = override ? process.env.PANEL_TEST_EMAIL : stack?.admin.email;
  const adminPassword = override ? process.env.PANEL_TEST_PASSWORD : stack?.admin.password;
  if (!panelUrl || !adminEmail || !adminPassword) {
    throw new Error('No panel to test: run through vitest.config.ts (its globalSetup provides the stack), or set PANEL_TEST_URL, PANEL_TEST_EMAIL and PANEL_TEST_PASSWORD.');
  }
  return { panelUrl: panelUrl.replace(/\/+$/, ''), adminEmail, adminPassword };
}

describe('panel in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageLog: string[] = [];
  let target: PanelTarget;

  beforeAll(async () => {
    target = panelTarget();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (msg) => pageLog.push(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (error) => pageLog.push(`[pageerror] ${error.message}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Runs one step; on failure saves a screenshot and the page's console log, then rethrows. */
  async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const base = `${RESULTS_DIR}panel-${name.replace(/[^a-z0-9]+/gi, '-')}-${Date.now()}`;
      await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
      writeFileSync(`${base}.log`, `url: ${page.url()}\n${pageLog.join('\n')}\n`);
      throw new Error(`step "${name}" failed (screenshot ${base}.png): ${(error as Error).message}`, { cause: error });
    }
  }

  async function consoleLines(): Promise<string[]> {
    return page.getByTestId('console-output').locator('.line').allInnerTexts();
  }

  it('signs in, imports an egg, creates, installs, starts, commands and stops a server', async () => {
    await step('sign in', async () => {
      await page.goto(`${target.panelUrl}/`);
      await page.waitForURL(/\/sign-in/);
      await page.getByTestId('sign-in-email').fill(target.adminEmail);
      await page.getByTestId('sign-in-password').fill(`${target.adminPassword}-wrong`);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('error-message').waitFor();
      await page.getByTestId('sign-in-password').fill(target.adminPassword);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('current-user').waitFor();
      expect(page.url()).not.toContain('/sign-in');
    });

    await step('import egg', async () => {
      await page.getByTestId('nav-eggs').click();
      // Something that is not an egg: the API's 422 message is shown.
      await page.getByTestId('egg-json').fill('{"name": "not an egg"}');
      await page.getByTestId('egg-import-submit').click();
      await page.getByTestId('error-message').waitFor();
      await page.getByTestId('egg-file').setInputFiles(EGG_FILE);
      await expect.poll(() => page.getByTestId('egg-json').inputValue()).toContain('PTDL_v2');
      await page.getByTestId('egg-import-submit').click();
      await page.getByTestId('egg-import-success').waitFor();
      await page.getByTestId('egg-list').getByText('Freeciv').first().waitFor();
    });

    const serverName = `browser-freeciv-${Date.now()}`;
    await step('create server', async () => {
      await page.getByTestId('egg-create-server-link').click();
      await page.getByTestId('create-server-form').waitFor();
      await page.getByTestId('server-name-input').fill(serverName);
      await page.getByTestId('node-select').selectOption('local');
      await expect.poll(() => page.getByTestId('egg-select').locator('option:checked').innerText()).toBe('Freeciv');
      const gold = page.getByTestId('var-START_GOLD');
      await expect.poll(() => gold.inputValue()).toBe('50');
      await gold.fill(START_GOLD);
      await page.getByTestId('create-server-submit').click();
      await page.waitForURL(/\/servers\/[^/]+$/);
      await expect.poll(() => page.getByTestId('server-name').innerText()).toBe(serverName);
    });

    await step('install', async () => {
      await page.locator('[data-testid="operation"][data-type="install"][data-status="completed"]').waitFor({ timeout: 240_000 });
      await page.locator('[data-testid="server-status"][data-status="offline"]').waitFor({ timeout: 30_000 });
      await page.getByTestId('install-output').locator('summary').click();
      await expect.poll(() => page.getByTestId('install-output').innerText()).toContain(`gold ${START_GOLD}`);
    });

    await step('start', async () => {
      await page.getByTestId('power-start').click();
      await expect
        .poll(async () => (await consoleLines()).some((l) => l.includes('Now accepting new client connections')), { timeout: 180_000, interval: 500 })
        .toBe(true);
      await page.locator('[data-testid="server-status"][data-status="running"]').waitFor({ timeout: 60_000 });
    });

    await step('console command', async () => {
      await page.locator('[data-testid="console-state"][data-state="connected"]').waitFor();
      const before = (await consoleLines()).length;
      await page.getByTestId('console-input').fill('show gold');
      await page.getByTestId('console-input').press('Enter');
      const goldLine = new RegExp(`\\bgold\\b.*\\b${START_GOLD}\\b`);
      await expect
        .poll(async () => (await consoleLines()).slice(before).some((l) => goldLine.test(l) && !/\bset gold\b/.test(l)), { timeout: 30_000, interval: 500 })
        .toBe(true);
    });

    await step('stop', async () => {
      await page.locator('[data-testid="power-stop"]:not([disabled])').waitFor();
      await page.getByTestId('power-stop').click();
      await page.locator('[data-testid="server-status"][data-status="offline"]').waitFor({ timeout: 120_000 });
      await page.locator('[data-testid="operation"][data-type="stop"][data-status="completed"]').waitFor({ timeout: 60_000 });
    });

    await step('delete', async () => {
      await page.getByTestId('delete').click();
      await page.getByTestId('delete-confirm').click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByTestId('flash').waitFor();
    });

    await step('sign out', async () => {
      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/sign-in/);
      // The session is gone: a protected page sends us back to sign-in.
      await page.goto(`${target.panelUrl}/admin/eggs`);
      await page.waitForURL(/\/sign-in/);
    });
  }, 600_000);
});
