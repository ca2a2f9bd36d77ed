import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Task } from '../src/modules/task/task.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CAMPAIGN = `{ currentCampaign { id version settings {
  atRiskPoints slippedPoints dueSoonWorkingDays dueSoonBelowPercent
  missedUpdateWarningTime overdueAccountabilityWorkingDays reportWarningWorkingDays reportAccountabilityWorkingDays
} } }`;
const UPDATE = `mutation ($input: UpdateCampaignSettingsInput!) {
  updateCampaignSettings(input: $input) { version settings { overdueAccountabilityWorkingDays missedUpdateWarningTime } }
}`;

interface Settings {
  [key: string]: number | string;
}

describe('campaign thresholds and escalation delays, edited by staff', () => {
  let app: TestApp;
  let staff: string;

  beforeAll(async () => {
    app = await startTestApp();
    staff = await app.login('staff');
  }, 60_000);
  afterAll(() => app.close());

  const current = async () =>
    (
      await app.ok<{ currentCampaign: { id: string; version: number; settings: Settings } }>(
        CAMPAIGN,
        {},
        staff,
      )
    ).currentCampaign;

  it('starts from domain.md’s defaults', async () => {
    expect((await current()).settings).toEqual({
      atRiskPoints: 10,
      slippedPoints: 25,
      dueSoonWorkingDays: 3,
      dueSoonBelowPercent: 80,
      missedUpdateWarningTime: '12:00',
      overdueAccountabilityWorkingDays: 5,
      reportWarningWorkingDays: 2,
      reportAccountabilityWorkingDays: 5,
    });
  }, 30_000);

  it('refuses bad values by name, stale versions and other roles, and keeps the old settings', async () => {
    const campaign = await current();
    const input = (overrides: Settings, version = campaign.version) => ({
      input: { campaignId: campaign.id, version, ...campaign.settings, ...overrides },
    });
    expect((await app.errorOf(UPDATE, input({ slippedPoints: 5 }), staff)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'slippedPoints',
    });
    expect(
      (await app.errorOf(UPDATE, input({ reportWarningWorkingDays: 99 }), staff)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportWarningWorkingDays',
    });
    for (const who of ['leader', 'ziyuan', 'auditor']) {
      expect((await app.errorOf(UPDATE, input({}), await app.login(who))).extensions.code).toBe('FORBIDDEN');
    }
    expect((await app.errorOf(UPDATE, input({}, campaign.version + 5), staff)).extensions.code).toBe(
      'CONFLICT',
    );
    expect(await current()).toEqual(campaign);
  }, 30_000);

  it('applies the new delays at the next sweep: ACCOUNTABILITY after 2 working days overdue', async () => {
    const { units } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    const { createTask } = await app.ok<{ createTask: { id: string } }>(
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      {
        input: {
          title: '阈值测试任务',
          leadUnitId: units.find((u) => u.code === 'lingui')!.id,
          startsOn: '2026-11-02',
          dueOn: '2026-11-18',
        },
      },
      staff,
    );
    await app.server.dataSource
      .getRepository(Task)
      .update({ id: createTask.id }, { createdAt: new Date('2026-10-01T09:00:00+08:00') });
    const overdueLevel = async () => {
      await app.ok(`mutation { runAlertSweep(asOf: "2026-11-21T09:00:00+08:00") { fired } }`, {}, staff);
      const { alerts } = await app.ok<{ alerts: { level: string }[] }>(
        `query ($id: ID) { alerts(subjectId: $id, rule: OVERDUE) { level } }`,
        { id: createTask.id },
        staff,
      );
      return alerts.map((a) => a.level);
    };
    // Due Wednesday 11-18; by Saturday 11-21 two working days (19, 20) have passed.
    expect(await overdueLevel()).toEqual(['WARNING']);
    const campaign = await current();
    const { updateCampaignSettings } = await app.ok<{
      updateCampaignSettings: { version: number; settings: Settings };
    }>(
      UPDATE,
      {
        input: {
          campaignId: campaign.id,
          version: campaign.version,
          ...campaign.settings,
          overdueAccountabilityWorkingDays: 2,
        },
      },
      staff,
    );
    expect(updateCampaignSettings).toMatchObject({
      version: campaign.version + 1,
      settings: { overdueAccountabilityWorkingDays: 2, missedUpdateWarningTime: '12:00' },
    });
    expect(await overdueLevel()).toEqual(['ACCOUNTABILITY']);
  }, 60_000);
});
