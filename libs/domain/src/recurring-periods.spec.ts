import * as domain from './index.js';
import {
  CADENCES,
  DEFAULT_DUE_WORKING_DAYS,
  type Cadence,
  type CampaignSpan,
  comparePeriods,
  currentPeriod,
  isCadence,
  isPeriodOf,
  nextPeriod,
  periodBounds,
  periodDueOn,
  periodOf,
  periodWindow,
  periodsUpTo,
} from './recurring-periods.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();
const year2026: CampaignSpan = { opensOn: '2026-01-01', closesOn: '2026-12-31' };

describe('cadences', () => {
  it('lists the four cadences and the default due rule', () => {
    expect(CADENCES).toEqual(['ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY']);
    expect(DEFAULT_DUE_WORKING_DAYS).toBe(5);
    expect(isCadence('MONTHLY')).toBe(true);
    expect(isCadence('WEEKLY')).toBe(false);
  });

  it('is exported from the package entry point', () => {
    for (const name of ['periodOf', 'periodWindow', 'currentPeriod', 'periodsUpTo', 'evaluateAssignment']) {
      expect(domain).toHaveProperty(name);
    }
  });
});

describe('periodOf', () => {
  it.each<[string, Cadence, string]>([
    ['2026-11-25', 'MONTHLY', '2026-11'],
    ['2026-01-01', 'MONTHLY', '2026-01'],
    ['2026-12-31', 'MONTHLY', '2026-12'],
    ['2026-03-31', 'QUARTERLY', '2026-Q1'],
    ['2026-04-01', 'QUARTERLY', '2026-Q2'],
    ['2026-09-30', 'QUARTERLY', '2026-Q3'],
    ['2026-11-25', 'QUARTERLY', '2026-Q4'],
    ['2026-11-25', 'YEARLY', '2026'],
    ['2026-11-25', 'ONCE', 'ONCE'],
  ])('%s, %s → %s', (date, cadence, period) => {
    expect(periodOf(date, cadence)).toBe(period);
    expect(isPeriodOf(period, cadence)).toBe(true);
  });

  it('refuses a date that does not exist', () => {
    expect(() => periodOf('2026-02-30', 'MONTHLY')).toThrow(RangeError);
  });
});

describe('isPeriodOf', () => {
  it.each<[string, Cadence, boolean]>([
    ['2026-11', 'MONTHLY', true],
    ['2026-13', 'MONTHLY', false],
    ['2026-00', 'MONTHLY', false],
    ['2026-Q4', 'MONTHLY', false],
    ['2026-Q4', 'QUARTERLY', true],
    ['2026-Q5', 'QUARTERLY', false],
    ['2026', 'YEARLY', true],
    ['26', 'YEARLY', false],
    ['ONCE', 'ONCE', true],
    ['2026', 'ONCE', false],
  ])('%s is a %s period: %s', (period, cadence, expected) => {
    expect(isPeriodOf(period, cadence)).toBe(expected);
  });
});

describe('periodBounds and nextPeriod', () => {
  it.each<[string, Exclude<Cadence, 'ONCE'>, string, string, string | null]>([
    ['2026-02', 'MONTHLY', '2026-02-01', '2026-02-28', '2026-03'],
    ['2028-02', 'MONTHLY', '2028-02-01', '2028-02-29', '2028-03'],
    ['2026-12', 'MONTHLY', '2026-12-01', '2026-12-31', '2027-01'],
    ['2026-Q1', 'QUARTERLY', '2026-01-01', '2026-03-31', '2026-Q2'],
    ['2026-Q4', 'QUARTERLY', '2026-10-01', '2026-12-31', '2027-Q1'],
    ['2026', 'YEARLY', '2026-01-01', '2026-12-31', '2027'],
  ])('%s (%s) runs %s..%s, then %s', (period, cadence, startsOn, endsOn, next) => {
    expect(periodBounds(period, cadence)).toEqual({ startsOn, endsOn });
    expect(nextPeriod(period, cadence)).toBe(next);
  });

  it('has no next period for ONCE, and orders periods of one cadence', () => {
    expect(nextPeriod('ONCE', 'ONCE')).toBeNull();
    expect(comparePeriods('2026-09', '2026-10')).toBe(-1);
    expect(comparePeriods('2026-Q4', '2026-Q1')).toBe(1);
    expect(comparePeriods('2026', '2026')).toBe(0);
  });
});

