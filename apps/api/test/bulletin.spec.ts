import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { AccountabilityRecord } from '../src/modules/accountability/accountability-record.entity.js';
import { Alert } from '../src/modules/alert/alert.entity.js';
import { Campaign, DEFAULT_CAMPAIGN_SETTINGS } from '../src/modules/campaign/campaign.entity.js';
import { ReportObligation, ReportSubmission, ReportTemplate } from '../src/modules/report/report.entity.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task, WeeklyPlan } from '../src/modules/task/task.entity.js';
import { documentText } from './support/docx.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { FileDownload } from './support/xlsx.js';

const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id code } }`;
const BULLETIN = `query ($week: String, $campaignId: ID) {
  weeklyBulletin(week: $week, campaignId: $campaignId) {
    week startsOn endsOn asOf issuer dateline campaign { year }
    taskTotal taskStatusCounts { status count } completionRate updatesDue updatesOnTime onTimeUpdateRate
    slippedByUnit { unit { code } tasks { title percent plannedPercent reason } }
    overdueReportCount overdueReports { unit { code } period dueAt templateName }
    alertsFired { level count }
    decisions { decision persons decidedOn unit { code } }
    decisionCounts { decision count }
  }
}`;
const DOCUMENT = `query ($week: String, $campaignId: ID) {
  weeklyBulletinDocument(week: $week, campaignId: $campaignId) { filename mimeType contentBase64 }
}`;

// A hand-made week, 2025-W47 (Mon 11-17 to Sun 11-23; the update is due Fri 11-21 18:00), in a
// campaign of its own so that the demo data of 2026 stays out of the figures.
const WEEK = '2025-W47';

describe('the weekly bulletin (周通报)', () => {
  let app: TestApp;
  let staff: string;
  let staffId: string;
  let campaignId: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    staff = await app.login('staff');
    staffId = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, staff)).me.id;
    const { units: rows } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    units = new Map(rows.map((u) => [u.code, u.id]));
    const db = app.server.dataSource;
    campaignId = randomUUID();
    await db.getRepository(Campaign).insert({
      id: campaignId,
      name: '2025年桂林市扶贫领域腐败和作风问题专项治理',
      year: 2025,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      settings: DEFAULT_CAMPAIGN_SETTINGS,
    });

    const task = async (title: string, unit: string, startsOn: string, dueOn: string, planW47?: number) => {
      const { createTask } = await app.ok<{ createTask: { id: string } }>(
        CREATE_TASK,
        { input: { campaignId, title, leadUnitId: units.get(unit), startsOn, dueOn } },
        staff,
      );
      await db
        .getRepository(Task)
        .update({ id: createTask.id }, { createdAt: new Date('2025-09-01T09:00:00+08:00') });
      if (planW47 !== undefined) {
        await db
          .getRepository(WeeklyPlan)
          .insert({ taskId: createTask.id, week: WEEK, plannedPercent: planW47 });
      }
      return createTask.id;
    };
    const update = (taskId: string, week: string, percent: number, at: string, late = false) =>
      db.getRepository(ProgressUpdate).insert({
        id: timeOrderedId(),
        taskId,
        week,
        percent,
        value: null,
        summary: '周进度',
        problems: null,
        nextSteps: null,
        authorId: staffId,
        createdAt: new Date(at),
        late,
      });

    // Done the week before: not due this week.
    const done = await task('已完成的任务', 'ziyuan', '2025-09-01', '2025-12-31');
    await update(done, '2025-W46', 100, '2025-11-14T10:00:00+08:00');
    // On plan and on time.
    const onTrack = await task('正常推进的任务', 'ziyuan', '2025-09-01', '2025-12-31', 50);
    await update(onTrack, '2025-W46', 45, '2025-11-14T10:00:00+08:00');
    await update(onTrack, WEEK, 50, '2025-11-21T10:00:00+08:00');
    // On time, but 40 points behind its plan: slipped.
    const behind = await task('进度严重滞后的任务', 'ziyuan', '2025-09-01', '2025-12-31', 60);
    await update(behind, '2025-W46', 15, '2025-11-14T10:00:00+08:00');
    await update(behind, WEEK, 20, '2025-11-21T10:00:00+08:00');
    // Past due (11-14) and not done; this week's update came late.
    const overdue = await task('逾期未完成的任务', 'lingui', '2025-09-01', '2025-11-14');
    await update(overdue, '2025-W46', 50, '2025-11-14T10:00:00+08:00');
    await update(overdue, WEEK, 60, '2025-11-22T10:00:00+08:00', true);
    // Starts in December.
    await task('尚未开始的任务', 'ziyuan', '2025-12-01', '2025-12-31');
    // Started 11-03 and never reported: three weekly deadlines missed.
    await task('未填报进度的任务', 'ziyuan', '2025-11-03', '2025-12-31', 10);

    const alert = (level: Alert['level'], firedAt: string) =>
      db.getRepository(Alert).insert({
        id: timeOrderedId(),
        rule: 'MISSED_UPDATE',
        subjectType: 'TASK',
        subjectId: randomUUID(),
        unitId: units.get('ziyuan')!,
        period: firedAt.slice(0, 10),
        level,
        status: 'OPEN',
        message: '周进度未按时填报',
        detail: {},
        firedAt: new Date(firedAt),
        escalatedAt: null,
        resolvedAt: null,
        acknowledgedAt: null,
        acknowledgedById: null,
        acknowledgementNote: null,
      });
    await alert('REMINDER', '2025-11-16T23:59:00+08:00'); // the week before
    await alert('ACCOUNTABILITY', '2025-11-17T00:00:00+08:00');
    await alert('REMINDER', '2025-11-21T18:00:00+08:00');
    await alert('REMINDER', '2025-11-23T23:59:00+08:00');
    await alert('WARNING', '2025-11-24T12:00:00+08:00'); // the week after

    const decision = (
      unit: string,
      decision: AccountabilityRecord['decision'],
      decidedOn: string,
      persons: string,
    ) =>
      db.getRepository(AccountabilityRecord).insert({
        id: timeOrderedId(),
        campaignId,
        alertId: null,
        unitId: units.get(unit)!,
        decision,
        persons,
        reason: '连续两周未填报周进度',
        decidedOn,
        recordedById: staffId,
        recordedAt: new Date(`${decidedOn}T17:00:00+08:00`),
      });
    // Reports: due 11-10 and never filed; due 11-14, filed 11-20; due 11-18, filed only after the
    // week (11-25); due 11-28. Overdue at the week's end: the first and the third.
    const template = await db
      .getRepository(ReportTemplate)
      .findOneOrFail({ where: {}, order: { code: 'ASC' } });
    const report = async (unit: string, period: string, dueAt: string, filedAt?: string) => {
      const id = timeOrderedId();
      await db.getRepository(ReportObligation).insert({
        id,
        templateId: template.id,
        templateVersionId: template.currentVersionId,
        unitId: units.get(unit)!,
        period,
        dueAt: new Date(dueAt),
        status: filedAt ? 'SUBMITTED' : 'PENDING',
        draft: null,
        draftSavedAt: null,
        submittedAt: filedAt ? new Date(filedAt) : null,
        late: false,
        createdAt: new Date('2025-10-01T09:00:00+08:00'),
      });
      if (filedAt) {
        await db.getRepository(ReportSubmission).insert({
          id: timeOrderedId(),
          obligationId: id,
          templateVersionId: template.currentVersionId,
          content: {},
          submittedById: staffId,
          submittedAt: new Date(filedAt),
          late: false,
        });
      }
    };
    await report('ziyuan', '2025-X1', '2025-11-10T18:00:00+08:00');
    await report('ziyuan', '2025-X2', '2025-11-14T18:00:00+08:00', '2025-11-20T10:00:00+08:00');
    await report('lingui', '2025-X3', '2025-11-18T18:00:00+08:00', '2025-11-25T10:00:00+08:00');
    await report('lingui', '2025-X4', '2025-11-28T18:00:00+08:00');

    await decision('ziyuan', 'TALK_REMINDER', '2025-11-17', '张某（资源县扶贫办主任）');
    await decision('lingui', 'CIRCULATED_CRITICISM', '2025-11-23', '李某（临桂区农业农村局副局长）');
    await decision('lingui', 'WRITTEN_EXAMINATION', '2025-11-24', '王某');
  }, 60_000);
  afterAll(() => app.close());

  it('gives the week’s figures: status by the battle map’s rules, counts from the database', async () => {
    const { weeklyBulletin: b } = await app.ok<{ weeklyBulletin: Record<string, unknown> }>(
      BULLETIN,
      { week: WEEK, campaignId },
      staff,
    );
    expect(b).toMatchObject({
      week: WEEK,
      startsOn: '2025-11-17',
      endsOn: '2025-11-23',
      asOf: '2025-11-23T23:59:59.999+08:00',
      issuer: ['中共桂林市纪律检查委员会', '桂林市监察委员会', '专项治理办公室'],
      // Issued today (the specs' clock: 2026-11-25).
      dateline: '二〇二六年十一月二十五日',
      campaign: { year: 2025 },
      taskTotal: 6,
      taskStatusCounts: [
        { status: 'NOT_STARTED', count: 1 },
        { status: 'ON_TRACK', count: 1 },
        { status: 'AT_RISK', count: 0 },
        { status: 'SLIPPED', count: 3 },
        { status: 'DONE', count: 1 },
      ],
      completionRate: 16.7,
      // Due: on plan, behind, overdue, never reported; on time: the first two.
      updatesDue: 4,
      updatesOnTime: 2,
      onTimeUpdateRate: 50,
      slippedByUnit: [
        {
          unit: { code: 'lingui' },
          tasks: [{ title: '逾期未完成的任务', percent: 60, plannedPercent: 100, reason: 'OVERDUE' }],
        },
        {
          unit: { code: 'ziyuan' },
          tasks: [
            { title: '进度严重滞后的任务', percent: 20, plannedPercent: 60, reason: 'BEHIND_PLAN' },
            { title: '未填报进度的任务', percent: 0, plannedPercent: 10, reason: 'MISSED_UPDATES' },
          ],
        },
      ],
      overdueReportCount: 2,
      // Both counted; only the one that fell due this week named.
      overdueReports: [
        { unit: { code: 'lingui' }, period: '2025-X3', dueAt: '2025-11-18T18:00:00.000+08:00' },
      ],
      alertsFired: [
        { level: 'REMINDER', count: 2 },
        { level: 'WARNING', count: 0 },
        { level: 'ACCOUNTABILITY', count: 1 },
      ],
      decisions: [
        { decision: 'TALK_REMINDER', decidedOn: '2025-11-17', unit: { code: 'ziyuan' } },
        { decision: 'CIRCULATED_CRITICISM', decidedOn: '2025-11-23', unit: { code: 'lingui' } },
      ],
    });
    expect(b.decisionCounts).toContainEqual({ decision: 'TALK_REMINDER', count: 1 });
    expect(b.decisionCounts).toContainEqual({ decision: 'CIRCULATED_CRITICISM', count: 1 });
    expect(b.decisionCounts).toContainEqual({ decision: 'WRITTEN_EXAMINATION', count: 0 });
  });

  it('defaults to the last completed week and refuses a future one', async () => {
    const { weeklyBulletin } = await app.ok<{ weeklyBulletin: { week: string } }>(BULLETIN, {}, staff);
    expect(weeklyBulletin.week).toBe('2026-W47');
    await expect(app.errorOf(BULLETIN, { week: '2026-W49' }, staff)).resolves.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'week' },
    });
  });

  it('is for leaders, staff and admins only', async () => {
    const reporter = await app.login('ziyuan');
    await expect(app.errorOf(BULLETIN, { week: WEEK }, reporter)).resolves.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const leader = await app.login('leader');
    await expect(app.ok(BULLETIN, { week: WEEK, campaignId }, leader)).resolves.toBeTruthy();
  });

  it('renders the official Word document with the week, the slipped tasks and their units', async () => {
    const { weeklyBulletinDocument: file } = await app.ok<{ weeklyBulletinDocument: FileDownload }>(
      DOCUMENT,
      { week: WEEK, campaignId },
      staff,
    );
    expect(file.filename).toBe('专项治理工作周通报-2025年第47周.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = documentText(Buffer.from(file.contentBase64, 'base64'));
    for (const phrase of [
      '中共桂林市纪律检查委员会',
      '专项治理工作周通报',
      '2025年第47周：11月17日—11月23日',
      '一、总体情况',
      '共有任务6项',
      '按时填报率50%',
      '进度严重滞后的任务',
      '资源县',
      '逾期未完成的任务',
      '临桂区',
      '逾期未完成',
      '两周未填报',
      '本周新触发预警3条，其中提醒2条、预警0条、问责1条。',
      '累计逾期未报送报告2份，其中本周新增1份',
      '2025-X3',
      '张某（资源县扶贫办主任）',
      '二〇二六年十一月二十五日',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
