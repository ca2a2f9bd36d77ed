// Issue 7: the leader signs in and lands on the dashboard (领导驾驶舱): headline cards and ECharts
// charts that actually draw, at a phone width and at a desktop width; a click drills down to the
// list behind a number. The auditor filters the audit trail and sees a change side by side.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, login, useBrowser } from '../support/browser.js';
import { useProduct } from '../support/server.js';

const PHONE = { width: 390, height: 844 };
const shots = process.env.DASHBOARD_SHOTS_DIR ?? join(tmpdir(), 'lvze-dashboard-shots');

async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(shots, { recursive: true });
  const path = join(shots, `${name}.png`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  console.log(`screenshot: ${path}`);
  // A tall phone page is also cut into screen-high slices, so each part can be looked at in full.
  const { width, height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  if (width < 500) {
    for (let y = 0, i = 1; y < total; y += height, i++) {
      const clip = { x: 0, y, width, height: Math.min(height, total - y) };
      await page.screenshot({
        path: join(shots, `${name}-${i}.png`),
        fullPage: true,
        clip,
        animations: 'disabled',
      });
    }
  }
  return path;
}

/** How many canvas pixels hold ink (not transparent, not white), per chart on the page. */
function inkPerChart(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const result: Record<string, number> = {};
    // ECharts may draw on several stacked canvases (layers): a chart's ink is theirs together.
    for (const panel of document.querySelectorAll<HTMLElement>('[data-chart]')) {
      let ink = 0;
      for (const canvas of panel.querySelectorAll('canvas')) {
        const context = canvas.getContext('2d');
        if (!context || !canvas.width || !canvas.height) continue;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 16) {
          const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
          if (a > 0 && (r < 240 || g < 240 || b < 240)) ink++;
        }
      }
      result[panel.dataset.chart!] = ink;
    }
    return result;
  });
}

async function expectDashboardDrawn(page: Page) {
  await page.getByTestId('dashboard-cards').waitFor();
  for (const chart of ['status', 'trend', 'ranking-top', 'ranking-bottom', 'heat-map']) {
    await page.locator(`[data-chart="${chart}"] canvas`).first().waitFor();
  }
  // ECharts draws on the next frames: wait until every chart has ink.
  let ink: Record<string, number> = {};
  for (let i = 0; i < 40; i++) {
    ink = await inkPerChart(page);
    if (Object.values(ink).length >= 5 && Object.values(ink).every((n) => n > 50)) break;
    await page.waitForTimeout(250);
  }
  expect(Object.keys(ink).sort()).toEqual(['heat-map', 'ranking-bottom', 'ranking-top', 'status', 'trend']);
  for (const [chart, n] of Object.entries(ink)) expect([chart, n > 50]).toEqual([chart, true]);
  // Headline cards: three rates and the three alert levels, each with last week's change.
  await expect(page.locator('.dashboard__card').count()).resolves.toBe(6);
  await expect(page.locator('[data-card="completionRate"]').innerText()).resolves.toMatch(
    /任务完成进度\s*[\d.]+%/,
  );
}

