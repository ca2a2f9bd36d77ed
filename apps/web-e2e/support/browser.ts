import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Lvze@2026';
export const DESKTOP = { width: 1440, height: 900 };

const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

// Flags from stack-notes.md, pitfall 8. Playwright adds --headless and a fresh user-data-dir itself.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface BrowserSession {
  readonly page: Page;
  /** console.error lines: reported after each test, not failed on (a 401 answer logs one, say). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions in the page: any one fails the test. */
  readonly pageErrors: string[];
}

/**
 * One Chromium per test file and a fresh context (cookies, localStorage) per test. Use inside a
 * describe block; `baseUrl` is read lazily because the server starts in a beforeAll.
 */
export function useBrowser(baseUrl: () => string, viewport = DESKTOP): () => BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start.');
    // baseURL lets tests and helpers goto('/week') without carrying the server around.
    context = await browser.newContext({
      baseURL: baseUrl(),
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const current: BrowserSession = { page, consoleErrors: [], pageErrors: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') current.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => current.pageErrors.push(error.stack ?? String(error)));
    session = current;
  });

  afterEach(async () => {
    const finished = session;
    session = undefined;
    await context?.close();
    context = undefined;
    if (!finished) return;
    if (finished.consoleErrors.length) {
      console.warn(`Console errors in the page:\n${finished.consoleErrors.join('\n')}`);
    }
    if (finished.pageErrors.length) {
      throw new Error(`Uncaught error(s) in the page:\n${finished.pageErrors.join('\n\n')}`);
    }
  });

  return () => {
    if (!session) throw new Error('No browser session: call this inside a test.');
    return session;
  };
}

/** Signs in through the login form and waits until the app has left /login. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  // name= attributes rather than labels, so this works in either language.
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Writes apps/web-e2e/screenshots/<name>.png (git-ignored) and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Let web fonts and the last layout pass settle; charts run without animation under webdriver.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Polls an attribute until it has the expected value; returns the last value seen. */
export async function waitForAttribute(
  locator: Locator,
  name: string,
  expected: string,
  timeoutMs = 15_000,
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let value = await locator.getAttribute(name);
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200).unref());
    value = await locator.getAttribute(name);
  }
  return value;
}
