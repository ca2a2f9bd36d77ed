import {
  DEFAULT_THRESHOLDS,
  TASK_STATUSES,
  actualPercentAsOf,
  evaluateStatus,
  isLateUpdate,
  isTaskStatus,
  percentOfTarget,
  plannedPercentAsOf,
  weeklyCells,
  type ProgressPoint,
  type StatusEvaluation,
  type WorkItem,
} from './task-status.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();
// Beijing wall-clock time, e.g. bj('2026-11-11 12:00').
const bj = (wallClock: string): Date => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`);
const update = (week: string, percent: number, createdAt: string): ProgressPoint => ({
  week,
  percent,
  createdAt: bj(createdAt),
});

// November 2026 has no holidays: 20 working days from Mon 11-02 to Fri 11-27, 5 points each.
// Weekly deadlines: W45 Fri 11-06, W46 Fri 11-13, W47 Fri 11-20, W48 Fri 11-27, all 18:00.
const november = (updates: ProgressPoint[] = [], weeklyPlan?: Record<string, number>): WorkItem => ({
  startsOn: '2026-11-02',
  dueOn: '2026-11-27',
  updates,
  weeklyPlan,
});

describe('constants', () => {
  it('lists the statuses and default thresholds from domain.md', () => {
    expect(TASK_STATUSES).toEqual(['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'SLIPPED', 'DONE']);
    expect(DEFAULT_THRESHOLDS).toEqual({ atRiskPoints: 10, slippedPoints: 25 });
    expect(isTaskStatus('SLIPPED')).toBe(true);
    expect(isTaskStatus('RED')).toBe(false);
  });
});

describe('percentOfTarget', () => {
  it.each([
    [30, 60, 50],
    [0, 60, 0],
    [90, 60, 100],
    [-5, 60, 0],
    [198, 198, 100],
    [1, 3, 100 / 3],
  ])('percentOfTarget(%d, %d) = %d', (value, target, expected) => {
    expect(percentOfTarget(value, target)).toBeCloseTo(expected, 9);
  });

  it('rejects a target that is not positive', () => {
    expect(() => percentOfTarget(1, 0)).toThrow(RangeError);
    expect(() => percentOfTarget(1, -2)).toThrow(RangeError);
  });
});

describe('plannedPercentAsOf', () => {
  // 2026-09-01..10-31: September has 22 working days (Mid-Autumn 09-25 off, Sunday 09-20 worked),
  // October 18 (1–7 off, Saturday 10-10 worked): 40 in all.
  const autumn: WorkItem = { startsOn: '2026-09-01', dueOn: '2026-10-31', updates: [] };

  it.each([
    ['before start', autumn, '2026-08-31 23:59', 0],
    ['at start (no day ended yet)', autumn, '2026-09-01 00:00', 0],
    ['after the first day', autumn, '2026-09-02 00:00', 2.5],
    ['make-up Sunday 09-20 counts once ended (15 of 40)', autumn, '2026-09-21 00:00', 37.5],
    ['Mid-Autumn 09-25 adds nothing (19 of 40)', autumn, '2026-09-26 12:00', 47.5],
    ['30 September evening: the day has not ended', autumn, '2026-09-30 20:00', 52.5],
    ['National Day holidays add nothing', autumn, '2026-10-05 12:00', 55],
    ['9 October: 22 + 08 October = 23 of 40', autumn, '2026-10-09 12:00', 57.5],
    ['make-up Saturday 10-10 counts', autumn, '2026-10-11 12:00', 62.5],
    ['last day not yet ended', autumn, '2026-10-31 23:59', 100],
    ['after due', autumn, '2026-11-01 00:00', 100],
    ['1 of 20 days, rounded to one decimal', november(), '2026-11-03 08:00', 5],
    ['7 of 20 days', november(), '2026-11-11 12:00', 35],
  ])('%s', (_label, item, asOf, expected) => {
    expect(plannedPercentAsOf(item, bj(asOf), calendar)).toBe(expected);
  });

  it('rounds to one decimal', () => {
    // 2026-11-02..11-04 (Mon–Wed) are 3 working days: 1 of 3 ended → 33.3.
    const short: WorkItem = { startsOn: '2026-11-02', dueOn: '2026-11-04', updates: [] };
    expect(plannedPercentAsOf(short, bj('2026-11-03 12:00'), calendar)).toBe(33.3);
  });

  const plan = { '2026-W45': 10, '2026-W46': 20, '2026-W47': 60, '2026-W48': 100 };
  it.each([
    ['uses the current week’s plan value (W46)', plan, '2026-11-11 12:00', 20],
    ['on Monday the new week’s value applies (W47)', plan, '2026-11-16 00:00', 60],
    ['Sunday night is still W46', plan, '2026-11-15 23:59', 20],
    ['falls back to the latest earlier planned week', { '2026-W45': 15 }, '2026-11-25 12:00', 15],
    ['ignores plans only for later weeks, using linear', { '2026-W47': 50 }, '2026-11-11 12:00', 35],
    ['clamps plan values to 0–100', { '2026-W46': 140 }, '2026-11-11 12:00', 100],
    ['ignores malformed plan keys', { 'week 46': 90 }, '2026-11-11 12:00', 35],
  ])('weekly plan: %s', (_label, weeklyPlan, asOf, expected) => {
    expect(plannedPercentAsOf(november([], weeklyPlan), bj(asOf), calendar)).toBe(expected);
  });
});

describe('actualPercentAsOf', () => {
  const item = november([
    update('2026-W46', 60, '2026-11-12 10:00'),
    update('2026-W45', 30, '2026-11-06 10:00'),
    update('2026-W46', 40, '2026-11-13 09:00'),
  ]);

  it.each([
    ['no update yet', '2026-11-06 09:59', 0],
    ['first update', '2026-11-06 10:00', 30],
    ['latest by createdAt, whatever the input order', '2026-11-12 12:00', 60],
    ['a correction lowers the percent: latest wins, not max', '2026-11-13 12:00', 40],
  ])('%s', (_label, asOf, expected) => {
    expect(actualPercentAsOf(item, bj(asOf))).toBe(expected);
  });
});

describe('evaluateStatus', () => {
  type Case = [string, WorkItem, string, Partial<StatusEvaluation>];
  const cases: Case[] = [
    [
      'NOT_STARTED before the start date',
      november(),
      '2026-11-01 23:59',
      {
        status: 'NOT_STARTED',
        percent: 0,
        plannedPercent: 0,
        missedWeeks: [],
      },
    ],
    [
      'ON_TRACK when 5 points behind',
      november([update('2026-W45', 30, '2026-11-06 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'ON_TRACK',
        percent: 30,
        plannedPercent: 35,
        missedWeeks: [],
      },
    ],
    [
      'ON_TRACK when ahead of plan',
      november([update('2026-W45', 80, '2026-11-06 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'ON_TRACK',
        percent: 80,
      },
    ],
    [
      'AT_RISK at exactly 10 points behind',
      november([update('2026-W45', 25, '2026-11-06 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'AT_RISK',
        percent: 25,
        plannedPercent: 35,
        missedWeeks: [],
      },
    ],
    [
      'ON_TRACK at 9.9 points behind',
      november([update('2026-W45', 25.1, '2026-11-06 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'ON_TRACK',
      },
    ],
    [
      'ON_TRACK a minute before the weekly deadline',
      november([update('2026-W45', 40, '2026-11-06 10:00')]),
      '2026-11-13 17:59',
      {
        status: 'ON_TRACK',
        missedWeeks: [],
      },
    ],
    [
      'AT_RISK once the last weekly deadline passed without an update',
      november([update('2026-W45', 40, '2026-11-06 10:00')]),
      '2026-11-13 18:00',
      {
        status: 'AT_RISK',
        plannedPercent: 45,
        missedWeeks: ['2026-W46'],
      },
    ],
    [
      'SLIPPED at exactly 25 points behind',
      november([update('2026-W45', 10, '2026-11-06 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'SLIPPED',
        percent: 10,
        plannedPercent: 35,
      },
    ],
    [
      'SLIPPED after two missed weekly deadlines though close to plan',
      november([update('2026-W45', 65, '2026-11-06 10:00')]),
      '2026-11-20 18:00',
      {
        status: 'SLIPPED',
        percent: 65,
        plannedPercent: 70,
        missedWeeks: ['2026-W46', '2026-W47'],
      },
    ],
    [
      'ON_TRACK when an earlier week was missed but the last was filed',
      november([update('2026-W45', 20, '2026-11-06 10:00'), update('2026-W47', 65, '2026-11-20 10:00')]),
      '2026-11-20 18:00',
      {
        status: 'ON_TRACK',
        missedWeeks: ['2026-W46'],
      },
    ],
    [
      'a late filing clears the missed week',
      november([update('2026-W45', 40, '2026-11-06 10:00'), update('2026-W46', 45, '2026-11-14 10:00')]),
      '2026-11-14 12:00',
      {
        status: 'ON_TRACK',
        missedWeeks: [],
      },
    ],
    [
      'ON_TRACK just before the end of the due date at 95 %',
      november(weekly(95)),
      '2026-11-27 23:59',
      {
        status: 'ON_TRACK',
        plannedPercent: 95,
      },
    ],
    [
      'SLIPPED once the due date has ended and not done',
      november(weekly(95)),
      '2026-11-28 00:00',
      {
        status: 'SLIPPED',
        percent: 95,
        plannedPercent: 100,
        completedLate: false,
      },
    ],
    [
      'DONE on time',
      november([...weekly(90), update('2026-W48', 100, '2026-11-27 17:00')]),
      '2026-12-05 12:00',
      {
        status: 'DONE',
        percent: 100,
        completedLate: false,
        missedWeeks: [],
      },
    ],
    [
      'DONE on time in the last millisecond of the due date',
      november([update('2026-W48', 100, '2026-11-27 23:59')]),
      '2026-12-05 12:00',
      {
        status: 'DONE',
        completedLate: false,
      },
    ],
    [
      'DONE late when 100 % was first reported after the due date',
      november([...weekly(90), update('2026-W48', 100, '2026-11-28 00:00')]),
      '2026-12-05 12:00',
      {
        status: 'DONE',
        completedLate: true,
      },
    ],
    [
      'DONE beats NOT_STARTED (finished early)',
      november([update('2026-W44', 100, '2026-10-30 10:00')]),
      '2026-10-31 12:00',
      {
        status: 'DONE',
        completedLate: false,
      },
    ],
    [
      'a correction below 100 undoes DONE',
      november([
        update('2026-W45', 30, '2026-11-06 10:00'),
        update('2026-W46', 100, '2026-11-12 10:00'),
        update('2026-W46', 80, '2026-11-13 10:00'),
      ]),
      '2026-11-13 12:00',
      {
        status: 'ON_TRACK',
        percent: 80,
      },
    ],
    [
      'a correction lowering the percent turns ON_TRACK into AT_RISK',
      november([update('2026-W46', 60, '2026-11-12 10:00'), update('2026-W46', 30, '2026-11-13 10:00')]),
      '2026-11-13 12:00',
      {
        status: 'AT_RISK',
        percent: 30,
        plannedPercent: 45,
      },
    ],
    [
      'completion re-reached after the due date is late',
      november([
        update('2026-W47', 100, '2026-11-20 10:00'),
        update('2026-W47', 90, '2026-11-21 10:00'),
        update('2026-W49', 100, '2026-11-30 10:00'),
      ]),
      '2026-12-01 12:00',
      {
        status: 'DONE',
        completedLate: true,
      },
    ],
    [
      'an update filed after asOf is ignored',
      november([update('2026-W46', 100, '2026-11-12 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'SLIPPED',
        percent: 0,
        plannedPercent: 35,
      },
    ],
    [
      'weekly plan overrides linear: 20 planned, 20 actual is ON_TRACK',
      november([update('2026-W45', 20, '2026-11-06 10:00')], {
        '2026-W45': 10,
        '2026-W46': 20,
        '2026-W47': 60,
        '2026-W48': 100,
      }),
      '2026-11-11 12:00',
      {
        status: 'ON_TRACK',
        plannedPercent: 20,
      },
    ],
    [
      'same progress without the plan is AT_RISK (linear 35)',
      november([update('2026-W45', 20, '2026-11-06 10:00')]),
      '2026-11-11 12:00',
      {
        status: 'AT_RISK',
        plannedPercent: 35,
      },
    ],
    [
      'weekly plan can make it SLIPPED',
      november([update('2026-W46', 30, '2026-11-13 10:00')], { '2026-W47': 60 }),
      '2026-11-17 12:00',
      {
        status: 'SLIPPED',
        plannedPercent: 60,
      },
    ],
  ];

  it.each(cases)('%s', (_label, item, asOf, expected) => {
    expect(evaluateStatus(item, bj(asOf), calendar)).toMatchObject(expected);
  });

  it('honours campaign thresholds', () => {
    const item = november([update('2026-W45', 30, '2026-11-06 10:00')]);
    const strict = { atRiskPoints: 3, slippedPoints: 5 };
    expect(evaluateStatus(item, bj('2026-11-11 12:00'), calendar, strict).status).toBe('SLIPPED');
    expect(
      evaluateStatus(item, bj('2026-11-11 12:00'), calendar, { atRiskPoints: 3, slippedPoints: 50 }).status,
    ).toBe('AT_RISK');
  });

  describe('across the 2026 National Day holidays (2026-09-01..10-31)', () => {
    // Deadlines: W36..W39 Fridays except W39 (Mid-Autumn Fri 09-25) → Thu 09-24; W38 → make-up Sunday 09-20;
    // W40 → Wed 09-30; W41 → make-up Saturday 10-10.
    const autumn = (updates: ProgressPoint[]): WorkItem => ({
      startsOn: '2026-09-01',
      dueOn: '2026-10-31',
      updates,
    });
    const filedThroughW40 = [
      update('2026-W36', 10, '2026-09-04 17:00'),
      update('2026-W37', 22, '2026-09-11 17:00'),
      update('2026-W38', 35, '2026-09-20 17:00'),
      update('2026-W39', 45, '2026-09-24 17:00'),
      update('2026-W40', 50, '2026-09-30 17:00'),
    ];

    it.each([
      ['all weeks filed, 7.5 behind', filedThroughW40, '2026-10-09 12:00', 'ON_TRACK', []],
      [
        'W40 not filed: the holiday week’s deadline was 30 Sep',
        filedThroughW40.slice(0, 4),
        '2026-10-09 12:00',
        'AT_RISK',
        ['2026-W40'],
      ],
      ['no update during the holidays is not a miss', filedThroughW40, '2026-10-07 12:00', 'ON_TRACK', []],
      [
        'W41 deadline is make-up Saturday 10-10 18:00',
        filedThroughW40,
        '2026-10-10 18:00',
        'AT_RISK',
        ['2026-W41'],
      ],
      [
        'W38 deadline is make-up Sunday 09-20 18:00',
        filedThroughW40.slice(0, 2),
        '2026-09-20 18:00',
        'AT_RISK',
        ['2026-W38'],
      ],
    ] as const)('%s', (_label, updates, asOf, status, missedWeeks) => {
      const result = evaluateStatus(autumn([...updates]), bj(asOf), calendar);
      expect(result.status).toBe(status);
      expect(result.missedWeeks).toEqual(missedWeeks);
    });

    it('plans 57.5 % on 9 October', () => {
      expect(evaluateStatus(autumn(filedThroughW40), bj('2026-10-09 12:00'), calendar).plannedPercent).toBe(
        57.5,
      );
    });
  });

  it('does not count a week whose deadline fell before the item started', () => {
    // Starts Saturday 11-07, after W45's deadline (Fri 11-06 18:00).
    const item: WorkItem = { startsOn: '2026-11-07', dueOn: '2026-11-20', updates: [] };
    expect(evaluateStatus(item, bj('2026-11-09 12:00'), calendar)).toMatchObject({
      status: 'ON_TRACK',
      plannedPercent: 0,
      missedWeeks: [],
    });
  });

  it('skips a week with no working day: Spring Festival 2026-W08 has no deadline', () => {
    const item: WorkItem = {
      startsOn: '2026-02-09',
      dueOn: '2026-03-13',
      updates: [update('2026-W07', 15, '2026-02-14 10:00')],
    };
    // Planned as of 02-25 00:00: 02-09..13, 14 and 24 ended = 7 of 21 working days → 33.3.
    expect(evaluateStatus(item, bj('2026-02-25 00:00'), calendar)).toMatchObject({
      status: 'AT_RISK',
      plannedPercent: 33.3,
      missedWeeks: [],
    });
  });
});

describe('isLateUpdate', () => {
  it.each([
    ['2026-W48', '2026-11-27 17:59', false],
    ['2026-W48', '2026-11-27 18:00', false],
    ['2026-W48', '2026-11-27 18:01', true],
    // Dragon Boat Friday: the deadline moved to Thursday.
    ['2026-W25', '2026-06-18 18:30', true],
    ['2026-W25', '2026-06-18 17:00', false],
    ['2026-W40', '2026-10-08 09:00', true],
    // Spring Festival week: no deadline, never late.
    ['2026-W08', '2026-03-31 10:00', false],
  ])('%s filed %s → %s', (week, createdAt, expected) => {
    expect(isLateUpdate(week, bj(createdAt), calendar)).toBe(expected);
  });
});

describe('weeklyCells', () => {
  const item = november([
    update('2026-W45', 30, '2026-11-06 10:00'),
    // W46 filed late, on Monday of W47.
    update('2026-W46', 40, '2026-11-16 09:00'),
    update('2026-W47', 55, '2026-11-20 10:00'),
  ]);
  const weeks = ['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49'];
  const cells = weeklyCells(item, weeks, bj('2026-11-24 12:00'), calendar);

  it.each([
    // Week before the start.
    ['2026-W44', { status: 'NOT_STARTED', plannedPercent: 0, actualPercent: null, updated: false }],
    ['2026-W45', { status: 'ON_TRACK', plannedPercent: 25, actualPercent: 30, updated: true }],
    // At the end of W46 its update was still missing and 20 points behind; filed later, so updated.
    ['2026-W46', { status: 'AT_RISK', plannedPercent: 50, actualPercent: 30, updated: true }],
    ['2026-W47', { status: 'AT_RISK', plannedPercent: 75, actualPercent: 55, updated: true }],
    // Current week, as of Tuesday noon: 16 of 20 days ended.
    ['2026-W48', { status: 'SLIPPED', plannedPercent: 80, actualPercent: 55, updated: false }],
    // Future week: after the due date the plan is 100.
    ['2026-W49', { status: 'NOT_STARTED', plannedPercent: 100, actualPercent: null, updated: false }],
  ])('%s', (week, expected) => {
    expect(cells.find((c) => c.week === week)).toEqual({ week, ...expected });
  });

  it('keeps the order of the requested weeks', () => {
    expect(cells.map((c) => c.week)).toEqual(weeks);
  });

  it('shows future weeks with their planned percent from the weekly plan', () => {
    const planned = november([], { '2026-W45': 10, '2026-W46': 20, '2026-W47': 60, '2026-W48': 100 });
    const future = weeklyCells(
      planned,
      ['2026-W46', '2026-W47', '2026-W48'],
      bj('2026-11-04 12:00'),
      calendar,
    );
    expect(future.map((c) => [c.status, c.plannedPercent, c.actualPercent])).toEqual([
      ['NOT_STARTED', 20, null],
      ['NOT_STARTED', 60, null],
      ['NOT_STARTED', 100, null],
    ]);
  });

  it('counts a make-up Sunday in its own week’s end-of-week plan', () => {
    const autumn: WorkItem = { startsOn: '2026-09-01', dueOn: '2026-10-31', updates: [] };
    const [w38] = weeklyCells(autumn, ['2026-W38'], bj('2026-10-09 12:00'), calendar);
    // Through Sunday 09-20: 4 + 5 working days in W36–W37, W38 has 5 + the make-up Sunday = 15 of 40.
    expect(w38.plannedPercent).toBe(37.5);
  });

  it('marks a week DONE from the week the work was completed', () => {
    const done = november([update('2026-W46', 100, '2026-11-12 10:00')]);
    const row = weeklyCells(done, ['2026-W45', '2026-W46', '2026-W47'], bj('2026-11-24 12:00'), calendar);
    expect(row.map((c) => [c.status, c.actualPercent])).toEqual([
      // End of W45: nothing filed and 25 points behind.
      ['SLIPPED', null],
      ['DONE', 100],
      ['DONE', 100],
    ]);
  });
});

// One on-time update per week W45..W48 reaching `last` percent in W48.
function weekly(last: number): ProgressPoint[] {
  return [
    update('2026-W45', 20, '2026-11-06 10:00'),
    update('2026-W46', 45, '2026-11-13 10:00'),
    update('2026-W47', 70, '2026-11-20 10:00'),
    update('2026-W48', last, '2026-11-27 10:00'),
  ];
}
