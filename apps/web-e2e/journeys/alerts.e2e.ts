// Issue 5: a county reporter with an open MISSED_UPDATE alert sees the unread count on the bell,
// opens the alert centre, follows the alert to its task on the battle map, files the missed week's
// update from the task drawer, and at the next sweep the alert is resolved and the count goes down.
import type { Locator, Page } from 'playwright-core';
import { apiLogin, graphql } from '../support/api.js';
import { login, shot, useBrowser, waitForAttribute } from '../support/browser.js';
import { useProduct } from '../support/server.js';

// Monday of 2026-W48, 14:00 Beijing time: W47's deadline (Friday 18:00) has passed and so has
// noon of the next working day, so a W47 update still missing stands at WARNING.
const APP_NOW = '2026-11-23T14:00:00+08:00';
const MISSED_WEEK = '2026-W47';
const REPORTER = 'ziyuan';
const TASK_TITLE = '扶贫项目资金公示情况专项检查';

describe('answering a missed-update alert (desktop)', () => {
  // No scheduled sweep: the alert fires and resolves at the sweeps this journey runs.
  const product = useProduct({ APP_NOW, ALERT_SWEEP: 'false' });
  const session = useBrowser(() => product().baseUrl);
  let staffToken = '';
  let reporterToken = '';
  let task: { id: string; code: string };
  let alertId = '';

  beforeAll(async () => {
    const { baseUrl } = product();
    staffToken = await apiLogin(baseUrl, 'staff');
    reporterToken = await apiLogin(baseUrl, REPORTER);

    // Every demo task is led by a commission department, and those have no reporter accounts:
    // staff open one for the reporter's county that began in W47, so W47 is its only missed week.
    const { units } = await graphql<{ units: { id: string; code: string }[] }>(
      baseUrl,
      '{ units { id code } }',
      {},
      staffToken,
    );
    const unit = units.find((u) => u.code === REPORTER);
    if (!unit) throw new Error(`No unit ${REPORTER} in the demo data.`);
    ({ createTask: task } = await graphql<{ createTask: { id: string; code: string } }>(
      baseUrl,
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id code } }',
      {
        input: {
          title: TASK_TITLE,
          leadUnitId: unit.id,
          startsOn: '2026-11-16',
          dueOn: '2026-12-31',
          description: '对各乡镇扶贫项目资金公示情况逐项检查，问题清单按周销号。',
        },
      },
      staffToken,
    ));

    const fired = await sweep(baseUrl, staffToken);
    expect(fired.fired).toBeGreaterThan(0);

    // The reporter's unit's first open MISSED_UPDATE alert on a task for this or last week.
    const { alerts } = await graphql<{ alerts: AlertSummary[] }>(
      baseUrl,
      `
        query ($unitId: ID) {
          alerts(unitId: $unitId, rule: MISSED_UPDATE, status: OPEN, limit: 500) {
            id
            level
            period
            task {
              id
              code
            }
          }
        }
      `,
      { unitId: unit.id },
      staffToken,
    );
    const alert = alerts.find((a) => a.task && ['2026-W48', MISSED_WEEK].includes(a.period));
    if (!alert) throw new Error(`No open MISSED_UPDATE task alert for ${REPORTER} after the sweep.`);
    expect(alert).toMatchObject({ period: MISSED_WEEK, level: 'WARNING', task: { id: task.id } });
    alertId = alert.id;
  }, 60_000);

  it('shows the count, leads to the task, and resolves once the missed week is reported', async () => {
    const { page } = session();
    const { baseUrl } = product();
    const countBefore = await unreadCount(baseUrl, reporterToken);
    expect(countBefore).toBeGreaterThan(0);

    // 1. Signed in, the bell in the header shows the unit's open alerts.
    await login(page, REPORTER);
    const bell = page.getByTestId('alert-badge');
    await expect(waitForAttribute(bell, 'data-count', String(countBefore))).resolves.toBe(
      String(countBefore),
    );
    await expect(bell.getAttribute('aria-label')).resolves.toBe(`预警消息，未处理 ${countBefore} 条`);
    await shot(page, 'alerts-bell');

    // 2. The bell opens the alert centre; the alert is listed, open.
    await bell.click();
    await page.waitForURL((url) => url.pathname === '/alerts');
    const row = page.getByTestId(`alert-row-${alertId}`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('OPEN');
    expect(await row.getAttribute('data-level')).toBe('WARNING');
    const tableRow = alertTableRow(page, row);
    await expect(tableRow.innerText()).resolves.toContain(MISSED_WEEK);
    await expect(tableRow.innerText()).resolves.toContain('未处理');
    await tableRow.scrollIntoViewIfNeeded();
    await shot(page, 'alerts-centre-open');

    // 3. The subject link opens the battle map with the task's drawer.
    const subject = page.getByTestId(`alert-subject-${alertId}`);
    await expect(subject.innerText()).resolves.toBe(`${task.code} ${TASK_TITLE}`);
    await subject.click();
    await page.waitForURL((url) => url.pathname === '/battle-map');
    const drawer = page.getByTestId('task-drawer');
    const body = drawer.locator(`[data-task-code="${task.code}"]`);
    await body.waitFor();
    await expect(body.innerText()).resolves.toContain(TASK_TITLE);
    await shot(page, 'alerts-task-drawer');

    // 4. 填报进度 for the missed week: a task's update answers only the week it names.
    await drawer.getByTestId('drawer-report').click();
    const form = page.getByTestId('progress-form');
    await form.waitFor();
    await form.getByTestId('progress-week').click();
    await page.getByRole('option', { name: new RegExp(`^${MISSED_WEEK}（`) }).click();
    await expect(form.getByTestId('progress-week').innerText()).resolves.toContain(MISSED_WEEK);
    const percent = form.getByTestId('progress-percent').locator('input');
    await percent.fill('20');
    await percent.press('Tab');
    const summary = `浏览器旅程：补报${MISSED_WEEK}进度，已完成3个乡镇的资金公示检查。`;
    await form.getByTestId('progress-summary').fill(summary);
    await shot(page, 'alerts-progress-form');
    await page.getByTestId('progress-submit').click();
    await form.waitFor({ state: 'hidden' });
    // The drawer lists the update, filed for the missed week.
    await drawer.getByText(summary).waitFor();
    const update = drawer.locator('.task-drawer__update', { hasText: summary });
    await expect(update.innerText()).resolves.toContain(MISSED_WEEK);
    await shot(page, 'alerts-update-filed');

    // 5. The next sweep, as of the same moment, finds the week answered.
    const next = await sweep(baseUrl, staffToken);
    expect(next.resolved).toBeGreaterThan(0);

    // 6. The alert centre, reloaded: the alert is resolved, and gone from the open filter.
    await page.goto('/alerts');
    await row.waitFor();
    await expect(waitForAttribute(row, 'data-status', 'RESOLVED')).resolves.toBe('RESOLVED');
    const resolvedRow = alertTableRow(page, row);
    await expect(resolvedRow.innerText()).resolves.toContain('已解除');
    // Its history, unfolded: fired at the first sweep, resolved by the second.
    await resolvedRow.locator('.el-table__expand-icon').click();
    const history = page.getByTestId('alert-history');
    await history.locator('[data-kind="RESOLVED"]').waitFor();
    await expect(
      history.locator('[data-kind]').evaluateAll((els) => els.map((el) => el.dataset.kind)),
    ).resolves.toEqual(['FIRED', 'RESOLVED']);
    await history.scrollIntoViewIfNeeded();
    await shot(page, 'alerts-centre-resolved');

    const countAfter = await unreadCount(baseUrl, reporterToken);
    expect(countAfter).toBeLessThan(countBefore);
    await expect(waitForAttribute(bell, 'data-count', String(countAfter))).resolves.toBe(String(countAfter));

    await page.goto('/alerts?status=OPEN');
    await page.locator('[data-testid^="alert-row-"]').first().waitFor();
    await expect(row.count()).resolves.toBe(0);
    // The open list is exactly what the bell counts.
    await expect(page.getByTestId('alerts-total').innerText()).resolves.toBe(`共 ${countAfter} 条`);
    await shot(page, 'alerts-centre-open-filter');
  });
});

interface AlertSummary {
  id: string;
  level: string;
  period: string;
  task: { id: string; code: string } | null;
}

function sweep(baseUrl: string, token: string) {
  return graphql<{ runAlertSweep: { fired: number; escalated: number; resolved: number } }>(
    baseUrl,
    'mutation ($asOf: DateTime) { runAlertSweep(asOf: $asOf) { fired escalated resolved } }',
    { asOf: APP_NOW },
    token,
  ).then((data) => data.runAlertSweep);
}

async function unreadCount(baseUrl: string, token: string): Promise<number> {
  const data = await graphql<{ unreadAlertCount: number }>(baseUrl, '{ unreadAlertCount }', {}, token);
  return data.unreadAlertCount;
}

/** The alert's whole table row: the test id sits on a span inside its level cell. */
function alertTableRow(page: Page, row: Locator): Locator {
  return page.locator('tr.el-table__row', { has: row });
}
