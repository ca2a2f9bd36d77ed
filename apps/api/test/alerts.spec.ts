import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { Alert, AlertEvent } from '../src/modules/alert/alert.entity.js';
import { ReportObligation, ReportSubmission, ReportTemplate } from '../src/modules/report/report.entity.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task } from '../src/modules/task/task.entity.js';
import { type RunningServer, startServer } from '../src/server.js';
import { testDialect } from './support/test-database.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id code } }`;
const SWEEP = `mutation ($asOf: DateTime) { runAlertSweep(asOf: $asOf) { fired escalated resolved } }`;
const ALERTS = `query ($status: AlertStatus, $unitId: ID, $rule: AlertRuleKind, $subjectId: ID) {
  alerts(status: $status, unitId: $unitId, rule: $rule, subjectId: $subjectId) {
    id rule level status period message firedAt escalatedAt resolvedAt unit { code } task { code } assignment { id }
    history { kind level at actor { username } note }
  }
}`;
const ACKNOWLEDGE = `mutation ($id: ID!, $note: String) {
  acknowledgeAlert(id: $id, note: $note) { id status level acknowledgedAt acknowledgedBy { username } acknowledgementNote history { kind actor { username } note } }
}`;

interface AlertRow {
  id: string;
  rule: string;
  level: string;
  status: string;
  period: string;
  message: string;
  firedAt: string;
  escalatedAt: string | null;
  resolvedAt: string | null;
  unit: { code: string };
  task: { code: string } | null;
  assignment: { id: string } | null;
  history: {
    kind: string;
    level: string;
    at: string;
    actor: { username: string } | null;
    note: string | null;
  }[];
}
interface SweepResult {
  fired: number;
  escalated: number;
  resolved: number;
}

