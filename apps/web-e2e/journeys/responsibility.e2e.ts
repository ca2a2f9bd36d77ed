// Issue 4: a county reporter uploads evidence and completes a party-principal duty (主体责任) on
// 我的责任; the commission's matrix shows that unit's cell turn DONE and the drawer lists the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { login, shot, useBrowser, waitForAttribute } from '../support/browser.js';
import { useProduct } from '../support/server.js';

const REPORTER = 'ziyuan';
const PARTY_LIST = '党委（党组）主体责任';

/** A small but well-formed one-page PDF: header, catalog, page tree, page, xref and trailer. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('completing a responsibility with evidence (desktop)', () => {
  const product = useProduct();
  const session = useBrowser(() => product().baseUrl);
  let dir = '';
  let pdfPath = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lvze-evidence-'));
    pdfPath = join(dir, '专题会议纪要.pdf');
    writeFileSync(pdfPath, minimalPdf());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('turns the unit’s matrix cell DONE and lists the evidence in the drawer', async () => {
    const { page } = session();

    // 1. Staff's matrix before: every party-principal cell of 资源县, by assignment id.
    await login(page, 'staff');
    const before = await reporterCells(page);
    expect(before.size).toBe(5);

    // 2. The reporter's 我的责任: a party-principal assignment that is not DONE.
    await signOut(page);
    await login(page, REPORTER);
    await page.goto('/responsibility/mine');
    await page.getByTestId('resp-mine').waitFor();
    const group = page.locator('section', { has: page.locator('h2', { hasText: PARTY_LIST }) });
    await group.locator('[data-testid^="mine-item-"]').first().waitFor();
    const items = await group.locator('[data-testid^="mine-item-"]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-testid')!.slice('mine-item-'.length),
        status: el.getAttribute('data-status'),
      })),
    );
    const chosen = items.find((item) => item.status !== 'DONE' && before.get(item.id) !== 'DONE');
    if (!chosen) throw new Error(`Every party-principal assignment of ${REPORTER} is already DONE.`);
    expect(before.get(chosen.id)).toBe(chosen.status);
    const item = page.getByTestId(`mine-item-${chosen.id}`);
    await item.scrollIntoViewIfNeeded();
    await shot(page, 'responsibility-mine');

    // 3. Report it complete, with a PDF as evidence.
    await item.getByTestId('mine-report').click();
    const form = page.getByTestId('assignment-form');
    await form.waitFor();
    await form.getByTestId('assignment-evidence').locator('input[type="file"]').setInputFiles(pdfPath);
    const file = form.getByTestId('assignment-evidence-file');
    await expect(waitForAttribute(file, 'data-state', 'done')).resolves.toBe('done');
    await form.getByTestId('assignment-percent').locator('input').fill('100');
    const summary = '浏览器旅程：已召开党委专题会议研究部署，会议纪要已上传。';
    await form.getByTestId('assignment-summary').fill(summary);
    await shot(page, 'responsibility-form-evidence');
    await page.getByTestId('assignment-submit').click();
    await form.waitFor({ state: 'hidden' });
    await expect(waitForAttribute(item, 'data-status', 'DONE')).resolves.toBe('DONE');

    // 4. Staff's matrix after: the cell for that item × 资源县 is DONE.
    await signOut(page);
    await login(page, 'staff');
    await page.goto('/responsibility/matrix');
    const cell = page.locator(`[data-assignment-id="${chosen.id}"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('data-testid')).toMatch(new RegExp(`^matrix-cell-.+-${REPORTER}$`));
    await expect(waitForAttribute(cell, 'data-status', 'DONE')).resolves.toBe('DONE');
    await cell.scrollIntoViewIfNeeded();
    await shot(page, 'responsibility-matrix');

    // 5. The drawer lists the update and its evidence file.
    await cell.click();
    const drawer = page.getByTestId('assignment-drawer');
    await drawer.getByText(summary).waitFor();
    await expect(drawer.getByTestId('assignment-attachment').first().innerText()).resolves.toContain(
      '专题会议纪要.pdf',
    );
    await shot(page, 'responsibility-drawer');
  });
});

/** Opens the (party-principal) matrix and reads the reporter's column: assignment id → status. */
async function reporterCells(page: Page): Promise<Map<string, string>> {
  await page.goto('/responsibility/matrix');
  await page.getByTestId('resp-matrix').waitFor();
  const cells = page.locator(
    `[data-testid^="matrix-cell-"][data-testid$="-${REPORTER}"][data-assignment-id]`,
  );
  await cells.first().waitFor();
  const pairs = await cells.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-assignment-id')!, el.getAttribute('data-status')!] as const),
  );
  return new Map(pairs);
}

/** A fresh sign-in: the session lives in cookies and local storage. */
async function signOut(page: Page) {
  await page.context().clearCookies();
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}
