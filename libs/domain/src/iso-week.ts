import { addDays, beijingDate, dayOfWeek, daysBetween } from './beijing-time.js';

// Weeks run Monday–Sunday and are named by ISO 8601 week (domain.md "Rules").
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

function formatWeek(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

// Status rules look up the week of the same few hundred dates again and again.
const weekOfDate = new Map<string, string>();

export function isoWeekOfDate(date: string): string {
  let week = weekOfDate.get(date);
  if (week === undefined) {
    // The ISO year and week are those of the week's Thursday.
    const thursday = addDays(date, 4 - dayOfWeek(date));
    const number = Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
    week = formatWeek(Number(thursday.slice(0, 4)), number);
    if (weekOfDate.size > 100_000) weekOfDate.clear();
    weekOfDate.set(date, week);
  }
  return week;
}

export function isoWeekOf(instant: Date): string {
  return isoWeekOfDate(beijingDate(instant));
}

export function isoWeeksInYear(year: number): number {
  // 28 December always falls in the year's last ISO week.
  return Number(isoWeekOfDate(`${String(year).padStart(4, '0')}-12-28`).slice(6));
}

export function parseIsoWeek(week: string): { year: number; week: number } | null {
  const match = ISO_WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || n > isoWeeksInYear(year)) return null;
  return { year, week: n };
}

export function isIsoWeek(s: string): boolean {
  return parseIsoWeek(s) !== null;
}

function parseOrThrow(week: string): { year: number; week: number } {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new RangeError(`Invalid ISO week (expected e.g. 2026-W48): ${week}`);
  return parsed;
}

const mondayOfWeek = new Map<string, string>();

export function weekMonday(week: string): string {
  let monday = mondayOfWeek.get(week);
  if (monday === undefined) {
    const parsed = parseOrThrow(week);
    // 4 January is always in week 1.
    const jan4 = `${String(parsed.year).padStart(4, '0')}-01-04`;
    const week1Monday = addDays(jan4, 1 - dayOfWeek(jan4));
    monday = addDays(week1Monday, (parsed.week - 1) * 7);
    if (mondayOfWeek.size > 10_000) mondayOfWeek.clear();
    mondayOfWeek.set(week, monday);
  }
  return monday;
}

export function weekSunday(week: string): string {
  return addDays(weekMonday(week), 6);
}

export function weekDates(week: string): string[] {
  const monday = weekMonday(week);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function compareWeeks(a: string, b: string): number {
  const pa = parseOrThrow(a);
  const pb = parseOrThrow(b);
  return Math.sign(pa.year - pb.year || pa.week - pb.week);
}

export function addWeeks(week: string, n: number): string {
  return isoWeekOfDate(addDays(weekMonday(week), n * 7));
}

// Status rules ask for the same few ranges thousands of times per battle map.
const rangeCache = new Map<string, readonly string[]>();

export function weeksBetween(startDate: string, endDate: string): string[] {
  const key = `${startDate}|${endDate}`;
  let weeks = rangeCache.get(key);
  if (!weeks) {
    const found: string[] = [];
    if (daysBetween(startDate, endDate) >= 0) {
      const last = isoWeekOfDate(endDate);
      for (let week = isoWeekOfDate(startDate); compareWeeks(week, last) <= 0; week = addWeeks(week, 1)) {
        found.push(week);
      }
    }
    if (rangeCache.size > 10_000) rangeCache.clear();
    rangeCache.set(key, found);
    weeks = found;
  }
  return [...weeks];
}
