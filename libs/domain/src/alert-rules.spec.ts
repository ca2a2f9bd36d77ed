import {
  ALERT_LEVELS,
  DEFAULT_ALERT_THRESHOLDS,
  type AlertLevel,
  type AlertRuleKind,
  type AlertWorkItem,
  type ExpectedAlert,
  alertMessage,
  alertsForItem,
  expectedAlerts,
  expectedReportAlerts,
  higherLevel,
  missedUpdateWarningAt,
  overdueAccountabilityAt,
  pauseEscalation,
  validateAlertThresholds,
  reportOverdueLadder,
  reportOverdueLevel,
} from './alert-rules.js';
import type { ProgressPoint } from './task-status.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();
// Beijing wall-clock time, e.g. bj('2026-11-20 18:00').
const bj = (wallClock: string): Date => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
const update = (week: string, percent: number, createdAt: string): ProgressPoint => ({
  week,
  percent,
  createdAt: bj(createdAt),
});
const item = (overrides: Partial<AlertWorkItem> = {}): AlertWorkItem => ({
  id: 'task-1',
  kind: 'TASK',
  unitId: 'unit-1',
  startsOn: '2026-11-02',
  dueOn: '2026-12-31',
  updates: [],
  ...overrides,
});
const of = (alerts: ExpectedAlert[], rule: AlertRuleKind) => alerts.filter((a) => a.rule === rule);
const levels = (alerts: ExpectedAlert[], rule: AlertRuleKind) =>
  Object.fromEntries(of(alerts, rule).map((a) => [a.period, a.level]));

describe('the ladder', () => {
  it('orders the levels and never lowers one', () => {
    expect(ALERT_LEVELS).toEqual(['REMINDER', 'WARNING', 'ACCOUNTABILITY']);
    expect(higherLevel('WARNING', 'REMINDER')).toBe('WARNING');
    expect(higherLevel('WARNING', 'ACCOUNTABILITY')).toBe('ACCOUNTABILITY');
    expect(DEFAULT_ALERT_THRESHOLDS).toEqual({
      atRiskPoints: 10,
      slippedPoints: 25,
      dueSoonWorkingDays: 3,
      dueSoonBelowPercent: 80,
      missedUpdateWarningTime: '12:00',
      overdueAccountabilityWorkingDays: 5,
      reportWarningWorkingDays: 2,
      reportAccountabilityWorkingDays: 5,
    });
  });

  it.each([
    // deadline, warning at (12:00 of the next working day)
    ['2026-11-20 18:00', '2026-11-23 12:00'], // plain Friday → Monday
    ['2026-06-18 18:00', '2026-06-22 12:00'], // Dragon Boat: Fri 06-19 is a holiday
    ['2026-09-30 18:00', '2026-10-08 12:00'], // National Day: 10-01…10-07 off
    ['2026-10-10 18:00', '2026-10-12 12:00'], // Saturday make-up day → Monday
    ['2026-02-14 18:00', '2026-02-24 12:00'], // Spring Festival: 02-15…02-23 off
  ])('a missed update due %s becomes a WARNING at %s', (deadline, warning) => {
    expect(missedUpdateWarningAt(bj(deadline), calendar)).toEqual(bj(warning));
  });
});

