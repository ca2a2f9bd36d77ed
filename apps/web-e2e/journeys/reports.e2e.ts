// Issue 6: a county reporter files the monthly report and the 198-category self-inspection table
// (pasting its rows from a spreadsheet), staff return the table with a comment, the reporter sees
// the comment, fixes and files again, and staff accept it.
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { login, useBrowser, waitForAttribute } from '../support/browser.js';
import { APP_NOW, useProduct } from '../support/server.js';

const PHONE = { width: 390, height: 844 };
const MONTHLY = 'monthly-work';
const SELF_INSPECTION = 'self-inspection';
const RETURN_COMMENT = '第3类“生态公益林”资金金额与财政拨付台账不一致，请核实后重新报送。';

// Screenshots go to a temp dir (printed), to be looked at after the run.
const shotDir = join(tmpdir(), 'lvze-reports-shots');
mkdirSync(shotDir, { recursive: true });
async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotDir, `${name}.png`), animations: 'disabled', fullPage: false });
}

interface OpenReport {
  id: string;
  period: string;
  dueAt: string;
  template: { code: string };
  unit: { code: string; kind: string };
}

/** A county whose reporter still has the self-inspection and this month's report to file. */
async function pickReporter(
  baseUrl: string,
): Promise<{ username: string; monthly: OpenReport; table: OpenReport }> {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login: session } = (await gql(
    'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}',
    { u: 'staff', p: 'Lvze@2026' },
  )) as { login: { token: string } };
  const { reportObligations } = (await gql(
    '{ reportObligations(status: PENDING) { id period dueAt template { code } unit { code kind } } }',
    {},
    session.token,
  )) as { reportObligations: OpenReport[] };
  const counties = reportObligations.filter((o) => o.unit.kind === 'COUNTY');
  for (const table of counties.filter((o) => o.template.code === SELF_INSPECTION)) {
    // This month's report: the first one not yet past its due time.
    const monthly = counties
      .filter((o) => o.template.code === MONTHLY && o.unit.code === table.unit.code)
      .filter((o) => Date.parse(o.dueAt) > Date.parse(APP_NOW))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    if (monthly) return { username: table.unit.code, monthly, table };
  }
  throw new Error('No county has both the self-inspection and a monthly report open in the demo data.');
}

/** 198 rows × 4 columns as Excel copies them: tabs, CRLF, thousands separators, a quoted cell. */
function checklistTsv(): string {
  return (
    Array.from({ length: 198 }, (_, i) => {
      const projects = (i % 9) + 1;
      const funds = (projects * 1234.5 + i).toLocaleString('en-US', { minimumFractionDigits: 2 });
      const found = i % 3;
      const rectified = i % 3 === 2 ? 1 : found;
      return [projects, i === 5 ? `"${funds}"` : funds, found, rectified].join('\t');
    }).join('\r\n') + '\r\n'
  );
}

