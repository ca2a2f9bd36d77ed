import { addDays, isIsoDate } from './beijing-time.js';
import type { WorkingCalendar } from './working-calendar.js';

// How often a responsibility item falls due: once in the campaign, or once per month, quarter or year.
export const CADENCES = ['ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type Cadence = (typeof CADENCES)[number];

// The one period of a ONCE item.
export const ONCE_PERIOD = 'ONCE';

// A recurring period's obligation is due this many working days after the period ends (a month's
// work is reported in the first week of the next month), unless the item says otherwise.
export const DEFAULT_DUE_WORKING_DAYS = 5;

/**
 * When an item falls due. ONCE: on `dueOn` (required). YEARLY: on `dueOn` when given, else like the
 * recurring ones. MONTHLY and QUARTERLY: `dueWorkingDays` working days after the period's last day.
 */
export type DueRule = { cadence: Cadence; dueOn?: string | null; dueWorkingDays?: number | null };

// The campaign's dates: no obligation starts before `opensOn`, and no period begins after `closesOn`.
export type CampaignSpan = { opensOn: string; closesOn: string };

// One obligation: work runs from `startsOn`; the period covers startsOn..endsOn; due at the end of `dueOn`.
export type PeriodWindow = { period: string; startsOn: string; endsOn: string; dueOn: string };

export type PeriodCalendar = Pick<WorkingCalendar, 'addWorkingDays'>;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isCadence(s: string): s is Cadence {
  return (CADENCES as readonly string[]).includes(s);
}

function assertDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`);
}

/** The period a date falls in: '2026-11', '2026-Q4', '2026', or 'ONCE'. */
export function periodOf(date: string, cadence: Cadence): string {
  assertDate(date);
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (cadence) {
    case 'ONCE':
      return ONCE_PERIOD;
    case 'MONTHLY':
      return date.slice(0, 7);
    case 'QUARTERLY':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'YEARLY':
      return year;
  }
}

export function isPeriodOf(period: string, cadence: Cadence): boolean {
  switch (cadence) {
    case 'ONCE':
      return period === ONCE_PERIOD;
    case 'MONTHLY':
      return MONTH.test(period);
    case 'QUARTERLY':
      return QUARTER.test(period);
    case 'YEARLY':
      return YEAR.test(period);
  }
}

function assertPeriod(period: string, cadence: Cadence): void {
  if (!isPeriodOf(period, cadence)) throw new RangeError(`${period} is not a ${cadence} period`);
}

// Periods of one cadence sort as strings ('2026-09' < '2026-10', '2026-Q1' < '2026-Q4').
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first and last calendar day of a recurring period (ONCE has no calendar bounds). */
export function periodBounds(
  period: string,
  cadence: Exclude<Cadence, 'ONCE'>,
): { startsOn: string; endsOn: string } {
  assertPeriod(period, cadence);
  const year = Number(period.slice(0, 4));
  let firstMonth: number;
  let months: number;
  if (cadence === 'MONTHLY') [firstMonth, months] = [Number(period.slice(5, 7)), 1];
  else if (cadence === 'QUARTERLY') [firstMonth, months] = [(Number(period.slice(6)) - 1) * 3 + 1, 3];
  else [firstMonth, months] = [1, 12];
  const startsOn = `${pad(year, 4)}-${pad(firstMonth)}-01`;
  const next = firstMonth + months;
  const nextStart = next > 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(next)}-01`;
  return { startsOn, endsOn: addDays(nextStart, -1) };
}

export function nextPeriod(period: string, cadence: Cadence): string | null {
  if (cadence === 'ONCE') return null;
  return periodOf(addDays(periodBounds(period, cadence).endsOn, 1), cadence);
}

const clampDate = (date: string, span: CampaignSpan): string =>
  date < span.opensOn ? span.opensOn : date > span.closesOn ? span.closesOn : date;

/** The period whose obligation is current on `date`: the one containing it, within the campaign. */
export function currentPeriod(date: string, cadence: Cadence, span: CampaignSpan): string {
  return periodOf(clampDate(date, span), cadence);
}

/** Every period from the campaign's first up to the current one on `date`, oldest first. */
export function periodsUpTo(date: string, cadence: Cadence, span: CampaignSpan): string[] {
  const last = currentPeriod(date, cadence, span);
  const periods = [periodOf(span.opensOn, cadence)];
  for (
    let p = nextPeriod(periods[0], cadence);
    p !== null && comparePeriods(p, last) <= 0;
    p = nextPeriod(p, cadence)
  ) {
    periods.push(p);
  }
  return periods;
}

/** The due date of a recurring period: N working days after its last day (0: the last day itself). */
export function periodDueOn(period: string, rule: DueRule, calendar: PeriodCalendar): string {
  if (rule.cadence === 'ONCE') {
    if (!rule.dueOn) throw new RangeError('A ONCE item needs a due date');
    return rule.dueOn;
  }
  if (rule.cadence === 'YEARLY' && rule.dueOn) return rule.dueOn;
  const { endsOn } = periodBounds(period, rule.cadence);
  return calendar.addWorkingDays(endsOn, rule.dueWorkingDays ?? DEFAULT_DUE_WORKING_DAYS);
}

/** The obligation of one period: from the period's start (not before the campaign) to its due date. */
export function periodWindow(
  period: string,
  rule: DueRule,
  span: CampaignSpan,
  calendar: PeriodCalendar,
): PeriodWindow {
  const dueOn = periodDueOn(period, rule, calendar);
  if (rule.cadence === 'ONCE') {
    assertPeriod(period, 'ONCE');
    return { period, startsOn: span.opensOn, endsOn: dueOn, dueOn };
  }
  const bounds = periodBounds(period, rule.cadence);
  const startsOn = bounds.startsOn < span.opensOn ? span.opensOn : bounds.startsOn;
  // A yearly item due mid-year is worked on from the year's start until that date.
  const endsOn = dueOn < bounds.endsOn ? dueOn : bounds.endsOn;
  return { period, startsOn: dueOn < startsOn ? dueOn : startsOn, endsOn, dueOn };
}
