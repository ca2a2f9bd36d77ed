import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { AccountabilityRecord } from '../src/modules/accountability/accountability-record.entity.js';
import { Alert, AlertEvent } from '../src/modules/alert/alert.entity.js';
import { ReportObligation, ReportTemplate } from '../src/modules/report/report.entity.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task, TaskCoUnit } from '../src/modules/task/task.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Hand-made fixture, clock frozen at Wednesday 2026-11-25 10:00 (W48); "last week" is 11-18 10:00.
// Weekly deadlines: W45 Fri 11-06 18:00, W46 Fri 11-13 18:00, W47 Fri 11-20 18:00 (no holidays).
// Tasks (T1–T4 start Mon 11-02; 44 working days to Thu 12-31, 15 to 11-20, 10 to 11-13):
//   T1 lead A, due 12-31: W45 20 % and W46 40 % on time, W47 60 % late (Sat 11-21) → ON_TRACK
//   T2 lead A (co B), due 12-31: W45 10 % on time, W46 15 % late, W47 none      → AT_RISK
//   T3 lead B (co A), due 11-20: W45 50 %, W46 60 %, W47 100 %, all on time       → DONE
//   T4 lead M, due 11-13: nothing                                              → SLIPPED
//   T5 lead M, starts 12-01                                                     → NOT_STARTED
// Reports: R1 A due 11-05 filed 11-04 (on time); R2 A due 11-20 still pending (overdue);
//          R3 B due 11-10 filed late 11-12; R4 M due 11-30 (not yet due).
const DASHBOARD = `query ($campaignId: ID, $countyId: ID, $unitKind: UnitKind) {
  dashboard(campaignId: $campaignId, countyId: $countyId, unitKind: $unitKind) {
    taskStatusCounts { status count } completionRate onTimeRate reportOnTimeRate updatesDue updatesOnTime
    reportsDue reportsOnTime overdueReports { id templateName period dueAt unit { code } }
    openAlerts { level count }
    lastWeek { taskStatusCounts { status count } completionRate onTimeRate reportOnTimeRate openAlerts { level count } updatesDue }
    unitRanking {
      unit { code } score rank penalty updatesDue updatesOnTime
      parts { part rate weight points }
      tasks { status count }
    }
    weeks trend { week plannedPercent actualPercent }
    heatMap { unit { code } cells { week status } }
    slippedTasks { code status }
    accountabilityDecisions { decision count }
  }
}`;

type Counts = { status: string; count: number }[];
interface DashboardData {
  taskStatusCounts: Counts;
  completionRate: number;
  onTimeRate: number;
  reportOnTimeRate: number;
  updatesDue: number;
  updatesOnTime: number;
  reportsDue: number;
  reportsOnTime: number;
  overdueReports: {
    id: string;
    templateName: string;
    period: string;
    dueAt: string;
    unit: { code: string };
  }[];
  openAlerts: { level: string; count: number }[];
  lastWeek: {
    reportOnTimeRate: number;
    taskStatusCounts: Counts;
    completionRate: number;
    onTimeRate: number;
    openAlerts: { level: string; count: number }[];
    updatesDue: number;
  };
  unitRanking: {
    unit: { code: string };
    score: number;
    rank: number;
    penalty: number;
    updatesDue: number;
    updatesOnTime: number;
    parts: { part: string; rate: number | null; weight: number; points: number }[];
    tasks: Counts;
  }[];
  weeks: string[];
  trend: { week: string; plannedPercent: number; actualPercent: number }[];
  heatMap: { unit: { code: string }; cells: { week: string; status: string }[] }[];
  slippedTasks: { code: string; status: string }[];
  accountabilityDecisions: { decision: string; count: number }[];
}

const nonZero = (counts: { count: number }[] & { status?: string }[]) =>
  Object.fromEntries(
    (counts as { status?: string; level?: string; count: number }[])
      .filter((c) => c.count > 0)
      .map((c) => [c.status ?? c.level, c.count]),
  );