/** Pastes `text` into a cell as the browser would; resolves to the ms until the next painted frame. */
async function pasteInto(page: Page, selector: string, text: string): Promise<number> {
  return page.locator(selector).evaluate(async (input, tsv) => {
    const data = new DataTransfer();
    data.setData('text/plain', tsv);
    const started = performance.now();
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    // Vue patches on a microtask; two frames later the grid has been laid out and painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, text);
}

async function signOut(page: Page) {
  await page.context().clearCookies();
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}

async function openReport(page: Page, id: string) {
  await page.goto(`/reports/obligations/${id}`);
  await page.getByTestId('report-obligation').waitFor();
  await page.locator('[data-testid="report-obligation"] h1').waitFor();
}

describe('filing required reports (报备)', () => {
  const product = useProduct();
  const session = useBrowser(() => product().baseUrl);

  it('files, is returned with a comment, refiles and is accepted', async () => {
    const { page } = session();
    console.info(`Report journey screenshots: ${shotDir}`);
    const { username, monthly, table } = await pickReporter(product().baseUrl);

    // 1. The reporter's 我的报备: the self-inspection overdue, this month's report due.
    await login(page, username);
    await page.goto('/reports/mine');
    await page.getByTestId(`report-item-${table.id}`).waitFor();
    await expect(page.getByTestId(`report-item-${table.id}`).getAttribute('data-status')).resolves.toBe(
      'PENDING',
    );
    await shot(page, '01-mine');

    // 2. The monthly report: submitting it empty names each required field; filled, it files.
    await page.getByTestId(`report-item-${monthly.id}`).getByTestId('report-open').click();
    await page.getByTestId('report-field-work').waitFor();
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-submit-error').waitFor();
    for (const field of ['work', 'found', 'rectified', 'plan']) {
      const error = page.getByTestId(`report-field-${field}`).locator('.el-form-item__error');
      await expect(error.innerText()).resolves.toContain('为必填项');
    }
    await shot(page, '02-monthly-problems');
    await page
      .getByTestId('report-field-work')
      .locator('textarea')
      .fill('召开专项治理推进会2次，开展扶贫领域专项检查3轮，走访贫困户46户。');
    await page.getByTestId('report-field-found').locator('input').fill('5');
    await page.getByTestId('report-field-rectified').locator('input').fill('3');
    await page
      .getByTestId('report-field-plan')
      .locator('textarea')
      .fill('督促剩余2个问题按期整改，开展“回头看”。');
    // Drafts save on their own a moment after typing stops.
    await page.getByTestId('report-draft-state').filter({ hasText: '已保存' }).waitFor();
    await shot(page, '03-monthly-filled');
    await page.getByTestId('report-submit').click();
    await expect(
      waitForAttribute(page.getByTestId('report-obligation'), 'data-status', 'SUBMITTED'),
    ).resolves.toBe('SUBMITTED');

    // 3. The self-inspection checklist: 198 rows pasted from a spreadsheet in one go.
    await openReport(page, table.id);
    const grid = page.getByTestId('report-table-categories');
    await grid.locator('input[data-r="0"][data-c="0"]').waitFor();
    await expect(grid.locator('tbody tr').count()).resolves.toBe(198);
    const pasteMs = await pasteInto(
      page,
      '[data-testid="report-table-categories"] input[data-r="0"][data-c="0"]',
      checklistTsv(),
    );
    await grid.getByTestId('report-table-pasted').waitFor();
    console.info(`Pasting 198 × 4 cells: ${pasteMs.toFixed(0)} ms from the paste event to the next frame.`);
    // Generous: the 2-core test machine is shared; on a quiet one this is about 200 ms.
    expect(pasteMs).toBeLessThan(2000);
    await expect(grid.locator('input[data-r="197"][data-c="1"]').inputValue()).resolves.toMatch(
      /^\d+\.\d{2}$/,
    );
    const fundsTotal = await grid.locator('[data-total="funds"]').innerText();
    expect(Number(fundsTotal.replace(/,/g, ''))).toBeGreaterThan(0);
    // One keystroke in the middle of the 198-row grid: to the next painted frame.
    const keyMs = await grid.locator('input[data-r="100"][data-c="0"]').evaluate(async (input) => {
      const started = performance.now();
      (input as HTMLInputElement).value = '7';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - started;
    });
    console.info(`One keystroke in the 198-row grid: ${keyMs.toFixed(0)} ms to the next frame.`);
    await expect(grid.getByTestId('report-table-bad').count()).resolves.toBe(0);
    await page
      .getByTestId('report-field-summary')
      .locator('textarea')
      .fill('已对照198类项目和资金逐项自查。');
    await shot(page, '04-table-pasted');
    // A cell that is not a number is marked at once and, on submit, named by category and column.
    const badCell = grid.locator('input[data-r="1"][data-c="0"]');
    await badCell.fill('12个');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-submit-error').waitFor();
    await expect(page.getByTestId('report-field-categories').innerText()).resolves.toContain(
      '易地扶贫搬迁 · 项目个数应为数字',
    );
    await shot(page, '04b-table-problem');
    await badCell.fill('12');
    await page.getByTestId('report-submit').click();
    await expect(
      waitForAttribute(page.getByTestId('report-obligation'), 'data-status', 'SUBMITTED'),
    ).resolves.toBe('SUBMITTED');
    await shot(page, '05-table-submitted');

    // 4. Staff return the checklist with a comment.
    await signOut(page);
    await login(page, 'staff');
    await page.goto('/reports/review');
    await page.getByTestId(`report-queue-open-${table.id}`).click();
    await page.getByTestId('report-review').waitFor();
    await expect(page.locator('[data-testid="report-table-categories"] input').count()).resolves.toBe(0);
    await page.getByTestId('report-return').click();
    await page.getByText('退回修改须填写审核意见').waitFor();
    await page.getByTestId('report-review-comment').fill(RETURN_COMMENT);
    await shot(page, '06-staff-review');
    await page.getByTestId('report-return').click();
    await expect(
      waitForAttribute(page.getByTestId('report-obligation'), 'data-status', 'RETURNED'),
    ).resolves.toBe('RETURNED');

    // 5. The reporter sees the comment, on the list and on the report, fixes a cell and refiles.
    await signOut(page);
    await login(page, username);
    await page.goto('/reports/mine');
    const item = page.getByTestId(`report-item-${table.id}`);
    await expect(item.getByTestId('report-item-comment').innerText()).resolves.toContain(RETURN_COMMENT);
    await shot(page, '07-mine-returned');
    await item.getByTestId('report-open').click();
    await expect(page.getByTestId('report-return-comment').innerText()).resolves.toContain(RETURN_COMMENT);
    const cell = page.locator('[data-testid="report-table-categories"] input[data-r="2"][data-c="1"]');
    await cell.fill('12,345.6');
    await cell.press('Tab');
    await expect(cell.inputValue()).resolves.toBe('12345.60');
    await shot(page, '08-refile');
    await page.getByTestId('report-submit').click();
    await expect(
      waitForAttribute(page.getByTestId('report-obligation'), 'data-status', 'SUBMITTED'),
    ).resolves.toBe('SUBMITTED');

    // 6. Staff accept it; the completeness matrix shows the county's cell accepted.
    await signOut(page);
    await login(page, 'staff');
    await openReport(page, table.id);
    await page.getByTestId('report-accept').click();
    await expect(
      waitForAttribute(page.getByTestId('report-obligation'), 'data-status', 'ACCEPTED'),
    ).resolves.toBe('ACCEPTED');
    await page.getByTestId('report-history').waitFor();
    await shot(page, '09-accepted');
    await page.goto('/reports/review?tab=matrix');
    await page.getByTestId('report-matrix-template').click();
    await page.getByRole('option', { name: '自查自纠清单' }).click();
    const matrixCell = page.getByTestId(`matrix-cell-${await unitIdOf(page, username)}-ONCE`);
    await expect(waitForAttribute(matrixCell, 'data-status', 'ACCEPTED')).resolves.toBe('ACCEPTED');
    await shot(page, '10-matrix');
    // The consolidated ledger of the checklist downloads as an .xlsx.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-ledger').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const ledgerPath = join(shotDir, download.suggestedFilename());
    await download.saveAs(ledgerPath);
    expect(statSync(ledgerPath).size).toBeGreaterThan(1000);

    // 7. On a phone (390 px) the list and the 198-row report stay usable: no sideways page scroll.
    await signOut(page);
    await page.setViewportSize(PHONE);
    await login(page, username);
    await page.goto('/reports/mine');
    await page.locator('[data-testid^="report-item-"]').first().waitFor();
    await shot(page, '11-phone-mine');
    await openReport(page, table.id);
    await page.getByTestId('report-table-categories').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, '12-phone-report');
    // Three sign-ins and two 198-row reports: longer than a single-page journey.
  }, 180_000);
});

/** The unit id behind a reporter, read from the API as the signed-in staff user. */
async function unitIdOf(page: Page, code: string): Promise<string> {
  return page.evaluate(async (unitCode) => {
    const token = localStorage.getItem('lvze.token');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ units { id code } }' }),
    });
    const body = (await response.json()) as { data: { units: { id: string; code: string }[] } };
    return body.data.units.find((u) => u.code === unitCode)!.id;
  }, code);
}
