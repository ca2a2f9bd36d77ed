// Issues 5 and 7: the commission's official documents. Staff turn an accountability-level alert
// into a numbered supervision order (督办单) from the alert centre, find it in the orders list and
// print it on A4; the weekly bulletin (周通报) reads as circulated, prints, and downloads as Word.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, login, useBrowser, waitForAttribute } from '../support/browser.js';
import { useProduct } from '../support/server.js';

const shots = process.env.DOCUMENT_SHOTS_DIR ?? join(tmpdir(), 'lvze-document-shots');

/** The whole page, or only the viewport where the page is long (the alert centre's hundreds of rows). */
async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(shots, { recursive: true });
  const path = join(shots, `${name}.png`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  console.log(`screenshot: ${path}`);
  return path;
}

/** A GraphQL call as staff, outside the browser: the sweep that fires the demo's alerts. */
async function asStaff(baseUrl: string, query: string): Promise<unknown> {
  const call = async (body: object, token?: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data: Record<string, { token: string }> };
  };
  const { data } = await call({
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: 'staff', p: DEMO_PASSWORD },
  });
  return call({ query }, data.login.token);
}

describe('official documents', () => {
  const product = useProduct();
  const session = useBrowser(() => product().baseUrl);

  beforeAll(async () => {
    await asStaff(product().baseUrl, 'mutation { runAlertSweep { fired } }');
  });

  it('issues a supervision order from an accountability alert and prints it', async () => {
    const { page } = session();
    await login(page, 'staff');
    await page.goto('/alerts?level=ACCOUNTABILITY');
    const issue = page.locator('[data-testid^="alert-supervise-"]:visible').first();
    // Hundreds of alerts after the demo's first sweep: the centre takes a while on a busy machine.
    await issue.waitFor({ timeout: 45_000 });
    const alertId = (await issue.getAttribute('data-testid'))!.replace('alert-supervise-', '');
    await issue.click();

    const dialog = page.getByTestId('supervision-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('supervision-matter').inputValue()).resolves.not.toBe('');
    await dialog.getByTestId('supervision-leader').click();
    await page.getByRole('option', { name: '市纪委 李书记' }).click();
    await dialog.getByTestId('supervision-requirements').fill('立即整改，按周报送整改进展。');
    await screenshot(page, 'supervision-dialog', false);
    await dialog.getByTestId('supervision-submit').click();

    const issued = page.locator(`[data-testid="alert-order-${alertId}"]:visible`).first();
    await issued.waitFor({ timeout: 30_000 });
    await expect(issued.innerText()).resolves.toBe('已督办 桂纪专督〔2026〕1号');

    await issued.click();
    await page.waitForURL((url) => url.pathname === '/supervision');
    const table = page.getByTestId('supervision-orders');
    await table.getByText('桂纪专督〔2026〕1号').waitFor();
    await screenshot(page, 'supervision-orders');

    const orderId = new URL(page.url()).searchParams.get('order')!;
    await page.goto(`/supervision/${orderId}/print?noprint`);
    await expect(waitForAttribute(page.getByTestId('print-page'), 'data-ready', 'true')).resolves.toBe(
      'true',
    );
    await expect(page.getByTestId('official-reference').innerText()).resolves.toBe('桂纪专督〔2026〕1号');
    await expect(page.getByTestId('official-dateline').innerText()).resolves.toBe('二〇二六年十一月二十五日');
    await screenshot(page, 'supervision-order-print');
  });

  it('shows the weekly bulletin, prints it on A4 and downloads it as Word', async () => {
    const { page } = session();
    await login(page, 'leader');
    await page.goto('/bulletin');
    const sheet = page.getByTestId('bulletin-sheet');
    await sheet.waitFor();
    // The last completed week by default.
    await expect(page.getByTestId('official-reference').innerText()).resolves.toBe('2026年第47期');
    await expect(page.getByTestId('bulletin-overview').innerText()).resolves.toMatch(/共有任务\d+项/);
    await page.getByTestId('bulletin-slipped').waitFor();
    await screenshot(page, 'bulletin-page');

    const download = page.waitForEvent('download');
    await page.getByTestId('bulletin-download').click();
    await expect(download.then((d) => d.suggestedFilename())).resolves.toBe(
      '专项治理工作周通报-2026年第47周.docx',
    );

    await page.goto('/bulletin/print?week=2026-W46&noprint');
    await expect(waitForAttribute(page.getByTestId('print-page'), 'data-ready', 'true')).resolves.toBe(
      'true',
    );
    await expect(page.getByTestId('official-reference').innerText()).resolves.toBe('2026年第46期');
    await screenshot(page, 'bulletin-print');
  });
});
