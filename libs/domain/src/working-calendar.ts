import chineseDays from 'chinese-days';
import { addDays, beijingDate, beijingInstant, dayOfWeek, daysBetween, isIsoDate } from './beijing-time.js';
import { weekDates } from './iso-week.js';

export type CalendarOverride = { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name?: string };

// Years whose chinese-days data has been checked against the State Council notice
// (working-calendar.spec.ts). Add a year only after upgrading chinese-days and checking its notice.
export const SHIPPED_CALENDAR_YEARS: readonly number[] = [2025, 2026];

// Corrections to chinese-days, each citing its notice. Empty: 国务院办公厅关于2025年部分节假日安排的通知
// (国办发明电〔2024〕12号, 2024-11-12) and 关于2026年部分节假日安排的通知 (2025-11-04) agree with
// chinese-days 1.5.7 on every day of both years (checked day by day in working-calendar.spec.ts).
export const SHIPPED_CALENDAR_CORRECTIONS: readonly CalendarOverride[] = [];

// Office hours used for "working hours remaining" and the 18:00 weekly deadline.
export const OFFICE_OPENS = '09:00';
export const OFFICE_CLOSES = '18:00';

const WEEKDAY_LABELS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
const HOUR_MS = 3_600_000;
// A calendar made only of holidays would loop forever; ten years of searching is a bug, not a schedule.
const MAX_SCAN_DAYS = 3660;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function isMondayToFriday(date: string): boolean {
  return dayOfWeek(date) <= 5;
}

function assertDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`);
}

// chinese-days works out the weekday in the host's local zone, which is a day early west of UTC,
// so only its listed holidays and make-up days are taken from it; weekends are computed here.
function chineseDaysListedWorkday(date: string): boolean | undefined {
  const detail = chineseDays.getDayDetail(date);
  if (WEEKDAY_LABELS.has(detail.name)) return undefined;
  return chineseDays.isWorkday(date);
}

const SHIPPED_CORRECTIONS = new Map(SHIPPED_CALENDAR_CORRECTIONS.map((o) => [o.date, o.kind === 'WORKDAY']));

// What the product ships for a date, before admin overrides: null when the year is not known.
export function shippedWorkingDay(date: string): boolean | null {
  assertDate(date);
  if (!SHIPPED_CALENDAR_YEARS.includes(yearOf(date))) return null;
  const corrected = SHIPPED_CORRECTIONS.get(date);
  if (corrected !== undefined) return corrected;
  return chineseDaysListedWorkday(date) ?? isMondayToFriday(date);
}

export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<string, boolean>;
  private readonly overrideYears: ReadonlySet<number>;
  // The battle map asks the same questions thousands of times per request: answer each once.
  private readonly dayCache = new Map<string, boolean>();
  private readonly rangeCache = new Map<string, readonly string[]>();
  private readonly deadlineCache = new Map<string, number | null>();

  constructor(overrides: CalendarOverride[] = []) {
    for (const o of overrides) assertDate(o.date);
    // Later rows win, so callers can append an edit without deduplicating.
    this.overrides = new Map(overrides.map((o) => [o.date, o.kind === 'WORKDAY']));
    this.overrideYears = new Set(overrides.map((o) => yearOf(o.date)));
  }

  isWorkingDay(date: string): boolean {
    let working = this.dayCache.get(date);
    if (working === undefined) {
      assertDate(date);
      working = this.overrides.get(date) ?? shippedWorkingDay(date) ?? isMondayToFriday(date);
      this.dayCache.set(date, working);
    }
    return working;
  }

  // False means the Mon–Fri fallback is in use, so deadlines in that year are provisional.
  coversYear(year: number): boolean {
    return SHIPPED_CALENDAR_YEARS.includes(year) || this.overrideYears.has(year);
  }

  workingDaysBetween(start: string, end: string): string[] {
    const key = `${start}|${end}`;
    let days = this.rangeCache.get(key);
    if (!days) {
      assertDate(start);
      const found: string[] = [];
      const span = daysBetween(start, end);
      for (let i = 0; i <= span; i++) {
        const date = addDays(start, i);
        if (this.isWorkingDay(date)) found.push(date);
      }
      days = found;
      this.rangeCache.set(key, days);
    }
    return [...days];
  }

  countWorkingDays(start: string, end: string): number {
    return this.workingDaysBetween(start, end).length;
  }

  // n > 0: the nth working day after date; n < 0: before it; n = 0: date itself.
  addWorkingDays(date: string, n: number): string {
    assertDate(date);
    if (!Number.isInteger(n)) throw new RangeError(`Working-day count must be an integer: ${n}`);
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let current = date;
    for (let scanned = 0; remaining > 0; scanned++) {
      if (scanned > MAX_SCAN_DAYS) throw new RangeError(`No working day found near ${date}`);
      current = addDays(current, step);
      if (this.isWorkingDay(current)) remaining--;
    }
    return current;
  }

  nthWorkingDayOfMonth(year: number, month: number, n: number): string {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer: ${n}`);
    const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    assertDate(first);
    const lastOfMonth = addDays(
      `${String(month === 12 ? year + 1 : year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`,
      -1,
    );
    const days = this.workingDaysBetween(first, lastOfMonth);
    const day = days[n - 1];
    if (day === undefined) {
      throw new RangeError(`${first.slice(0, 7)} has only ${days.length} working days, not ${n}`);
    }
    return day;
  }

  lastWorkingDayOfWeek(week: string): string | null {
    const working = weekDates(week).filter((d) => this.isWorkingDay(d));
    return working.at(-1) ?? null;
  }

  // domain.md: the update for week W is due on W's last working day at 18:00; none if W has no working day.
  weeklyDeadline(week: string): Date | null {
    let deadline = this.deadlineCache.get(week);
    if (deadline === undefined) {
      const day = this.lastWorkingDayOfWeek(week);
      deadline = day === null ? null : beijingInstant(day, OFFICE_CLOSES).getTime();
      this.deadlineCache.set(week, deadline);
    }
    return deadline === null ? null : new Date(deadline);
  }

  workingHoursBetween(from: Date, to: Date): number {
    if (to.getTime() <= from.getTime()) return 0;
    let totalMs = 0;
    const last = beijingDate(to);
    for (let date = beijingDate(from); daysBetween(date, last) >= 0; date = addDays(date, 1)) {
      if (!this.isWorkingDay(date)) continue;
      const opens = beijingInstant(date, OFFICE_OPENS).getTime();
      const closes = beijingInstant(date, OFFICE_CLOSES).getTime();
      const overlap = Math.min(closes, to.getTime()) - Math.max(opens, from.getTime());
      if (overlap > 0) totalMs += overlap;
    }
    return totalMs / HOUR_MS;
  }
}