/** Counts the SQL statements the app sends, by wrapping the driver's query runner. */
function countQueries(dataSource: DataSource) {
  const state = { count: 0 };
  const runner = dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
  void runner.release();
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (!/FROM "calendar_day"/.test(String(args[0]))) state.count++;
    return original.apply(this, args);
  };
  return state;
}

describe('dashboard: figures against a hand-computed fixture', () => {
  let app: TestApp;
  let leader: string;
  let reporter: string;
  let campaignId: string;
  const units: Record<string, string> = {};
  const taskIds: Record<string, string> = {};
  let authorId: string;

  const db = () => app.server.dataSource;
  const fetchDashboard = async (variables: Record<string, unknown> = {}, token = leader) =>
    (await app.ok<{ dashboard: DashboardData }>(DASHBOARD, { campaignId, ...variables }, token)).dashboard;

  const insertTask = async (
    code: string,
    lead: string,
    startsOn: string,
    dueOn: string,
    co: string[] = [],
  ) => {
    const id = randomUUID();
    await db()
      .getRepository(Task)
      .insert({
        id,
        campaignId,
        code,
        title: `任务${code}`,
        category: '',
        description: '',
        leadLeader: '',
        leadUnitId: units[lead],
        startsOn,
        dueOn,
        target: null,
        measure: null,
        archived: false,
        createdAt: new Date('2026-10-30T09:00:00+08:00'),
      });
    if (co.length)
      await db()
        .getRepository(TaskCoUnit)
        .insert(co.map((u) => ({ taskId: id, unitId: units[u] })));
    return id;
  };
  const insertUpdate = (taskId: string, week: string, percent: number, at: string, late = false) =>
    db()
      .getRepository(ProgressUpdate)
      .insert({
        id: timeOrderedId(),
        taskId,
        week,
        percent,
        value: null,
        summary: 'fixture',
        problems: null,
        nextSteps: null,
        authorId,
        createdAt: new Date(at),
        late,
      });
  /** An alert with its history, events in time order (their UUIDv7 ids follow insertion order). */
  const insertAlert = async (
    unit: string,
    status: string,
    events: { kind: string; level: string; at: string }[],
  ) => {
    const id = timeOrderedId();
    const last = events.at(-1)!;
    await db()
      .getRepository(Alert)
      .insert({
        id,
        rule: 'MISSED_UPDATE',
        subjectType: 'TASK',
        subjectId: randomUUID(),
        unitId: units[unit],
        period: '2026-W47',
        level: [...events].reverse().find((e) => e.kind !== 'RESOLVED' && e.kind !== 'ACKNOWLEDGED')!
          .level as never,
        status: status as never,
        message: 'fixture',
        detail: {},
        firedAt: new Date(events[0].at),
        escalatedAt: null,
        resolvedAt: last.kind === 'RESOLVED' ? new Date(last.at) : null,
        acknowledgedAt: null,
        acknowledgedById: null,
        acknowledgementNote: null,
      });
    for (const e of events) {
      await db()
        .getRepository(AlertEvent)
        .insert({
          id: timeOrderedId(),
          alertId: id,
          kind: e.kind as never,
          level: e.level as never,
          actorId: null,
          at: new Date(e.at),
          note: null,
        });
    }
  };

  beforeAll(async () => {
    app = await startTestApp({ seed: false, env: { ADMIN_INITIAL_PASSWORD: 'First#Admin2026' } });
    const admin = await app.login('admin', 'First#Admin2026');
    authorId = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, admin)).me.id;
    campaignId = (
      await app.ok<{ createCampaign: { id: string } }>(
        'mutation { createCampaign(input: { name: "2026年测试专项治理", year: 2026 }) { id } }',
        {},
        admin,
      )
    ).createCampaign.id;
    for (const [code, kind] of [
      ['ca', 'COUNTY'],
      ['cb', 'COUNTY'],
      ['mu', 'MUNICIPAL_UNIT'],
    ]) {
      const { createUnit } = await app.ok<{ createUnit: { id: string } }>(
        'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
        { input: { code, name: `单位${code}`, kind } },
        admin,
      );
      units[code] = createUnit.id;
    }
    const createUser = (username: string, roles: string[], unitId?: string) =>
      app.ok(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { username, displayName: username, password: 'Lvze@2026', roles, unitId } },
        admin,
      );
    await createUser('boss', ['LEADER']);
    await createUser('ca-rep', ['REPORTER'], units.ca);
    leader = await app.login('boss');
    reporter = await app.login('ca-rep');

    const t1 = await insertTask('T1', 'ca', '2026-11-02', '2026-12-31');
    await insertUpdate(t1, '2026-W45', 20, '2026-11-06T10:00:00+08:00');
    await insertUpdate(t1, '2026-W46', 40, '2026-11-13T10:00:00+08:00');
    await insertUpdate(t1, '2026-W47', 60, '2026-11-21T09:00:00+08:00', true);
    const t2 = await insertTask('T2', 'ca', '2026-11-02', '2026-12-31', ['cb']);
    await insertUpdate(t2, '2026-W45', 10, '2026-11-06T10:00:00+08:00');
    await insertUpdate(t2, '2026-W46', 15, '2026-11-14T09:00:00+08:00', true);
    const t3 = await insertTask('T3', 'cb', '2026-11-02', '2026-11-20', ['ca']);
    await insertUpdate(t3, '2026-W45', 50, '2026-11-06T10:00:00+08:00');
    await insertUpdate(t3, '2026-W46', 60, '2026-11-13T10:00:00+08:00');
    await insertUpdate(t3, '2026-W47', 100, '2026-11-20T12:00:00+08:00');
    taskIds.T2 = t2;
    taskIds.T4 = await insertTask('T4', 'mu', '2026-11-02', '2026-11-13');
    await insertTask('T5', 'mu', '2026-12-01', '2026-12-31');

    // Now: REMINDER (A) and WARNING (M). A week ago: REMINDER (M, before it escalated) and ACCOUNTABILITY (B).
    await insertAlert('ca', 'OPEN', [{ kind: 'FIRED', level: 'REMINDER', at: '2026-11-20T18:00:00+08:00' }]);
    await insertAlert('mu', 'ACKNOWLEDGED', [
      { kind: 'FIRED', level: 'REMINDER', at: '2026-11-10T18:00:00+08:00' },
      { kind: 'ESCALATED', level: 'WARNING', at: '2026-11-19T12:00:00+08:00' },
      { kind: 'ACKNOWLEDGED', level: 'WARNING', at: '2026-11-21T09:00:00+08:00' },
    ]);
    await insertAlert('cb', 'RESOLVED', [
      { kind: 'FIRED', level: 'REMINDER', at: '2026-11-09T18:00:00+08:00' },
      { kind: 'ESCALATED', level: 'ACCOUNTABILITY', at: '2026-11-16T12:00:00+08:00' },
      { kind: 'RESOLVED', level: 'ACCOUNTABILITY', at: '2026-11-20T12:00:00+08:00' },
    ]);

    const templateId = randomUUID();
    await db()
      .getRepository(ReportTemplate)
      .insert({
        id: templateId,
        code: 'monthly',
        name: '工作月报',
        cadence: 'MONTHLY' as never,
        dueRule: { kind: 'WORKING_DAYS_AFTER', workingDays: 5 } as never,
        audience: { unitKinds: [], tags: [], functionalDepartments: false, unitIds: [] },
        activeFrom: '2026-01-01',
        activeUntil: null,
        currentVersionId: randomUUID(),
        createdAt: new Date('2026-01-01T09:00:00+08:00'),
      });
    const report = (unit: string, period: string, dueAt: string, status: string, submittedAt?: string) => ({
      id: timeOrderedId(),
      templateId,
      templateVersionId: randomUUID(),
      unitId: units[unit],
      period,
      dueAt: new Date(dueAt),
      status: status as never,
      draft: null,
      draftSavedAt: null,
      submittedAt: submittedAt ? new Date(submittedAt) : null,
      late: submittedAt ? new Date(submittedAt) > new Date(dueAt) : false,
      createdAt: new Date('2026-10-01T09:00:00+08:00'),
    });
    await db()
      .getRepository(ReportObligation)
      .insert([
        report('ca', '2026-10', '2026-11-05T18:00:00+08:00', 'SUBMITTED', '2026-11-04T10:00:00+08:00'),
        report('ca', '2026-11', '2026-11-20T18:00:00+08:00', 'PENDING'),
        report('cb', '2026-10', '2026-11-10T18:00:00+08:00', 'ACCEPTED', '2026-11-12T10:00:00+08:00'),
        report('mu', '2026-11', '2026-11-30T18:00:00+08:00', 'PENDING'),
      ]);

    const decision = (unit: string, kind: string) => ({
      id: timeOrderedId(),
      campaignId,
      alertId: null,
      unitId: units[unit],
      decision: kind as never,
      persons: '张三（科长）',
      reason: 'fixture',
      decidedOn: '2026-11-20',
      recordedById: authorId,
      recordedAt: new Date('2026-11-20T10:00:00+08:00'),
    });
    await db()
      .getRepository(AccountabilityRecord)
      .insert([
        decision('mu', 'CIRCULATED_CRITICISM'),
        decision('cb', 'TALK_REMINDER'),
        decision('cb', 'TALK_REMINDER'),
      ]);
  }, 60_000);
  afterAll(() => app.close());

  it('gives the headline figures and last week’s', async () => {
    const d = await fetchDashboard();
    expect(nonZero(d.taskStatusCounts)).toEqual({
      ON_TRACK: 1,
      AT_RISK: 1,
      DONE: 1,
      SLIPPED: 1,
      NOT_STARTED: 1,
    });
    // (60 + 15 + 100 + 0 + 0) / 5
    expect(d.completionRate).toBe(35);
    // Due: T1–T4 three weeks each (T4 is overdue, it still owes them); on time: T1 2, T2 1, T3 3, T4 0.
    expect([d.updatesDue, d.updatesOnTime, d.onTimeRate]).toEqual([12, 6, 50]);
    // Due by now: R1, R2, R3; on time: R1. A week ago: R1, R3 due, R1 on time.
    expect([d.reportsDue, d.reportsOnTime, d.reportOnTimeRate]).toEqual([3, 1, 33.3]);
    expect(d.lastWeek.reportOnTimeRate).toBe(50);
    expect(nonZero(d.openAlerts)).toEqual({ REMINDER: 1, WARNING: 1 });

    // As of 11-18 10:00: W45 and W46 were due; T1 2/2, T2 1/2, T3 2/2, T4 0/2 → 5/8.
    expect(nonZero(d.lastWeek.taskStatusCounts)).toEqual({
      ON_TRACK: 1,
      AT_RISK: 2,
      SLIPPED: 1,
      NOT_STARTED: 1,
    });
    expect(d.lastWeek.completionRate).toBe(23); // (40 + 15 + 60 + 0 + 0) / 5
    expect([d.lastWeek.updatesDue, d.lastWeek.onTimeRate]).toEqual([8, 62.5]);
    expect(nonZero(d.lastWeek.openAlerts)).toEqual({ REMINDER: 1, ACCOUNTABILITY: 1 });
  });

  it('counts as many tasks by status as the task list holds', async () => {
    const d = await fetchDashboard();
    const { tasks } = await app.ok<{ tasks: { status: string }[] }>(
      'query ($c: ID) { tasks(campaignId: $c) { status } }',
      { c: campaignId },
      leader,
    );
    expect(d.taskStatusCounts.reduce((n, c) => n + c.count, 0)).toBe(tasks.length);
    for (const { status, count } of d.taskStatusCounts)
      expect(tasks.filter((t) => t.status === status)).toHaveLength(count);
  });

  it('ranks units by the documented score with its parts', async () => {
    const d = await fetchDashboard();
    expect(d.unitRanking.map((r) => [r.unit.code, r.score, r.rank])).toEqual([
      // updates 100, tasks 100, reports 0/1 → (30×100 + 30×100 + 20×0) / 80
      ['cb', 75, 1],
      // updates 3/6 = 50, tasks (1 + 0.5) / 2 = 75, reports 1/2 = 50 → 59.375, − 1 for the open reminder
      ['ca', 58.4, 2],
      ['mu', 0, 3],
    ]);
    const a = d.unitRanking[1];
    expect([a.updatesDue, a.updatesOnTime, a.penalty]).toEqual([6, 3, 1]);
    expect(a.parts).toEqual([
      { part: 'UPDATES', rate: 50, weight: 37.5, points: 18.8 },
      { part: 'TASKS', rate: 75, weight: 37.5, points: 28.1 },
      { part: 'ASSIGNMENTS', rate: null, weight: 0, points: 0 },
      { part: 'REPORTS', rate: 50, weight: 25, points: 12.5 },
    ]);
  });

  it('draws the trend, the heat map and lists the slipped tasks', async () => {
    const d = await fetchDashboard();
    expect(d.weeks[0]).toBe('2026-W01');
    expect(d.weeks.at(-1)).toBe('2026-W48');
    expect(d.trend).toHaveLength(d.weeks.length);
    // End of W47: planned T1 and T2 15/44 = 34.1, T3 100, T4 100, T5 0; actual 60, 15, 100, 0, 0.
    expect(d.trend.find((p) => p.week === '2026-W47')).toEqual({
      week: '2026-W47',
      plannedPercent: 53.6,
      actualPercent: 35,
    });
    const w47 = (code: string) =>
      d.heatMap.find((r) => r.unit.code === code)!.cells.find((c) => c.week === '2026-W47')!.status;
    expect(d.heatMap.map((r) => r.unit.code).sort()).toEqual(['ca', 'cb', 'mu']);
    expect([w47('ca'), w47('cb'), w47('mu')]).toEqual(['AT_RISK', 'DONE', 'SLIPPED']);
    expect(d.slippedTasks).toEqual([{ code: 'T4', status: 'SLIPPED' }]);
    expect(d.overdueReports.map((r) => [r.unit.code, r.templateName, r.period, r.dueAt])).toEqual([
      ['ca', '工作月报', '2026-11', '2026-11-20T18:00:00.000+08:00'],
    ]);
    expect(
      Object.fromEntries(d.accountabilityDecisions.filter((c) => c.count).map((c) => [c.decision, c.count])),
    ).toEqual({ CIRCULATED_CRITICISM: 1, TALK_REMINDER: 2 });
  });

  it('filters by county-level area and by unit kind', async () => {
    const county = await fetchDashboard({ countyId: units.ca });
    expect(nonZero(county.taskStatusCounts)).toEqual({ ON_TRACK: 1, AT_RISK: 1 });
    expect(county.unitRanking.map((r) => r.unit.code)).toEqual(['ca']);
    expect(nonZero(county.openAlerts)).toEqual({ REMINDER: 1 });
    const municipal = await fetchDashboard({ unitKind: 'MUNICIPAL_UNIT' });
    expect(nonZero(municipal.taskStatusCounts)).toEqual({ SLIPPED: 1, NOT_STARTED: 1 });
    expect(municipal.accountabilityDecisions.filter((c) => c.count)).toEqual([
      { decision: 'CIRCULATED_CRITICISM', count: 1 },
    ]);
  });

  it('shows a reporter their own unit only, whatever the filters', async () => {
    const d = await fetchDashboard({ unitKind: 'MUNICIPAL_UNIT' }, reporter);
    // The reporter's task list: T1 and T2 (led), T3 (co-operated).
    expect(nonZero(d.taskStatusCounts)).toEqual({ ON_TRACK: 1, AT_RISK: 1, DONE: 1 });
    const { tasks } = await app.ok<{ tasks: unknown[] }>(
      'query ($c: ID) { tasks(campaignId: $c) { id } }',
      { c: campaignId },
      reporter,
    );
    expect(d.taskStatusCounts.reduce((n, c) => n + c.count, 0)).toBe(tasks.length);
    expect(d.completionRate).toBe(58.3); // (60 + 15 + 100) / 3
    expect([d.reportsDue, d.reportsOnTime, d.lastWeek.reportOnTimeRate]).toEqual([2, 1, 100]);
    expect(d.overdueReports.map((r) => r.unit.code)).toEqual(['ca']);
    expect([d.updatesDue, d.updatesOnTime]).toEqual([9, 6]);
    expect(nonZero(d.openAlerts)).toEqual({ REMINDER: 1 });
    expect(nonZero(d.lastWeek.openAlerts)).toEqual({});
    // Their own row, with its rank among every unit.
    expect(d.unitRanking.map((r) => [r.unit.code, r.rank])).toEqual([['ca', 2]]);
    expect(d.accountabilityDecisions.every((c) => c.count === 0)).toBe(true);
  });

  it('refuses the auditor', async () => {
    const admin = await app.login('admin', 'First#Admin2026');
    await app.ok(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'audit', displayName: 'audit', password: 'Lvze@2026', roles: ['AUDITOR'] } },
      admin,
    );
    const error = await app.errorOf(DASHBOARD, { campaignId }, await app.login('audit'));
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  it('exports the year’s unit scores as .xlsx', async () => {
    const { unitScoreLedger } = await app.ok<{
      unitScoreLedger: { filename: string; contentBase64: string };
    }>(
      'query ($c: ID) { unitScoreLedger(campaignId: $c) { filename contentBase64 } }',
      { c: campaignId },
      leader,
    );
    expect(unitScoreLedger.filename).toMatch(/单位得分台账.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(unitScoreLedger.contentBase64, 'base64') as never);
    const sheet = workbook.getWorksheet('单位得分')!;
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining([1, 'cb', '单位cb', 75]));
    expect(sheet.getRow(4).getCell(5).value).toBe(58.4);
    expect(workbook.getWorksheet('计分办法')).toBeDefined();
  });

  // The dashboard keeps each task's timeline while the task and its updates stand still: a filing
  // must show on the next request, in the figures that come from the rules and those counted in SQL.
  it('shows a filing at once', async () => {
    const before = await fetchDashboard();
    expect(nonZero(before.taskStatusCounts)).toMatchObject({ AT_RISK: 1, ON_TRACK: 1 });
    // T2 (A's, 15 %) missed week 47; A's reporter files it late at 60 %: on track again.
    await app.ok(
      'mutation ($input: SubmitProgressInput!) { submitProgress(input: $input) { id } }',
      { input: { taskId: taskIds.T2, week: '2026-W47', percent: 60, summary: '补报第47周进展' } },
      reporter,
    );
    const filed = await fetchDashboard();
    expect(nonZero(filed.taskStatusCounts)).toEqual({ ON_TRACK: 2, DONE: 1, SLIPPED: 1, NOT_STARTED: 1 });
    expect(filed.completionRate).toBe(44); // (60 + 60 + 100 + 0 + 0) / 5
    expect([filed.updatesDue, filed.updatesOnTime]).toEqual([12, 6]); // late: not on time
    // An on-time update of M's overdue T4 for week 46 (an import of a paper record, filed by its deadline).
    await insertUpdate(taskIds.T4, '2026-W46', 50, '2026-11-13T09:00:00+08:00');
    const imported = await fetchDashboard();
    expect([imported.updatesDue, imported.updatesOnTime, imported.completionRate]).toEqual([12, 7, 54]);
  });

  it('reads again only the tasks that moved, in as many statements whatever their number', async () => {
    const counter = countQueries(db());
    const measure = async () => {
      counter.count = 0;
      await fetchDashboard();
      return counter.count;
    };
    const addTasks = async (from: number, n: number) => {
      for (let i = from; i < from + n; i++) {
        const id = await insertTask(`X${i}`, i % 2 ? 'ca' : 'mu', '2026-11-02', '2026-12-31', ['cb']);
        await insertUpdate(id, '2026-W46', 30, '2026-11-13T09:00:00+08:00');
      }
    };
    await measure(); // the calendar cache and the kept timelines warm up
    const quiet = await measure();
    await addTasks(0, 5);
    const fiveNew = await measure();
    await addTasks(5, 10);
    expect(await measure()).toBe(fiveNew);
    // Nothing moved: the tasks' updates are not read again.
    expect(quiet).toBeLessThan(fiveNew);
    expect(fiveNew).toBeLessThan(20);
  });
});
