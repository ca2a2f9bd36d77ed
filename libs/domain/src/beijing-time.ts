import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

// China has had no daylight saving time since 1991, so Asia/Shanghai is a fixed offset.
export const BEIJING_OFFSET = '+08:00';

const OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

export function isIsoDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function assertIsoDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`);
}

// Status rules convert the same few hundred dates thousands of times per battle map: remember them.
const MEMO_LIMIT = 50_000;
const utcMsOfDate = new Map<string, number>();
const dateOfUtcMs = new Map<number, string>();

// Calendar dates are handled as UTC midnights so the host time zone never leaks in.
function dateToUtcMs(date: string): number {
  let ms = utcMsOfDate.get(date);
  if (ms === undefined) {
    assertIsoDate(date);
    ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    if (utcMsOfDate.size > MEMO_LIMIT) utcMsOfDate.clear();
    utcMsOfDate.set(date, ms);
  }
  return ms;
}

function utcMsToDate(ms: number): string {
  const midnight = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
  let date = dateOfUtcMs.get(midnight);
  if (date === undefined) {
    date = new Date(midnight).toISOString().slice(0, 10);
    if (dateOfUtcMs.size > MEMO_LIMIT) dateOfUtcMs.clear();
    dateOfUtcMs.set(midnight, date);
  }
  return date;
}

export function beijingDate(instant: Date): string {
  return utcMsToDate(instant.getTime() + OFFSET_MS);
}

export function beijingInstant(date: string, time = '00:00'): Date {
  if (time === '00:00') return new Date(dateToUtcMs(date) - OFFSET_MS);
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Invalid time (expected HH:mm or HH:mm:ss): ${time}`);
  const [, hh, mm, ss = '0'] = match;
  const wallClockMs = dateToUtcMs(date) + ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss)) * 1000;
  return new Date(wallClockMs - OFFSET_MS);
}

export function formatBeijing(instant: Date, pattern = 'YYYY-MM-DD HH:mm'): string {
  return dayjs(instant).utcOffset(OFFSET_MINUTES).format(pattern);
}

// The DateTime scalar's output format: readers in China see their own wall clock.
export function toBeijingIso(instant: Date): string {
  return formatBeijing(instant, 'YYYY-MM-DDTHH:mm:ss.SSSZ');
}

export function addDays(date: string, n: number): string {
  return utcMsToDate(dateToUtcMs(date) + n * DAY_MS);
}

export function dayOfWeek(date: string): number {
  const sundayZero = new Date(dateToUtcMs(date)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

// Whole days from a to b (b − a); both are calendar dates, so no DST or zone arithmetic applies.
export function daysBetween(a: string, b: string): number {
  return Math.round((dateToUtcMs(b) - dateToUtcMs(a)) / DAY_MS);
}