describe('the leaders’ dashboard', () => {
  const product = useProduct();

  describe('on a phone (390 × 844)', () => {
    const session = useBrowser(() => product().baseUrl, PHONE);

    it('lands the leader on the dashboard with every chart drawn, stacked', async () => {
      const { page } = session();
      await login(page, 'leader');
      await page.waitForURL((url) => url.pathname === '/dashboard');
      await expectDashboardDrawn(page);
      // Stacked: every panel spans the width of the phone, nothing scrolls sideways.
      const widths = await page
        .locator('.dashboard__grid > section')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)));
      expect(new Set(widths).size).toBe(1);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        PHONE.width,
      );
      await screenshot(page, 'dashboard-phone');
    });
  });

  describe('on a desktop (1440 × 900)', () => {
    const session = useBrowser(() => product().baseUrl, DESKTOP);

    it('draws the dashboard and drills down from a number to its list', async () => {
      const { page } = session();
      await login(page, 'leader');
      await page.waitForURL((url) => url.pathname === '/dashboard');
      await expectDashboardDrawn(page);
      await screenshot(page, 'dashboard-desktop');

      // The county filter narrows the figures and stays in the address.
      await page.locator('.el-select', { has: page.getByRole('combobox', { name: '县（市、区）' }) }).click();
      await page.getByRole('option', { name: '资源县' }).click();
      await page.waitForURL((url) => url.searchParams.has('county'));
      await page.getByTestId('dashboard-cards').waitFor();

      // The slipped count opens the battle map filtered to slipped tasks.
      await page.goto('/dashboard');
      await page.getByTestId('dashboard-slipped').locator('.dashboard__count').click();
      await page.waitForURL(
        (url) => url.pathname === '/battle-map' && url.searchParams.get('status') === 'SLIPPED',
      );

      // An overdue report opens that report.
      await page.goto('/dashboard');
      await page.getByTestId('dashboard-overdue').locator('a').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/reports/obligations/'));

      // An alert card opens the alert centre at that level.
      await page.goto('/dashboard');
      await page.locator('[data-card="alerts-WARNING"]').click();
      await page.waitForURL(
        (url) => url.pathname === '/alerts' && url.searchParams.get('level') === 'WARNING',
      );
    });

    it('shows a unit reporter their own unit’s dashboard, without the city filters', async () => {
      const { page } = session();
      await login(page, 'ziyuan');
      await page.goto('/dashboard');
      await page.getByRole('heading', { name: '资源县工作情况' }).waitFor();
      await page.getByTestId('dashboard-cards').waitFor();
      await expect(page.locator('.dashboard__filters').count()).resolves.toBe(0);
      await page.getByRole('heading', { name: '本单位得分' }).waitFor();
      await screenshot(page, 'dashboard-reporter');
    });

    it('shows the scores with their parts and exports them', async () => {
      const { page } = session();
      await login(page, 'leader');
      await page.goto('/dashboard/scores');
      const table = page.getByTestId('scores-table');
      await table.locator('tbody tr').first().waitFor();
      await table.locator('.el-table__expand-icon').first().click();
      await page.getByText('周进度按时填报率').first().waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出得分台账' }).click();
      expect((await download).suggestedFilename()).toMatch(/单位得分台账.*\.xlsx$/);
    });

    it('lets the auditor filter the audit trail and compare before and after', async () => {
      const { page } = session();
      // Something to audit: staff renames a task through the API.
      const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
        const response = await fetch(`${product().baseUrl}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        return ((await response.json()) as { data: Record<string, unknown> }).data;
      };
      const { login: auth } = (await gql(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: 'staff', p: DEMO_PASSWORD },
      )) as { login: { token: string } };
      const { tasks } = (await gql('{ tasks { id version title } }', {}, auth.token)) as {
        tasks: { id: string; version: number; title: string }[];
      };
      await gql(
        'mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { id } }',
        { input: { id: tasks[0].id, version: tasks[0].version, title: `${tasks[0].title}（修订）` } },
        auth.token,
      );

      await login(page, 'auditor');
      await page.goto('/audit');
      await page.getByRole('combobox', { name: '操作', exact: true }).click();
      await page.getByRole('option', { name: 'task.update' }).click();
      const rows = page.locator('.el-table__body tr.el-table__row');
      await rows.first().waitFor();
      const actions = await rows.locator('td:nth-child(4)').allInnerTexts();
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(['task.update']));
      await rows.first().locator('.el-table__expand-icon').click();
      const changed = page.locator('[data-test="audit-diff"] tr[data-changed="true"]');
      await expect(changed.first().innerText()).resolves.toContain('title');
      await screenshot(page, 'audit-filtered');
    });
  });
});