describe('MISSED_UPDATE', () => {
  // 2026-W47: deadline Friday 11-20 18:00, WARNING from Monday 11-23 12:00; W48's deadline Friday 11-27 18:00.
  const task = item({ startsOn: '2026-11-16', updates: [] });

  it.each<[string, Record<string, AlertLevel>]>([
    ['2026-11-20 17:59', {}],
    ['2026-11-20 18:00', { '2026-W47': 'REMINDER' }],
    ['2026-11-23 11:59', { '2026-W47': 'REMINDER' }],
    ['2026-11-23 12:00', { '2026-W47': 'WARNING' }],
    ['2026-11-27 17:59', { '2026-W47': 'WARNING' }],
    // Two consecutive weeks missed: the later week's alert is ACCOUNTABILITY once its deadline passed.
    ['2026-11-27 18:00', { '2026-W47': 'WARNING', '2026-W48': 'ACCOUNTABILITY' }],
  ])('as of %s', (asOf, expected) => {
    expect(levels(alertsForItem(task, bj(asOf), calendar), 'MISSED_UPDATE')).toEqual(expected);
  });

  it('is resolved by an update for that week, even a late one, but only once it was filed', () => {
    const late = item({ startsOn: '2026-11-16', updates: [update('2026-W47', 40, '2026-11-24 09:00')] });
    expect(levels(alertsForItem(late, bj('2026-11-23 12:00'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W47': 'WARNING',
    });
    expect(levels(alertsForItem(late, bj('2026-11-24 09:00'), calendar), 'MISSED_UPDATE')).toEqual({});
    // An update for another week does not answer for W47.
    const other = item({ startsOn: '2026-11-16', updates: [update('2026-W48', 40, '2026-11-24 09:00')] });
    expect(levels(alertsForItem(other, bj('2026-11-24 09:00'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W47': 'WARNING',
    });
  });

  it('needs the week before to be missed too for ACCOUNTABILITY', () => {
    const broken = item({
      startsOn: '2026-11-09',
      updates: [update('2026-W47', 40, '2026-11-20 10:00')],
    });
    // W46 missed, W47 reported, W48 missed: two single misses, no accountability.
    expect(levels(alertsForItem(broken, bj('2026-11-27 18:00'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W46': 'WARNING',
      '2026-W48': 'REMINDER',
    });
  });

  it('lets a later update catch up on earlier weeks when the item says so (assignments)', () => {
    const updates = [update('2026-W47', 40, '2026-11-24 09:00')];
    const task = item({ startsOn: '2026-11-09', updates });
    const assignment = item({ kind: 'ASSIGNMENT', startsOn: '2026-11-09', updates, catchUp: true });
    // W46 and W48 are still missing for the task; the assignment's update (filed in W48) answers
    // W46 and W47, and W48 once filed in it.
    expect(levels(alertsForItem(task, bj('2026-11-27 18:00'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W46': 'WARNING',
      '2026-W48': 'REMINDER',
    });
    expect(levels(alertsForItem(assignment, bj('2026-11-27 18:00'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W48': 'REMINDER',
    });
    expect(levels(alertsForItem(assignment, bj('2026-11-24 08:00'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W46': 'WARNING',
      '2026-W47': 'ACCOUNTABILITY',
    });
  });

  it('does not count deadlines before the item started', () => {
    // Starts Saturday 11-21: W47's deadline (Friday) was before it.
    const lateStart = item({ startsOn: '2026-11-21' });
    expect(of(alertsForItem(lateStart, bj('2026-11-25 10:00'), calendar), 'MISSED_UPDATE')).toEqual([]);
  });

  it.each<[string, string, string, Record<string, AlertLevel>]>([
    // Dragon Boat 2026: W25's last working day is Thursday 06-18 (Friday 06-19 is a holiday).
    ['Dragon Boat, before the Thursday deadline', '2026-06-15', '2026-06-18 17:59', {}],
    ['Dragon Boat, at the Thursday deadline', '2026-06-15', '2026-06-18 18:00', { '2026-W25': 'REMINDER' }],
    ['Dragon Boat, on the holiday Friday', '2026-06-15', '2026-06-19 12:00', { '2026-W25': 'REMINDER' }],
    ['Dragon Boat, Monday 11:59', '2026-06-15', '2026-06-22 11:59', { '2026-W25': 'REMINDER' }],
    ['Dragon Boat, Monday 12:00', '2026-06-15', '2026-06-22 12:00', { '2026-W25': 'WARNING' }],
    // National Day 2026: W40 is due Wednesday 09-30; the next working day is Thursday 10-08.
    ['National Day, W40 deadline', '2026-09-28', '2026-09-30 18:00', { '2026-W40': 'REMINDER' }],
    ['National Day, during the holiday', '2026-09-28', '2026-10-05 12:00', { '2026-W40': 'REMINDER' }],
    ['National Day, Thursday 10-08 12:00', '2026-09-28', '2026-10-08 12:00', { '2026-W40': 'WARNING' }],
    // Saturday 10-10 is a make-up working day, so W41 is due Saturday 18:00, not Friday.
    ['National Day, W41 not due on Friday', '2026-09-28', '2026-10-09 18:00', { '2026-W40': 'WARNING' }],
    [
      'National Day, W41 due on the make-up Saturday',
      '2026-09-28',
      '2026-10-10 18:00',
      { '2026-W40': 'WARNING', '2026-W41': 'ACCOUNTABILITY' },
    ],
    // Spring Festival 2026: W08 has no working day, so nothing is due that week; W07 (due on the
    // make-up Saturday 02-14) and W09 (due on the make-up Saturday 02-28) are consecutive.
    ['Spring Festival, W07 due Saturday', '2026-02-09', '2026-02-14 18:00', { '2026-W07': 'REMINDER' }],
    [
      'Spring Festival, still a reminder in W08',
      '2026-02-09',
      '2026-02-22 23:00',
      { '2026-W07': 'REMINDER' },
    ],
    ['Spring Festival, warning Tuesday 02-24', '2026-02-09', '2026-02-24 12:00', { '2026-W07': 'WARNING' }],
    [
      'Spring Festival, W09 follows W07',
      '2026-02-09',
      '2026-02-28 18:00',
      { '2026-W07': 'WARNING', '2026-W09': 'ACCOUNTABILITY' },
    ],
  ])('holiday weeks: %s', (_name, startsOn, asOf, expected) => {
    const holiday = item({ startsOn, dueOn: '2026-12-31' });
    expect(levels(alertsForItem(holiday, bj(asOf), calendar), 'MISSED_UPDATE')).toEqual(expected);
  });
});

describe('BEHIND_PLAN', () => {
  // As of Wednesday 11-25 (W48): the plan says 60 %; W47's update is on time, so only the gap speaks.
  const behind = (percent: number) =>
    item({
      startsOn: '2026-11-16',
      weeklyPlan: { '2026-W48': 60 },
      updates: [update('2026-W47', percent, '2026-11-20 10:00')],
    });

  it.each<[number, AlertLevel | null]>([
    [50.1, null],
    [50, 'REMINDER'],
    [35.1, 'REMINDER'],
    [35, 'WARNING'],
    [0, 'WARNING'],
  ])('%d %% against a plan of 60 %% → %s', (percent, level) => {
    const alerts = of(alertsForItem(behind(percent), bj('2026-11-25 10:00'), calendar), 'BEHIND_PLAN');
    expect(alerts.map((a) => [a.period, a.level])).toEqual(level ? [['2026-W48', level]] : []);
  });

  it('follows the campaign’s thresholds', () => {
    const alerts = alertsForItem(behind(55), bj('2026-11-25 10:00'), calendar, {
      ...DEFAULT_ALERT_THRESHOLDS,
      atRiskPoints: 5,
    });
    expect(of(alerts, 'BEHIND_PLAN')[0]).toMatchObject({
      level: 'REMINDER',
      detail: { week: '2026-W48', plannedPercent: 60, percent: 55, gap: 5 },
    });
  });
});

describe('OVERDUE', () => {
  it.each<[string, string, AlertLevel | null]>([
    // Due Tuesday 11-10: overdue from 24:00; ACCOUNTABILITY after 5 working days (11-11 … 11-17).
    ['2026-11-10', '2026-11-10 23:59', null],
    ['2026-11-10', '2026-11-11 00:00', 'WARNING'],
    ['2026-11-10', '2026-11-17 23:59', 'WARNING'],
    ['2026-11-10', '2026-11-18 00:00', 'ACCOUNTABILITY'],
    // Due Wednesday 09-30: the National Day week does not count (10-08, 09, 10 Sat, 12, 13).
    ['2026-09-30', '2026-10-07 12:00', 'WARNING'],
    ['2026-09-30', '2026-10-13 23:59', 'WARNING'],
    ['2026-09-30', '2026-10-14 00:00', 'ACCOUNTABILITY'],
  ])('due %s, as of %s → %s', (dueOn, asOf, level) => {
    const late = item({ startsOn: '2026-09-01', dueOn, updates: [] });
    const alerts = of(alertsForItem(late, bj(asOf), calendar), 'OVERDUE');
    expect(alerts.map((a) => [a.period, a.level])).toEqual(level ? [['due', level]] : []);
  });

  it('says when accountability starts, and silences behind-plan and due-soon beside it', () => {
    expect(overdueAccountabilityAt('2026-11-10', calendar)).toEqual(bj('2026-11-18 00:00'));
    const late = item({
      startsOn: '2026-11-02',
      dueOn: '2026-11-10',
      updates: [update('2026-W45', 60, '2026-11-06 10:00'), update('2026-W46', 95, '2026-11-09 10:00')],
    });
    const alerts = alertsForItem(late, bj('2026-11-13 10:00'), calendar);
    expect(alerts.map((a) => a.rule)).toEqual(['OVERDUE']);
    expect(alerts[0].detail).toEqual({ dueOn: '2026-11-10', percent: 95, workingDaysOverdue: 2 });
  });
});

describe('pauseEscalation (a request for more time awaits a decision)', () => {
  const late = item({ startsOn: '2026-11-02', dueOn: '2026-11-10', updates: [] });
  const asOf = bj('2026-11-18 09:00');
  const expected = of(alertsForItem(late, asOf, calendar), 'OVERDUE');

  it('fires a paused subject’s new alert at REMINDER only', () => {
    expect(expected.map((a) => a.level)).toEqual(['ACCOUNTABILITY']);
    const paused = pauseEscalation(expected, new Set(['task-1']), () => undefined);
    expect(paused.map((a) => a.level)).toEqual(['REMINDER']);
    expect(alertMessage('T01 测试', paused[0])).not.toContain('个工作日');
  });

  it('says how many working days an accountable item is overdue', () => {
    expect(alertMessage('T01 测试', expected[0])).toBe(
      '「T01 测试」已逾期未完成（截止 11月10日，当前进度 0%），已逾期 5 个工作日',
    );
  });

  it('keeps an open alert at the level it had', () => {
    const paused = pauseEscalation(expected, new Set(['task-1']), () => 'WARNING');
    expect(paused.map((a) => a.level)).toEqual(['WARNING']);
  });

  it('leaves other subjects, and lower levels, alone', () => {
    expect(pauseEscalation(expected, new Set(['task-2']), () => 'REMINDER')).toEqual(expected);
    const reminder = { ...expected[0], level: 'REMINDER' as const };
    expect(pauseEscalation([reminder], new Set(['task-1']), () => 'WARNING')).toEqual([reminder]);
  });
});

describe('campaign thresholds and escalation delays', () => {
  it('lets a campaign move the ladder: WARNING at 09:00, ACCOUNTABILITY after 3 working days', () => {
    const thresholds = {
      ...DEFAULT_ALERT_THRESHOLDS,
      missedUpdateWarningTime: '09:00',
      overdueAccountabilityWorkingDays: 3,
    };
    // Missed 2026-W47 (deadline Fri 11-20 18:00): WARNING from Monday 09:00 instead of 12:00.
    const missed = item({ startsOn: '2026-11-16', dueOn: '2026-12-31' });
    expect(
      levels(alertsForItem(missed, bj('2026-11-23 09:30'), calendar, thresholds), 'MISSED_UPDATE'),
    ).toEqual({
      '2026-W47': 'WARNING',
    });
    expect(levels(alertsForItem(missed, bj('2026-11-23 09:30'), calendar), 'MISSED_UPDATE')).toEqual({
      '2026-W47': 'REMINDER',
    });
    // Due Tuesday 11-10: ACCOUNTABILITY from 11-14 00:00 (after 11-11, 12, 13) instead of 11-18.
    const late = item({ startsOn: '2026-11-02', dueOn: '2026-11-10' });
    expect(levels(alertsForItem(late, bj('2026-11-14 08:00'), calendar, thresholds), 'OVERDUE')).toEqual({
      due: 'ACCOUNTABILITY',
    });
    expect(
      reportOverdueLevel(bj('2026-11-20 18:00'), bj('2026-11-23 18:00'), calendar, null, thresholds),
    ).toBe('REMINDER');
    expect(
      reportOverdueLevel(bj('2026-11-20 18:00'), bj('2026-11-23 18:00'), calendar, null, {
        reportWarningWorkingDays: 1,
        reportAccountabilityWorkingDays: 2,
      }),
    ).toBe('WARNING');
  });

  it('accepts the defaults and names each wrong field', () => {
    expect(validateAlertThresholds({ ...DEFAULT_ALERT_THRESHOLDS })).toEqual([]);
    const problems = validateAlertThresholds({
      ...DEFAULT_ALERT_THRESHOLDS,
      atRiskPoints: 0,
      missedUpdateWarningTime: '25:00',
      reportWarningWorkingDays: 1.5,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'atRiskPoints',
      'reportWarningWorkingDays',
      'missedUpdateWarningTime',
    ]);
    expect(problems[0].messageZh).toContain('黄灯落后点数');
    expect(
      validateAlertThresholds({ ...DEFAULT_ALERT_THRESHOLDS, slippedPoints: 10 }).map((p) => p.field),
    ).toEqual(['slippedPoints']);
    expect(
      validateAlertThresholds({ ...DEFAULT_ALERT_THRESHOLDS, reportAccountabilityWorkingDays: 2 }).map(
        (p) => p.field,
      ),
    ).toEqual(['reportAccountabilityWorkingDays']);
  });
});

describe('DUE_SOON', () => {
  const reported = (dueOn: string, percent: number) =>
    item({ startsOn: '2026-09-01', dueOn, updates: [update('2026-W47', percent, '2026-11-20 10:00')] });

  it.each<[string, number, boolean]>([
    // As of Wednesday 11-25: three working days ahead are Thu 26, Fri 27 and Mon 30.
    ['2026-11-25', 50, true],
    ['2026-11-30', 50, true],
    ['2026-12-01', 50, false],
    ['2026-11-30', 79.9, true],
    ['2026-11-30', 80, false],
  ])('due %s at %d %%: %s', (dueOn, percent, expected) => {
    const alerts = of(alertsForItem(reported(dueOn, percent), bj('2026-11-25 10:00'), calendar), 'DUE_SOON');
    expect(alerts.map((a) => [a.period, a.level])).toEqual(expected ? [['due', 'REMINDER']] : []);
  });

  it('counts working days across National Day', () => {
    // Monday 09-28: the next three working days are 09-29, 09-30 and 10-08.
    const soon = item({ startsOn: '2026-09-01', dueOn: '2026-10-08' });
    const [alert] = of(alertsForItem(soon, bj('2026-09-28 10:00'), calendar), 'DUE_SOON');
    expect(alert.detail).toMatchObject({ dueOn: '2026-10-08', workingDaysLeft: 3 });
    const later = item({ startsOn: '2026-09-01', dueOn: '2026-10-09' });
    expect(of(alertsForItem(later, bj('2026-09-28 10:00'), calendar), 'DUE_SOON')).toEqual([]);
  });
});

describe('alertsForItem', () => {
  it('raises nothing for done work, late or not, nor before the start', () => {
    const done = item({
      startsOn: '2026-09-01',
      dueOn: '2026-11-10',
      updates: [update('2026-W47', 100, '2026-11-18 10:00')],
    });
    expect(alertsForItem(done, bj('2026-11-25 10:00'), calendar)).toEqual([]);
    // Before the 100 % was filed the same item was overdue.
    expect(alertsForItem(done, bj('2026-11-17 10:00'), calendar).map((a) => a.rule)).toContain('OVERDUE');
    expect(alertsForItem(item({ startsOn: '2026-12-01' }), bj('2026-11-25 10:00'), calendar)).toEqual([]);
  });

  it('applies only the rules an item allows, with its own due period', () => {
    const earlier = item({
      kind: 'ASSIGNMENT',
      startsOn: '2026-10-01',
      dueOn: '2026-11-06',
      duePeriod: 'due:2026-10',
      rules: ['OVERDUE', 'DUE_SOON'],
    });
    const alerts = alertsForItem(earlier, bj('2026-11-25 10:00'), calendar);
    expect(alerts.map((a) => [a.rule, a.subjectType, a.period, a.level])).toEqual([
      ['OVERDUE', 'ASSIGNMENT', 'due:2026-10', 'ACCOUNTABILITY'],
    ]);
  });

  it('keeps one alert per (rule, subject, period), at the higher level', () => {
    const current = item({ id: 'a-1', kind: 'ASSIGNMENT', startsOn: '2026-11-16' });
    const overlapping = item({ id: 'a-1', kind: 'ASSIGNMENT', startsOn: '2026-11-09' });
    const alerts = expectedAlerts([current, overlapping], bj('2026-11-27 18:00'), calendar);
    expect(levels(alerts, 'MISSED_UPDATE')).toEqual({
      '2026-W46': 'WARNING',
      '2026-W47': 'ACCOUNTABILITY',
      '2026-W48': 'ACCOUNTABILITY',
    });
  });
});

describe('REPORT_OVERDUE ladder (for the reports feature)', () => {
  const dueAt = bj('2026-09-30 18:00');

  it('escalates 2 and 5 working days after the due time, skipping National Day', () => {
    expect(reportOverdueLadder(dueAt, calendar)).toEqual({
      REMINDER: bj('2026-09-30 18:00'),
      WARNING: bj('2026-10-09 18:00'),
      ACCOUNTABILITY: bj('2026-10-13 18:00'),
    });
  });

  it.each<[string, AlertLevel | null]>([
    ['2026-09-30 17:59', null],
    ['2026-09-30 18:00', 'REMINDER'],
    ['2026-10-09 17:59', 'REMINDER'],
    ['2026-10-09 18:00', 'WARNING'],
    ['2026-10-13 18:00', 'ACCOUNTABILITY'],
  ])('as of %s → %s', (asOf, level) => {
    expect(reportOverdueLevel(dueAt, bj(asOf), calendar)).toBe(level);
  });

  it('stops once the report is filed', () => {
    expect(reportOverdueLevel(dueAt, bj('2026-10-13 18:00'), calendar, bj('2026-10-12 09:00'))).toBeNull();
    expect(reportOverdueLevel(dueAt, bj('2026-10-09 18:00'), calendar, bj('2026-10-12 09:00'))).toBe(
      'WARNING',
    );
  });
});

describe('alertMessage', () => {
  const subject = 'T09 每位市领导深入贫困县实地调研督导';
  const base = { subjectType: 'TASK', subjectId: 't', unitId: 'u' } as const;

  it.each<[ExpectedAlert, string]>([
    [
      {
        ...base,
        rule: 'MISSED_UPDATE',
        period: '2026-W47',
        level: 'REMINDER',
        detail: { week: '2026-W47', deadline: '2026-11-20T18:00:00.000+08:00', previousWeekMissed: null },
      },
      '「T09 每位市领导深入贫困县实地调研督导」2026-W47 周进度未按时填报（截止 11月20日 18:00）',
    ],
    [
      {
        ...base,
        rule: 'MISSED_UPDATE',
        period: '2026-W48',
        level: 'ACCOUNTABILITY',
        detail: {
          week: '2026-W48',
          deadline: '2026-11-27T18:00:00.000+08:00',
          previousWeekMissed: '2026-W47',
        },
      },
      '「T09 每位市领导深入贫困县实地调研督导」2026-W48 周进度未按时填报（截止 11月27日 18:00），已连续两周未填报（2026-W47 起）',
    ],
    [
      {
        ...base,
        rule: 'BEHIND_PLAN',
        period: '2026-W48',
        level: 'REMINDER',
        detail: { week: '2026-W48', plannedPercent: 60, percent: 45, gap: 15 },
      },
      '「T09 每位市领导深入贫困县实地调研督导」进度落后计划 15 个百分点（计划 60%，实际 45%）',
    ],
    [
      {
        ...base,
        rule: 'OVERDUE',
        period: 'due',
        level: 'WARNING',
        detail: { dueOn: '2026-11-10', percent: 95, workingDaysOverdue: 2 },
      },
      '「T09 每位市领导深入贫困县实地调研督导」已逾期未完成（截止 11月10日，当前进度 95%）',
    ],
    [
      {
        ...base,
        rule: 'DUE_SOON',
        period: 'due',
        level: 'REMINDER',
        detail: { dueOn: '2026-11-30', percent: 50, workingDaysLeft: 3, belowPercent: 80 },
      },
      '「T09 每位市领导深入贫困县实地调研督导」将于 11月30日 到期（3 个工作日后到期），当前进度 50%，低于 80%',
    ],
  ])('writes plain Chinese (%#)', (alert, message) => {
    expect(alertMessage(subject, alert)).toBe(message);
  });
});

describe('expectedReportAlerts', () => {
  // The May 2026 monthly report: due 2026-06-05 18:00 (the 5th working day of June).
  const may = {
    id: 'ob-1',
    unitId: 'unit-1',
    period: '2026-05',
    dueAt: bj('2026-06-05 18:00'),
    firstSubmittedAt: null,
  };

  it.each<[string, AlertLevel | null]>([
    ['2026-06-05 17:59', null],
    ['2026-06-05 18:00', 'REMINDER'],
    // 2 working days later: Tuesday 06-09 18:00; 5 working days: Friday 06-12 18:00.
    ['2026-06-09 17:59', 'REMINDER'],
    ['2026-06-09 18:00', 'WARNING'],
    ['2026-06-12 18:00', 'ACCOUNTABILITY'],
  ])('a report not filed, as of %s → %s', (asOf, level) => {
    const alerts = expectedReportAlerts([may], bj(asOf), calendar);
    expect(alerts.map((a) => [a.rule, a.subjectType, a.period, a.level])).toEqual(
      level ? [['REPORT_OVERDUE', 'REPORT', '2026-05', level]] : [],
    );
  });

  it('is answered by a filing made by then, even a late one', () => {
    const filed = { ...may, firstSubmittedAt: bj('2026-06-08 09:00') };
    expect(expectedReportAlerts([filed], bj('2026-06-07 10:00'), calendar).map((a) => a.level)).toEqual([
      'REMINDER',
    ]);
    expect(expectedReportAlerts([filed], bj('2026-06-08 10:00'), calendar)).toEqual([]);
  });

  it('names the due time in its message', () => {
    const [alert] = expectedReportAlerts([may], bj('2026-06-06 10:00'), calendar);
    expect(alertMessage('工作月报（2026-05）', alert)).toBe(
      '「工作月报（2026-05）」报备逾期未报（截止 6月5日 18:00）',
    );
  });
});
