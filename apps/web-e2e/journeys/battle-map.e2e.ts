// Issue 3: a county reporter files this week's update on a task in trouble; the battle map shows
// the week turn DONE and the task drawer shows the update.
import type { Locator, Page } from 'playwright-core';
import { login, shot, useBrowser, waitForAttribute } from '../support/browser.js';
import { CURRENT_WEEK, useProduct } from '../support/server.js';

// Tasks the demo seed gives 资源县 as a co-operating unit while in trouble (demo-tasks.ts):
// T09 is quantitative (12 天); the others report a percent.
const SEEDED_CANDIDATES = ['T09', 'T26', 'T48', 'T35'];
const TROUBLED = ['AT_RISK', 'SLIPPED'];

describe('reporting progress onto the battle map (desktop)', () => {
  const product = useProduct();
  const session = useBrowser(() => product().baseUrl);

  it('turns a troubled task DONE for this week and shows the update in the drawer', async () => {
    const { page } = session();
    await login(page, 'ziyuan');

    // 1. The week board: one of my tasks, not yet reported this week, at risk or slipped.
    await page.goto('/week');
    const code = await pickTroubledTask(page);

    // 2. Its light for this week on the map, before.
    await page.goto('/battle-map');
    const before = await cellStatus(page, code);
    expect(before).not.toBe('DONE');
    await shot(page, 'battle-map-before-update');

    // 3. Report it complete through the week board form.
    await page.goto('/week');
    const summary = `浏览器旅程：${code} 本周全部完成，资料已归档。`;
    await reportComplete(page, code, summary);

    // 4. The map, after: this week's cell is DONE.
    await page.goto('/battle-map');
    const row = await revealRow(page, code);
    const cell = page.getByTestId(`map-cell-${code}-${CURRENT_WEEK}`);
    await expect(waitForAttribute(cell, 'data-status', 'DONE')).resolves.toBe('DONE');
    await shot(page, 'battle-map-after-update');

    // 5. The drawer, opened from the row, lists the new update.
    await row.getByRole('rowheader').first().click();
    const drawer = page.getByTestId('task-drawer');
    await drawer.getByText(summary).waitFor();
    await shot(page, 'battle-map-drawer');
  });
});

async function pickTroubledTask(page: Page): Promise<string> {
  await page.getByTestId('week-summary').waitFor();
  for (const code of SEEDED_CANDIDATES) {
    const item = page.getByTestId(`week-task-${code}`);
    if ((await item.count()) === 0) continue;
    const reported = await item.getAttribute('data-reported');
    // The board groups tasks by their current status.
    const status = await item.evaluate((el) => el.closest('[data-status]')?.getAttribute('data-status'));
    if (reported !== 'true' && status && TROUBLED.includes(status)) return code;
  }
  throw new Error(
    `None of ${SEEDED_CANDIDATES.join(', ')} is on 资源县's week board unreported and in trouble.`,
  );
}

/** The map renders only the rows near the viewport: scroll the grid until the task's row exists. */
async function revealRow(page: Page, code: string): Promise<Locator> {
  const grid = page.getByTestId('battle-map');
  await grid.waitFor();
  const row = page.getByTestId(`map-row-${code}`);
  for (let step = 0; step < 100 && (await row.count()) === 0; step++) {
    const atEnd = await grid.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollTop += el.clientHeight * 0.8;
      return end;
    });
    if (atEnd) break;
    await page.waitForTimeout(50);
  }
  await row.waitFor({ timeout: 2_000 });
  await row.scrollIntoViewIfNeeded();
  return row;
}

async function cellStatus(page: Page, code: string): Promise<string> {
  await revealRow(page, code);
  const status = await page.getByTestId(`map-cell-${code}-${CURRENT_WEEK}`).getAttribute('data-status');
  if (!status) throw new Error(`map-cell-${code}-${CURRENT_WEEK} has no data-status`);
  return status;
}

async function reportComplete(page: Page, code: string, summary: string): Promise<void> {
  const item = page.getByTestId(`week-task-${code}`);
  await item.getByRole('button', { name: '填报进度' }).click();

  const form = page.getByTestId('progress-form');
  await form.waitFor();
  const quantitative = (await form.getAttribute('data-mode')) === 'value';
  let amount = '100';
  if (quantitative) {
    // The full target, read from the form's own hint (量化目标 12天，…).
    const hint = await form.getByText(/量化目标/).textContent();
    amount = hint?.match(/量化目标\s*([\d.]+)/)?.[1] ?? '';
    if (!amount) throw new Error(`No target in the progress form hint: ${hint}`);
  }
  const input = numberInput(form, quantitative ? 'progress-value' : 'progress-percent');
  await input.fill(amount);
  await input.press('Tab');
  await form.getByTestId('progress-summary').fill(summary);

  await page.getByTestId('progress-submit').click();
  await form.waitFor({ state: 'hidden' });
  await expect(waitForAttribute(item, 'data-reported', 'true')).resolves.toBe('true');
}

/** el-input-number puts the test id on its wrapper <div>; the value goes into the <input> inside. */
function numberInput(form: Locator, testId: string): Locator {
  return form.getByTestId(testId).locator('input');
}
