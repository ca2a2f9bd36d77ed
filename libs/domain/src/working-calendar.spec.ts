import { addDays, dayOfWeek } from './beijing-time.js';
import {
  SHIPPED_CALENDAR_CORRECTIONS,
  SHIPPED_CALENDAR_YEARS,
  WorkingCalendar,
  shippedWorkingDay,
} from './working-calendar.js';

// The State Council notices, transcribed: holiday ranges (放假) and make-up working days (上班).
// 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)
// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
type Notice = { holidays: [string, string, string][]; makeUpDays: string[] };
const NOTICES: Record<number, Notice> = {
  2025: {
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01'],
      ['春节', '2025-01-28', '2025-02-04'],
      ['清明节', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05'],
      ['端午节', '2025-05-31', '2025-06-02'],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
    ],
    makeUpDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ],
    makeUpDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

function noticeSaysWorking(date: string): boolean {
  const notice = NOTICES[Number(date.slice(0, 4))];
  if (notice.makeUpDays.includes(date)) return true;
  if (notice.holidays.some(([, from, to]) => from <= date && date <= to)) return false;
  return dayOfWeek(date) <= 5;
}

function allDatesOf(year: number): string[] {
  const dates: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) dates.push(d);
  return dates;
}

describe('shipped calendar data (chinese-days checked against the notices)', () => {
  it('ships exactly the years it has checked, with no corrections needed', () => {
    expect(SHIPPED_CALENDAR_YEARS).toEqual([2025, 2026]);
    expect(SHIPPED_CALENDAR_CORRECTIONS).toEqual([]);
  });

  it.each([2025, 2026])('agrees with the %d notice on every day of the year', (year) => {
    const disagreements = allDatesOf(year).filter((d) => shippedWorkingDay(d) !== noticeSaysWorking(d));
    expect(disagreements).toEqual([]);
  });

  const calendar = new WorkingCalendar();
  it.each([
    ['2026-06-19', false, 'Dragon Boat (Fri)'],
    ['2026-06-18', true, 'Thursday before Dragon Boat'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-02', false, 'National Day'],
    ['2026-10-03', false, 'National Day'],
    ['2026-10-04', false, 'National Day'],
    ['2026-10-05', false, 'National Day (Mon)'],
    ['2026-10-06', false, 'National Day (Tue)'],
    ['2026-10-07', false, 'National Day (Wed)'],
    ['2026-10-08', true, 'Thursday after National Day: the 2026 holiday is 7 days'],
    ['2026-09-20', true, 'make-up Sunday'],
    ['2026-10-10', true, 'make-up Saturday'],
    ['2026-02-14', true, 'make-up Saturday before Spring Festival'],
    ['2026-02-28', true, 'make-up Saturday after Spring Festival'],
    ['2026-02-15', false, 'Spring Festival starts (Sun, 腊月二十八)'],
    ['2026-02-16', false, 'Spring Festival (Mon)'],
    ['2026-02-20', false, 'Spring Festival (Fri)'],
    ['2026-02-23', false, 'Spring Festival ends (Mon, 正月初七)'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-09-25', false, 'Mid-Autumn (Fri)'],
    ['2026-01-04', true, 'make-up Sunday after New Year'],
    ['2026-05-09', true, 'make-up Saturday after Labour Day'],
    ['2025-10-01', false, 'National Day + Mid-Autumn'],
    ['2025-10-06', false, 'National Day + Mid-Autumn (Mon)'],
    ['2025-10-08', false, 'National Day + Mid-Autumn, 8th day (Wed)'],
    ['2025-10-09', true, 'Thursday after National Day'],
    ['2025-09-28', true, 'make-up Sunday'],
    ['2025-10-11', true, 'make-up Saturday'],
    ['2025-01-26', true, 'make-up Sunday before Spring Festival'],
    ['2025-02-08', true, 'make-up Saturday after Spring Festival'],
    ['2025-01-28', false, 'Spring Festival eve (除夕)'],
    ['2025-02-04', false, 'Spring Festival ends'],
    ['2025-04-27', true, 'make-up Sunday before Labour Day'],
    ['2026-11-23', true, 'ordinary Monday'],
    ['2026-11-28', false, 'ordinary Saturday'],
  ])('isWorkingDay(%s) = %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('has no data for 2027, so the Mon–Fri fallback applies and the year is flagged', () => {
    expect(calendar.coversYear(2025)).toBe(true);
    expect(calendar.coversYear(2026)).toBe(true);
    expect(calendar.coversYear(2027)).toBe(false);
    expect(calendar.coversYear(2024)).toBe(false);
    expect(shippedWorkingDay('2027-10-01')).toBeNull();
    // 2027-10-01 is a Friday: surely a holiday, but unknown until the notice is published.
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-10-02')).toBe(false);
  });
});

describe('WorkingCalendar overrides', () => {
  const overrides = [
    { date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' },
    { date: '2027-09-26', kind: 'WORKDAY', name: '国庆节调休' },
    // An admin can also correct a shipped day.
    { date: '2026-10-08', kind: 'HOLIDAY' },
    { date: '2026-10-11', kind: 'WORKDAY' },
  ] as const;
  const calendar = new WorkingCalendar([...overrides]);

  it.each([
    ['2027-10-01', false],
    ['2027-09-26', true],
    ['2026-10-08', false],
    ['2026-10-11', true],
    ['2026-10-09', true],
    ['2027-10-04', true],
  ])('isWorkingDay(%s) = %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('covers a year once it has any override row', () => {
    expect(calendar.coversYear(2027)).toBe(true);
    expect(calendar.coversYear(2028)).toBe(false);
  });

  it('lets the last row for a date win', () => {
    const edited = new WorkingCalendar([
      { date: '2026-11-23', kind: 'HOLIDAY' },
      { date: '2026-11-23', kind: 'WORKDAY' },
    ]);
    expect(edited.isWorkingDay('2026-11-23')).toBe(true);
  });

  it('rejects malformed dates', () => {
    expect(() => new WorkingCalendar([{ date: '2026-13-01', kind: 'HOLIDAY' }])).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026/10/01')).toThrow(RangeError);
  });
});

describe('WorkingCalendar arithmetic', () => {
  const calendar = new WorkingCalendar();

  it.each([
    [
      '2026-09-28',
      '2026-10-11',
      ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'],
    ],
    ['2026-02-13', '2026-02-24', ['2026-02-13', '2026-02-14', '2026-02-24']],
    ['2026-06-19', '2026-06-21', []],
    ['2026-06-22', '2026-06-21', []],
  ])('workingDaysBetween(%s, %s)', (start, end, expected) => {
    expect(calendar.workingDaysBetween(start, end)).toEqual(expected);
    expect(calendar.countWorkingDays(start, end)).toBe(expected.length);
  });

  it.each([
    ['2026-09-01', '2026-09-30', 22],
    ['2026-10-01', '2026-10-31', 18],
    // 261 weekdays − 19 weekday holidays + 6 make-up days (2026); 261 − 18 + 5 (2025).
    ['2026-01-01', '2026-12-31', 248],
    ['2025-01-01', '2025-12-31', 248],
  ])('countWorkingDays(%s, %s) = %d', (start, end, expected) => {
    expect(calendar.countWorkingDays(start, end)).toBe(expected);
  });

  it.each([
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-06-18', 1, '2026-06-22'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-10-08', -1, '2026-09-30'],
    ['2026-10-03', 0, '2026-10-03'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('addWorkingDays(%s, %d) = %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it('stops instead of looping when nothing is a working day', () => {
    // 2030-01-01..20 are holidays, so the next working day is Monday 2030-01-21.
    const rows = Array.from({ length: 20 }, (_, i) => ({
      date: addDays('2030-01-01', i),
      kind: 'HOLIDAY' as const,
    }));
    expect(new WorkingCalendar(rows).addWorkingDays('2030-01-01', 1)).toBe('2030-01-21');
    expect(() => calendar.addWorkingDays('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it.each([
    // Monthly report for May 2026 is due on the 5th working day of June.
    [2026, 6, 5, '2026-06-05'],
    [2026, 10, 1, '2026-10-08'],
    [2026, 10, 3, '2026-10-10'],
    [2026, 2, 10, '2026-02-13'],
    [2026, 2, 11, '2026-02-14'],
    [2026, 2, 12, '2026-02-24'],
    [2026, 12, 23, '2026-12-31'],
    [2025, 10, 1, '2025-10-09'],
  ])('nthWorkingDayOfMonth(%d, %d, %d) = %s', (year, month, n, expected) => {
    expect(calendar.nthWorkingDayOfMonth(year, month, n)).toBe(expected);
  });

  it('throws when the month has too few working days', () => {
    expect(() => calendar.nthWorkingDayOfMonth(2026, 10, 19)).toThrow(RangeError);
    expect(() => calendar.nthWorkingDayOfMonth(2026, 13, 1)).toThrow(RangeError);
    expect(() => calendar.nthWorkingDayOfMonth(2026, 6, 0)).toThrow(RangeError);
  });

  it.each([
    // National Day week: Mon–Wed work, Thu–Sun holiday.
    ['2026-W40', '2026-09-30', '2026-09-30T10:00:00.000Z'],
    // Dragon Boat on Friday moves the deadline to Thursday 18:00 Beijing.
    ['2026-W25', '2026-06-18', '2026-06-18T10:00:00.000Z'],
    ['2026-W48', '2026-11-27', '2026-11-27T10:00:00.000Z'],
    // Make-up Sunday: the week's last working day is Sunday.
    ['2026-W38', '2026-09-20', '2026-09-20T10:00:00.000Z'],
    ['2026-W41', '2026-10-10', '2026-10-10T10:00:00.000Z'],
    // Spring Festival week 2026-02-16..22 has no working day at all: no update is due.
    ['2026-W08', null, null],
    ['2026-W07', '2026-02-14', '2026-02-14T10:00:00.000Z'],
    ['2025-W40', '2025-09-30', '2025-09-30T10:00:00.000Z'],
  ])('%s: last working day %s, deadline %s', (week, lastDay, deadline) => {
    expect(calendar.lastWorkingDayOfWeek(week)).toBe(lastDay);
    expect(calendar.weeklyDeadline(week)?.toISOString() ?? null).toBe(deadline);
  });

  it('a week made all holidays by overrides has no deadline', () => {
    const rows = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'].map((date) => ({
      date,
      kind: 'HOLIDAY' as const,
    }));
    expect(new WorkingCalendar(rows).weeklyDeadline('2027-W09')).toBeNull();
    expect(calendar.weeklyDeadline('2027-W09')?.toISOString()).toBe('2027-03-05T10:00:00.000Z');
  });

  it.each([
    ['2026-11-23T09:00+08:00', '2026-11-23T18:00+08:00', 9],
    ['2026-11-23T08:00+08:00', '2026-11-23T20:00+08:00', 9],
    ['2026-11-23T17:30+08:00', '2026-11-24T10:00+08:00', 1.5],
    ['2026-11-27T16:00+08:00', '2026-11-30T12:00+08:00', 5],
    ['2026-09-30T12:00+08:00', '2026-10-08T12:00+08:00', 9],
    ['2026-09-19T12:00+08:00', '2026-09-20T18:00+08:00', 9],
    ['2026-11-23T12:00+08:00', '2026-11-23T12:00+08:00', 0],
    ['2026-11-24T12:00+08:00', '2026-11-23T12:00+08:00', 0],
    ['2026-11-28T09:00+08:00', '2026-11-29T18:00+08:00', 0],
  ])('workingHoursBetween(%s, %s) = %d', (from, to, expected) => {
    expect(calendar.workingHoursBetween(new Date(from), new Date(to))).toBeCloseTo(expected, 9);
  });
});
