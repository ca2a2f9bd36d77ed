import {
  addWeeks,
  compareWeeks,
  isIsoWeek,
  isoWeekOf,
  isoWeekOfDate,
  isoWeeksInYear,
  parseIsoWeek,
  weekDates,
  weekMonday,
  weekSunday,
  weeksBetween,
} from './iso-week.js';

describe('iso-week', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2025-12-28', '2025-W52'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-09-28', '2026-W40'],
    ['2026-10-04', '2026-W40'],
    ['2026-06-19', '2026-W25'],
  ])('isoWeekOfDate(%s) = %s', (date, expected) => {
    expect(isoWeekOfDate(date)).toBe(expected);
  });

  it.each([
    // Sunday 2026-11-29 23:30 in Beijing is still W48 although it is Sunday 15:30 UTC.
    ['2026-11-29T15:30:00.000Z', '2026-W48'],
    // Monday 00:30 in Beijing is already W49 while UTC is still Sunday.
    ['2026-11-29T16:30:00.000Z', '2026-W49'],
  ])('isoWeekOf(%s) = %s (Beijing date decides)', (iso, expected) => {
    expect(isoWeekOf(new Date(iso))).toBe(expected);
  });

  it.each([
    [2026, 53],
    [2025, 52],
    [2020, 53],
    [2027, 52],
    [2032, 53],
  ])('isoWeeksInYear(%d) = %d', (year, expected) => {
    expect(isoWeeksInYear(year)).toBe(expected);
  });

  it.each([
    ['2026-W48', { year: 2026, week: 48 }],
    ['2026-W01', { year: 2026, week: 1 }],
    ['2026-W53', { year: 2026, week: 53 }],
    ['2025-W53', null],
    ['2026-W00', null],
    ['2026-W54', null],
    ['2026-W5', null],
    ['2026W48', null],
    ['2026-w48', null],
    ['26-W48', null],
    ['', null],
  ])('parseIsoWeek(%j) = %j', (week, expected) => {
    expect(parseIsoWeek(week)).toEqual(expected);
    expect(isIsoWeek(week)).toBe(expected !== null);
  });

  it.each([
    ['2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2026-W40', '2026-09-28', '2026-10-04'],
    ['2026-W25', '2026-06-15', '2026-06-21'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('%s runs %s..%s', (week, monday, sunday) => {
    expect(weekMonday(week)).toBe(monday);
    expect(weekSunday(week)).toBe(sunday);
    const dates = weekDates(week);
    expect(dates).toHaveLength(7);
    expect(dates[0]).toBe(monday);
    expect(dates[6]).toBe(sunday);
    expect(dates.every((d) => isoWeekOfDate(d) === week)).toBe(true);
  });

  it('throws on an invalid week', () => {
    expect(() => weekMonday('2025-W53')).toThrow(RangeError);
    expect(() => compareWeeks('x', '2026-W01')).toThrow(RangeError);
  });

  it.each([
    ['2026-11-23', '2026-11-29', ['2026-W48']],
    ['2026-11-29', '2026-11-30', ['2026-W48', '2026-W49']],
    ['2026-12-20', '2027-01-05', ['2026-W51', '2026-W52', '2026-W53', '2027-W01']],
    ['2026-09-01', '2026-10-31', weeksFrom(36, 44)],
    ['2026-11-23', '2026-11-23', ['2026-W48']],
    ['2026-11-24', '2026-11-23', []],
  ])('weeksBetween(%s, %s)', (start, end, expected) => {
    expect(weeksBetween(start, end)).toEqual(expected);
  });

  it.each([
    ['2026-W48', '2026-W48', 0],
    ['2026-W09', '2026-W10', -1],
    ['2027-W01', '2026-W53', 1],
    ['2025-W52', '2026-W01', -1],
  ])('compareWeeks(%s, %s) = %d', (a, b, expected) => {
    expect(compareWeeks(a, b)).toBe(expected);
  });

  it.each([
    ['2026-W52', 1, '2026-W53'],
    ['2026-W53', 1, '2027-W01'],
    ['2025-W52', 1, '2026-W01'],
    ['2026-W01', -1, '2025-W52'],
    ['2026-W48', 0, '2026-W48'],
    ['2026-W01', 52, '2026-W53'],
  ])('addWeeks(%s, %d) = %s', (week, n, expected) => {
    expect(addWeeks(week, n)).toBe(expected);
  });
});

function weeksFrom(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, i) => `2026-W${first + i}`);
}
