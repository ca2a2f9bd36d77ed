import {
  type AssignmentUpdatePoint,
  acceptedProgress,
  assignmentPeriods,
  evaluateAssignment,
  evaluatePeriod,
} from './assignment-status.js';
import type { CampaignSpan, DueRule } from './recurring-periods.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();
const span: CampaignSpan = { opensOn: '2026-01-01', closesOn: '2026-12-31' };
const bj = (wallClock: string): Date => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
const update = (period: string, percent: number, at: string, rejected = false): AssignmentUpdatePoint => ({
  period,
  percent,
  createdAt: bj(at),
  rejected,
});

// The specs' clock: Wednesday 2026-11-25 10:00. November's obligation runs 11-01..12-07 (due five
// working days after 11-30): 26 working days, 17 of them ended, so the plan stands at 65.4 %.
// Weekly deadlines passed this month: W45 Fri 11-06, W46 Fri 11-13, W47 Fri 11-20, 18:00.
const now = bj('2026-11-25 10:00');
const monthly: DueRule = { cadence: 'MONTHLY' };

describe('acceptedProgress', () => {
  it.each<[string, AssignmentUpdatePoint[], number[]]>([
    [
      'accepted updates count as filed',
      [update('2026-11', 40, '2026-11-13 15:00'), update('2026-11', 60, '2026-11-20 15:00')],
      [40, 60],
    ],
    [
      'a rejected update stands at the last accepted percent',
      [update('2026-11', 40, '2026-11-13 15:00'), update('2026-11', 100, '2026-11-20 15:00', true)],
      [40, 40],
    ],
    ['a rejected first update stands at 0', [update('2026-11', 100, '2026-11-20 15:00', true)], [0]],
    [
      'a new update after a rejected one counts again',
      [
        update('2026-11', 40, '2026-11-13 15:00'),
        update('2026-11', 100, '2026-11-20 15:00', true),
        update('2026-11', 100, '2026-11-24 15:00'),
      ],
      [40, 40, 100],
    ],
    [
      'order is by filing time, whatever the input order',
      [update('2026-11', 70, '2026-11-20 15:00'), update('2026-11', 30, '2026-11-06 15:00')],
      [30, 70],
    ],
  ])('%s', (_name, updates, percents) => {
    expect(acceptedProgress(updates).map((p) => p.percent)).toEqual(percents);
  });

  it('files each update under the ISO week it was filed in', () => {
    expect(acceptedProgress([update('2026-11', 40, '2026-11-13 15:00')])[0].week).toBe('2026-W46');
  });
});

describe('evaluateAssignment: the current period’s status by the task rules', () => {
  it.each<
    [
      string,
      DueRule,
      AssignmentUpdatePoint[],
      { status: string; percent: number; reopened?: boolean; completedLate?: boolean },
    ]
  >([
    [
      'last month’s completion does not make this month done',
      monthly,
      [update('2026-10', 100, '2026-10-30 15:00')],
      { status: 'SLIPPED', percent: 0 },
    ],
    [
      'weekly updates close to plan are on track',
      monthly,
      [
        update('2026-11', 30, '2026-11-06 15:00'),
        update('2026-11', 45, '2026-11-13 15:00'),
        update('2026-11', 62, '2026-11-20 15:00'),
      ],
      { status: 'ON_TRACK', percent: 62 },
    ],
    [
      '≥ 10 points behind plan is at risk',
      monthly,
      [
        update('2026-11', 30, '2026-11-06 15:00'),
        update('2026-11', 45, '2026-11-13 15:00'),
        update('2026-11', 52, '2026-11-20 15:00'),
      ],
      { status: 'AT_RISK', percent: 52 },
    ],
    [
      'the last weekly update missing is at risk',
      monthly,
      [update('2026-11', 30, '2026-11-06 15:00'), update('2026-11', 62, '2026-11-13 15:00')],
      { status: 'AT_RISK', percent: 62 },
    ],
    [
      '100 % is done',
      monthly,
      [update('2026-11', 100, '2026-11-20 15:00')],
      { status: 'DONE', percent: 100, completedLate: false },
    ],
    [
      'evidence insufficient reopens it: the period falls back to the last accepted percent',
      monthly,
      [update('2026-11', 60, '2026-11-13 15:00'), update('2026-11', 100, '2026-11-20 15:00', true)],
      { status: 'ON_TRACK', percent: 60, reopened: true },
    ],
    [
      'a new 100 % after the rejection is done again',
      monthly,
      [update('2026-11', 100, '2026-11-20 15:00', true), update('2026-11', 100, '2026-11-24 09:00')],
      { status: 'DONE', percent: 100, reopened: false },
    ],
    [
      'an update filed after the clock is not known yet',
      monthly,
      [update('2026-11', 100, '2026-11-26 09:00')],
      { status: 'SLIPPED', percent: 0 },
    ],
    [
      'a one-off item past its date and short of 100 % has slipped',
      { cadence: 'ONCE', dueOn: '2026-06-30' },
      [update('ONCE', 80, '2026-06-26 15:00')],
      { status: 'SLIPPED', percent: 80 },
    ],
    [
      'a one-off item finished after its date is done late',
      { cadence: 'ONCE', dueOn: '2026-06-30' },
      [update('ONCE', 100, '2026-07-10 15:00')],
      { status: 'DONE', percent: 100, completedLate: true },
    ],
    [
      'a quarterly item counts only this quarter’s updates',
      { cadence: 'QUARTERLY' },
      [
        update('2026-Q3', 100, '2026-09-25 15:00'),
        update('2026-Q4', 55, '2026-11-20 15:00'),
        update('2026-Q4', 50, '2026-11-13 15:00'),
      ],
      { status: 'ON_TRACK', percent: 55 },
    ],
  ])('%s', (_name, rule, updates, expected) => {
    expect(evaluateAssignment(rule, span, updates, now, calendar)).toMatchObject(expected);
  });

  it('reports the current period’s window', () => {
    expect(evaluateAssignment(monthly, span, [], now, calendar)).toMatchObject({
      period: '2026-11',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
      dueOn: '2026-12-07',
      plannedPercent: 65.4,
      missedWeeks: ['2026-W45', '2026-W46', '2026-W47'],
    });
  });
});

describe('evaluatePeriod and assignmentPeriods', () => {
  it('evaluates each period up to the current one on its own updates', () => {
    const updates = [update('2026-09', 100, '2026-09-29 15:00'), update('2026-10', 100, '2026-10-30 15:00')];
    const periods = assignmentPeriods(monthly, span, updates, now, calendar);
    expect(periods.map((p) => p.period)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(periods.map((p) => p.status).slice(-4)).toEqual(['SLIPPED', 'DONE', 'DONE', 'SLIPPED']);
  });

  it('keeps last month open until its due date passes', () => {
    // 3 December: November is due 12-07, so its updates still count and it has not slipped yet.
    const december = bj('2026-12-03 10:00');
    const updates = [update('2026-11', 80, '2026-11-20 15:00'), update('2026-11', 90, '2026-11-27 15:00')];
    const [november, current] = assignmentPeriods(monthly, span, updates, december, calendar).slice(-2);
    expect(november).toMatchObject({ period: '2026-11', status: 'ON_TRACK', percent: 90 });
    expect(current).toMatchObject({ period: '2026-12', percent: 0 });
    const window = { period: '2026-11', startsOn: '2026-11-01', endsOn: '2026-11-30', dueOn: '2026-12-07' };
    expect(evaluatePeriod(window, updates, bj('2026-12-08 00:00'), calendar).status).toBe('SLIPPED');
  });
});