describe('alerts: the sweep, the alert centre and the live feed', () => {
  let app: TestApp;
  let staff: string;
  let staffId: string;
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
  }, 60_000);
  afterAll(() => app.close());

  const sweep = async (asOf: string, token = staff) =>
    (await app.ok<{ runAlertSweep: SweepResult }>(SWEEP, { asOf }, token)).runAlertSweep;

  /** A task as it would have been created at `createdAt` (the app's clock is frozen at 2026-11-25 10:00). */
  const createTask = async (input: Record<string, unknown>, createdAt = '2026-01-05T09:00:00+08:00') => {
    const { createTask: task } = await app.ok<{ createTask: { id: string; code: string } }>(
      CREATE,
      { input: { leadUnitId: units.get('ziyuan'), startsOn: '2026-11-09', dueOn: '2026-12-31', ...input } },
      staff,
    );
    await app.server.dataSource
      .getRepository(Task)
      .update({ id: task.id }, { createdAt: new Date(createdAt) });
    return task;
  };

  const fileUpdate = async (taskId: string, week: string, percent: number, at: string) => {
    await app.server.dataSource.getRepository(ProgressUpdate).insert({
      id: timeOrderedId(),
      taskId,
      week,
      percent,
      value: null,
      summary: 'fixture',
      problems: null,
      nextSteps: null,
      authorId: staffId,
      createdAt: new Date(at),
      late: false,
    });
  };

  const alertsOf = async (subjectId: string, rule = 'MISSED_UPDATE', token = staff) =>
    (await app.ok<{ alerts: AlertRow[] }>(ALERTS, { subjectId, rule }, token)).alerts.sort((a, b) =>
      a.period.localeCompare(b.period),
    );

  it('walks a task up the ladder of missed weekly updates and back down', async () => {
    // Starts Monday 11-09 (W46). W46 is due Friday 11-13 18:00, W47 Friday 11-20 18:00.
    const task = await createTask({ title: '预警阶梯测试任务' });

    await sweep('2026-11-13T17:59:00+08:00');
    await expect(alertsOf(task.id)).resolves.toEqual([]);

    await sweep('2026-11-13T18:00:00+08:00');
    const [reminder] = await alertsOf(task.id);
    expect(reminder).toMatchObject({
      rule: 'MISSED_UPDATE',
      period: '2026-W46',
      level: 'REMINDER',
      status: 'OPEN',
      unit: { code: 'ziyuan' },
      task: { code: task.code },
      assignment: null,
      firedAt: '2026-11-13T18:00:00.000+08:00',
    });
    expect(reminder.message).toBe(
      `「${task.code} 预警阶梯测试任务」2026-W46 周进度未按时填报（截止 11月13日 18:00）`,
    );

    // Still a reminder on Monday morning; a warning from 12:00 of the next working day.
    await sweep('2026-11-16T11:59:00+08:00');
    expect((await alertsOf(task.id))[0].level).toBe('REMINDER');
    await sweep('2026-11-16T12:00:00+08:00');
    const [warning] = await alertsOf(task.id);
    expect(warning).toMatchObject({
      id: reminder.id,
      level: 'WARNING',
      escalatedAt: '2026-11-16T12:00:00.000+08:00',
    });
    expect(warning.history.map((e) => [e.kind, e.level, e.actor])).toEqual([
      ['FIRED', 'REMINDER', null],
      ['ESCALATED', 'WARNING', null],
    ]);

    // A second consecutive missed week: ACCOUNTABILITY for it once its own deadline passed.
    await sweep('2026-11-20T18:00:00+08:00');
    const [w46, w47] = await alertsOf(task.id);
    expect([w46.period, w46.level, w46.id]).toEqual(['2026-W46', 'WARNING', reminder.id]);
    expect([w47.period, w47.level]).toEqual(['2026-W47', 'ACCOUNTABILITY']);
    expect(w47.message).toContain('已连续两周未填报');

    // The unit files both weeks (late) on Monday: the next sweep resolves both alerts.
    await fileUpdate(task.id, '2026-W46', 20, '2026-11-23T09:00:00+08:00');
    await fileUpdate(task.id, '2026-W47', 25, '2026-11-23T09:05:00+08:00');
    const result = await sweep('2026-11-23T10:00:00+08:00');
    expect(result.resolved).toBeGreaterThanOrEqual(2);
    const resolved = await alertsOf(task.id);
    expect(resolved.map((a) => [a.period, a.status, a.resolvedAt])).toEqual([
      ['2026-W46', 'RESOLVED', '2026-11-23T10:00:00.000+08:00'],
      ['2026-W47', 'RESOLVED', '2026-11-23T10:00:00.000+08:00'],
    ]);
    expect(resolved[0].history.map((e) => e.kind)).toEqual(['FIRED', 'ESCALATED', 'RESOLVED']);

    // The same sweep twice changes nothing.
    await expect(sweep('2026-11-23T10:00:00+08:00')).resolves.toEqual({
      fired: 0,
      escalated: 0,
      resolved: 0,
    });

    // Replaying an earlier moment sees the data as it stood then: the same rows reopen.
    await sweep('2026-11-20T18:00:00+08:00');
    const reopened = await alertsOf(task.id);
    expect(reopened.map((a) => [a.id, a.status, a.level])).toEqual([
      [w46.id, 'OPEN', 'WARNING'],
      [w47.id, 'OPEN', 'ACCOUNTABILITY'],
    ]);
    expect(reopened[0].history.map((e) => e.kind)).toEqual(['FIRED', 'ESCALATED', 'RESOLVED', 'REOPENED']);
    await sweep('2026-11-23T10:00:00+08:00');
    expect((await alertsOf(task.id)).map((a) => a.status)).toEqual(['RESOLVED', 'RESOLVED']);
  }, 120_000);

  it('moves the deadline to Thursday in the Dragon Boat week', async () => {
    // 2026-W25: Friday 06-19 is a holiday, so the update is due Thursday 06-18 18:00 and becomes
    // a warning at 12:00 on Monday 06-22, the next working day.
    const task = await createTask({ title: '端午周任务', startsOn: '2026-06-15', dueOn: '2026-07-31' });
    await sweep('2026-06-18T17:59:00+08:00');
    await expect(alertsOf(task.id)).resolves.toEqual([]);
    await sweep('2026-06-18T18:00:00+08:00');
    expect((await alertsOf(task.id)).map((a) => [a.period, a.level])).toEqual([['2026-W25', 'REMINDER']]);
    expect((await alertsOf(task.id))[0].message).toContain('截止 6月18日 18:00');
    await sweep('2026-06-22T11:59:00+08:00');
    expect((await alertsOf(task.id))[0].level).toBe('REMINDER');
    await sweep('2026-06-22T12:00:00+08:00');
    expect((await alertsOf(task.id))[0].level).toBe('WARNING');
  }, 120_000);

  it('fires OVERDUE after the due date and raises it to ACCOUNTABILITY after 5 working days', async () => {
    const task = await createTask({ title: '逾期测试任务', startsOn: '2026-11-02', dueOn: '2026-11-10' });
    await fileUpdate(task.id, '2026-W45', 40, '2026-11-06T10:00:00+08:00');
    await fileUpdate(task.id, '2026-W46', 60, '2026-11-10T10:00:00+08:00');
    await sweep('2026-11-11T09:00:00+08:00');
    const [overdue] = await alertsOf(task.id, 'OVERDUE');
    expect(overdue).toMatchObject({ period: 'due', level: 'WARNING' });
    await sweep('2026-11-18T09:00:00+08:00');
    expect((await alertsOf(task.id, 'OVERDUE'))[0]).toMatchObject({
      id: overdue.id,
      level: 'ACCOUNTABILITY',
    });
  }, 120_000);

  it('scopes alerts to a reporter’s unit, and lets them acknowledge their own', async () => {
    await createTask({ title: '灵川县任务', leadUnitId: units.get('lingchuan'), startsOn: '2026-11-09' });
    await sweep('2026-11-25T10:00:00+08:00');
    const ziyuan = await app.login('ziyuan');
    const { alerts } = await app.ok<{ alerts: AlertRow[] }>(ALERTS, { status: 'OPEN' }, ziyuan);
    expect(alerts.length).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => a.unit.code))).toEqual(new Set(['ziyuan']));
    const all = (await app.ok<{ alerts: AlertRow[] }>(ALERTS, { status: 'OPEN' }, staff)).alerts;
    expect(new Set(all.map((a) => a.unit.code)).size).toBeGreaterThan(1);

    const forbidden = await app.errorOf(ALERTS, { unitId: units.get('lingchuan') }, ziyuan);
    expect(forbidden.extensions.code).toBe('FORBIDDEN');
    await expect(app.ok(ALERTS, { unitId: units.get('ziyuan') }, ziyuan)).resolves.toMatchObject({
      alerts: expect.any(Array),
    });

    // Acknowledged: still counted until resolved; another unit's reporter may not.
    const target = alerts[0];
    const lingchuan = await app.login('lingchuan');
    expect((await app.errorOf(ACKNOWLEDGE, { id: target.id }, lingchuan)).extensions.code).toBe('FORBIDDEN');
    const before = (
      await app.ok<{ alertCounts: { level: string; count: number }[] }>(
        '{ alertCounts { level count } }',
        {},
        ziyuan,
      )
    ).alertCounts;
    const unreadBefore = (await app.ok<{ unreadAlertCount: number }>('{ unreadAlertCount }', {}, ziyuan))
      .unreadAlertCount;
    const { acknowledgeAlert } = await app.ok<{
      acknowledgeAlert: {
        status: string;
        acknowledgedBy: { username: string };
        acknowledgementNote: string;
        history: { kind: string; actor: { username: string } | null; note: string | null }[];
      };
    }>(ACKNOWLEDGE, { id: target.id, note: '已督促责任人本周补报' }, ziyuan);
    expect(acknowledgeAlert).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: { username: 'ziyuan' },
      acknowledgementNote: '已督促责任人本周补报',
    });
    expect(acknowledgeAlert.history.at(-1)).toEqual({
      kind: 'ACKNOWLEDGED',
      actor: { username: 'ziyuan' },
      note: '已督促责任人本周补报',
    });
    const after = (
      await app.ok<{ alertCounts: { level: string; count: number }[] }>(
        '{ alertCounts { level count } }',
        {},
        ziyuan,
      )
    ).alertCounts;
    expect(after).toEqual(before);
    expect(after.map((c) => c.level)).toEqual(['REMINDER', 'WARNING', 'ACCOUNTABILITY']);
    await expect(app.ok<{ unreadAlertCount: number }>('{ unreadAlertCount }', {}, ziyuan)).resolves.toEqual({
      unreadAlertCount: unreadBefore - 1,
    });

    const admin = await app.login('admin');
    const { auditEvents } = await app.ok<{ auditEvents: { action: string; actor: { username: string } }[] }>(
      'query ($id: ID!) { auditEvents(entityId: $id) { action actor { username } } }',
      { id: target.id },
      admin,
    );
    expect(auditEvents).toEqual([{ action: 'alert.acknowledge', actor: { username: 'ziyuan' } }]);
  }, 120_000);

  it('lets only staff and admins run the sweep', async () => {
    for (const username of ['leader', 'ziyuan', 'auditor']) {
      const token = await app.login(username);
      expect((await app.errorOf(SWEEP, { asOf: '2026-11-25T10:00:00+08:00' }, token)).extensions.code).toBe(
        'FORBIDDEN',
      );
    }
    const admin = await app.login('admin');
    await expect(sweep('2026-11-25T10:00:00+08:00', admin)).resolves.toEqual({
      fired: 0,
      escalated: 0,
      resolved: 0,
    });
  }, 60_000);

  it('tells a subscribed reporter of their unit’s alerts as the sweep fires them', async () => {
    const task = await createTask({ title: '订阅测试任务', startsOn: '2026-11-23' });
    const url = app.server.url.replace(/^http/, 'ws') + '/graphql';
    const clientOf = (token: string) =>
      createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
    const ziyuanClient = clientOf(await app.login('ziyuan'));
    const lingchuanClient = clientOf(await app.login('lingchuan'));
    const query =
      'subscription ($unitId: ID) { alertFired(unitId: $unitId) { id rule level period unit { code } task { id } } }';
    type Fired = {
      alertFired: {
        id: string;
        rule: string;
        period: string;
        unit: { code: string };
        task: { id: string } | null;
      };
    };
    const ziyuanHeard: Fired['alertFired'][] = [];
    const lingchuanHeard: Fired['alertFired'][] = [];
    try {
      const heard = new Promise<void>((resolve, reject) => {
        ziyuanClient.subscribe<Fired>(
          { query },
          {
            next: ({ data }) => {
              ziyuanHeard.push(data!.alertFired);
              if (data!.alertFired.task?.id === task.id) resolve();
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      lingchuanClient.subscribe<Fired>(
        { query },
        {
          next: ({ data }) => lingchuanHeard.push(data!.alertFired),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      // Asking for another unit's feed is refused.
      const refused = new Promise<unknown>((resolve, reject) => {
        lingchuanClient.subscribe(
          { query, variables: { unitId: units.get('ziyuan') } },
          { next: ({ errors }) => resolve(errors), error: reject, complete: () => resolve(null) },
        );
      });
      await expect(refused).resolves.toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
      ]);
      // graphql-ws has no "subscribed" acknowledgement: give the server a moment to start both.
      await new Promise((resolve) => setTimeout(resolve, 300));

      // Its W48 update is due Friday 11-27 18:00.
      await sweep('2026-11-27T18:00:00+08:00');
      await heard;
      expect(ziyuanHeard.find((a) => a.task?.id === task.id)).toMatchObject({
        rule: 'MISSED_UPDATE',
        period: '2026-W48',
        unit: { code: 'ziyuan' },
      });
      expect(ziyuanHeard.every((a) => a.unit.code === 'ziyuan')).toBe(true);
      expect(lingchuanHeard.every((a) => a.unit.code === 'lingchuan')).toBe(true);
    } finally {
      await ziyuanClient.dispose();
      await lingchuanClient.dispose();
    }
  }, 120_000);

  /** A pending obligation of ziyuan's, due Friday 2026-11-20 18:00, of the demo template `code`. */
  const insertObligation = async (code: string, period: string) => {
    const data = app.server.dataSource;
    const template = await data.getRepository(ReportTemplate).findOneByOrFail({ code });
    const obligation = {
      id: timeOrderedId(),
      templateId: template.id,
      templateVersionId: template.currentVersionId,
      unitId: units.get('ziyuan')!,
      period,
      dueAt: new Date('2026-11-20T18:00:00+08:00'),
      status: 'PENDING' as const,
      draft: null,
      draftSavedAt: null,
      submittedAt: null,
      late: false,
      version: 1,
      createdAt: new Date('2026-11-01T00:00:00+08:00'),
    };
    await data.getRepository(ReportObligation).insert(obligation as never);
    return { template, obligation };
  };

  it('walks a late report up its ladder and resolves it once filed', async () => {
    const data = app.server.dataSource;
    // A fixture obligation due Friday 2026-11-20 18:00: WARNING 2 working days later (Tue 11-24
    // 18:00), ACCOUNTABILITY 5 working days later (Fri 11-27 18:00).
    const { template, obligation } = await insertObligation('monthly-work', 'T-LADDER');
    const ladder = async (asOf: string) => {
      await sweep(asOf);
      return (await alertsOf(obligation.id, 'REPORT_OVERDUE')).map((a) => [a.level, a.status]);
    };
    expect(await ladder('2026-11-20T17:59:00+08:00')).toEqual([]);
    expect(await ladder('2026-11-20T18:00:00+08:00')).toEqual([['REMINDER', 'OPEN']]);
    expect(await ladder('2026-11-24T17:59:00+08:00')).toEqual([['REMINDER', 'OPEN']]);
    expect(await ladder('2026-11-24T18:00:00+08:00')).toEqual([['WARNING', 'OPEN']]);
    expect(await ladder('2026-11-27T18:00:00+08:00')).toEqual([['ACCOUNTABILITY', 'OPEN']]);

    const { alerts } = await app.ok<{
      alerts: { message: string; report: { id: string; period: string } }[];
    }>(
      `query ($id: ID) { alerts(subjectId: $id) { message report { id period } } }`,
      { id: obligation.id },
      staff,
    );
    expect(alerts[0].report).toEqual({ id: obligation.id, period: 'T-LADDER' });
    expect(alerts[0].message).toContain('报备逾期未报（截止 11月20日 18:00）');

    await data.getRepository(ReportSubmission).insert({
      id: timeOrderedId(),
      obligationId: obligation.id,
      templateVersionId: template.currentVersionId,
      content: {},
      submittedById: staffId,
      submittedAt: new Date('2026-11-28T10:00:00+08:00'),
      late: true,
    } as never);
    expect(await ladder('2026-11-28T12:00:00+08:00')).toEqual([['ACCOUNTABILITY', 'RESOLVED']]);
    // A replay of an earlier moment sees the report as it stood then: not filed, an hour before too
    // (the filing time is read as the instant it was, whatever the server's time zone).
    expect(await ladder('2026-11-27T18:00:00+08:00')).toEqual([['ACCOUNTABILITY', 'OPEN']]);
    expect(await ladder('2026-11-28T09:00:00+08:00')).toEqual([['ACCOUNTABILITY', 'OPEN']]);
  }, 120_000);

  it('tells the contact leader’s side, not the county, of a late contact record the leader files', async () => {
    const { obligation } = await insertObligation('quarterly-contact', 'T-CONTACT');
    await sweep('2026-11-20T18:00:00+08:00');
    // ziyuan's contact leader is deputy-zhang, of the commission (jiwei).
    const [alert] = await alertsOf(obligation.id, 'REPORT_OVERDUE');
    expect([alert.level, alert.unit.code]).toEqual(['REMINDER', 'jiwei']);
    expect(alert.message).toContain('资源县');
    const reporter = await app.login('ziyuan');
    expect(await alertsOf(obligation.id, 'REPORT_OVERDUE', reporter)).toEqual([]);
  }, 60_000);

  it('never double-fires when sweeps run at once, in one process or two', async () => {
    const repo = app.server.dataSource.getRepository(Alert);
    await app.server.dataSource.getRepository(AlertEvent).clear();
    await repo.clear();
    const asOf = '2026-11-25T10:00:00+08:00';

    // A second server on the same database stands for a second process (PostgreSQL only: the
    // embedded SQLite database belongs to one process).
    let second: RunningServer | undefined;
    if (testDialect() === 'postgres')
      second = await startServer(app.config, { listen: false, logger: false });
    try {
      const viaSecond = async () => {
        const response = await fetch(`${second!.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
          body: JSON.stringify({ query: SWEEP, variables: { asOf } }),
        });
        return ((await response.json()) as { data: { runAlertSweep: SweepResult } }).data.runAlertSweep;
      };
      const results = await Promise.all([
        sweep(asOf),
        sweep(asOf),
        second ? viaSecond() : sweep(asOf),
        second ? viaSecond() : sweep(asOf),
      ]);

      const duplicates = await repo
        .createQueryBuilder('a')
        .select(['a.rule', 'a.subject_id', 'a.period'])
        .groupBy('a.rule')
        .addGroupBy('a.subject_id')
        .addGroupBy('a.period')
        .having('COUNT(*) > 1')
        .getRawMany();
      expect(duplicates).toEqual([]);
      const stored = await repo.count();
      expect(stored).toBeGreaterThan(50);
      expect(results.reduce((sum, r) => sum + r.fired, 0)).toBe(stored);
      expect(results.every((r) => r.escalated === 0 && r.resolved === 0)).toBe(true);
      await expect(app.server.dataSource.getRepository(AlertEvent).countBy({ kind: 'FIRED' })).resolves.toBe(
        stored,
      );
      await expect(sweep(asOf)).resolves.toEqual({ fired: 0, escalated: 0, resolved: 0 });
    } finally {
      await second?.close();
    }
  }, 180_000);
});