describe('periodDueOn: N working days after the period ends, on the official calendar', () => {
  it.each<[string, Cadence, number | undefined, string]>([
    // 01-31 is a Saturday: Mon 02-02 … Fri 02-06.
    ['2026-01', 'MONTHLY', undefined, '2026-02-06'],
    // Labour Day 05-01..05 off, Saturday 05-09 worked: 05-06, 07, 08, 09, 11.
    ['2026-04', 'MONTHLY', undefined, '2026-05-11'],
    // National Day 10-01..07 off, Saturday 10-10 worked: 10-08, 09, 10, 12, 13.
    ['2026-09', 'MONTHLY', undefined, '2026-10-13'],
    ['2026-11', 'MONTHLY', undefined, '2026-12-07'],
    ['2026-11', 'MONTHLY', 0, '2026-11-30'],
    ['2026-11', 'MONTHLY', 1, '2026-12-01'],
    // Qingming 04-04..06 off: 04-01, 02, 03, 07, 08.
    ['2026-Q1', 'QUARTERLY', undefined, '2026-04-08'],
    ['2026-Q3', 'QUARTERLY', 3, '2026-10-10'],
    // 2027 is not in the shipped calendar yet: Monday–Friday, provisionally.
    ['2026', 'YEARLY', undefined, '2027-01-07'],
  ])('%s (%s, %s days) is due on %s', (period, cadence, dueWorkingDays, dueOn) => {
    expect(periodDueOn(period, { cadence, dueWorkingDays }, calendar)).toBe(dueOn);
  });

  it('uses the item’s own date for ONCE and for a dated YEARLY item', () => {
    expect(periodDueOn('ONCE', { cadence: 'ONCE', dueOn: '2026-03-31' }, calendar)).toBe('2026-03-31');
    expect(periodDueOn('2026', { cadence: 'YEARLY', dueOn: '2026-12-20' }, calendar)).toBe('2026-12-20');
    expect(() => periodDueOn('ONCE', { cadence: 'ONCE' }, calendar)).toThrow(RangeError);
  });
});

describe('periodWindow', () => {
  it.each<[string, string, { cadence: Cadence; dueOn?: string }, CampaignSpan, [string, string, string]]>([
    ['a month', '2026-11', { cadence: 'MONTHLY' }, year2026, ['2026-11-01', '2026-11-30', '2026-12-07']],
    ['a quarter', '2026-Q3', { cadence: 'QUARTERLY' }, year2026, ['2026-07-01', '2026-09-30', '2026-10-13']],
    [
      'a month the campaign opens in the middle of',
      '2026-03',
      { cadence: 'MONTHLY' },
      { opensOn: '2026-03-15', closesOn: '2026-12-31' },
      ['2026-03-15', '2026-03-31', '2026-04-08'],
    ],
    [
      'a one-off item: campaign start to its date',
      'ONCE',
      { cadence: 'ONCE', dueOn: '2026-06-30' },
      year2026,
      ['2026-01-01', '2026-06-30', '2026-06-30'],
    ],
    [
      'a yearly item due mid-year',
      '2026',
      { cadence: 'YEARLY', dueOn: '2026-06-30' },
      year2026,
      ['2026-01-01', '2026-06-30', '2026-06-30'],
    ],
  ])('%s', (_name, period, rule, span, [startsOn, endsOn, dueOn]) => {
    expect(periodWindow(period, rule, span, calendar)).toEqual({ period, startsOn, endsOn, dueOn });
  });
});

describe('currentPeriod and periodsUpTo', () => {
  it.each<[string, Cadence, string, string[]]>([
    [
      '2026-11-25',
      'MONTHLY',
      '2026-11',
      [
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
      ],
    ],
    ['2026-11-25', 'QUARTERLY', '2026-Q4', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    ['2026-02-10', 'QUARTERLY', '2026-Q1', ['2026-Q1']],
    ['2026-11-25', 'YEARLY', '2026', ['2026']],
    ['2026-11-25', 'ONCE', 'ONCE', ['ONCE']],
    // Outside the campaign, the nearest period of the campaign is current.
    ['2025-12-20', 'MONTHLY', '2026-01', ['2026-01']],
    ['2027-03-02', 'QUARTERLY', '2026-Q4', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
  ])('on %s a %s item is in %s', (date, cadence, current, periods) => {
    expect(currentPeriod(date, cadence, year2026)).toBe(current);
    expect(periodsUpTo(date, cadence, year2026)).toEqual(periods);
  });
});
