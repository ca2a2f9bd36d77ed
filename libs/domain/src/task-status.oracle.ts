// The straightforward first version of the status rules, kept as an oracle for the optimised one
// in task-status.ts: every cell is evaluated from scratch. Used only by task-status.oracle.spec.ts.
import { addDays, beijingDate, beijingInstant, daysBetween } from './beijing-time.js';
import { compareWeeks, isIsoWeek, isoWeekOf, weekMonday, weekSunday, weeksBetween } from './iso-week.js';
import {
  DEFAULT_THRESHOLDS,
  type ProgressPoint,
  type StatusCalendar,
  type StatusEvaluation,
  type StatusThresholds,
  type TaskStatus,
  type WeeklyCell,
  type WorkItem,
} from './task-status.js';

const clampPercent = (p: number): number => Math.min(100, Math.max(0, p));
const round1 = (x: number): number => Math.round(x * 10) / 10;
const startOfDay = (date: string): Date => beijingInstant(date);
const endOfDay = (date: string): Date => beijingInstant(addDays(date, 1));

// Updates known at `at`, oldest first; equal timestamps keep input order so the later row wins.
function historyAt(item: WorkItem, at: Date): ProgressPoint[] {
  return item.updates
    .filter((u) => u.createdAt.getTime() <= at.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function plannedAt(item: WorkItem, at: Date, calendar: StatusCalendar, currentWeek: string): number {
  const planned = Object.entries(item.weeklyPlan ?? {})
    .filter(([week]) => isIsoWeek(week) && compareWeeks(week, currentWeek) <= 0)
    .sort(([a], [b]) => compareWeeks(a, b))
    .at(-1);
  if (planned) return clampPercent(planned[1]);

  // Linear over working days (domain.md): share of the item's working days that have fully ended.
  if (at.getTime() < startOfDay(item.startsOn).getTime()) return 0;
  if (at.getTime() >= endOfDay(item.dueOn).getTime()) return 100;
  const days = calendar.workingDaysBetween(item.startsOn, item.dueOn);
  if (days.length === 0) return 0;
  // A day has ended once the Beijing date at `at` is later than it; days are sorted, so bisect.
  const today = beijingDate(at);
  let ended = 0;
  for (let high = days.length; ended < high;) {
    const middle = (ended + high) >> 1;
    if (days[middle] < today) ended = middle + 1;
    else high = middle;
  }
  return round1((ended / days.length) * 100);
}

function evaluateAt(
  item: WorkItem,
  at: Date,
  calendar: StatusCalendar,
  thresholds: StatusThresholds,
  currentWeek: string,
): StatusEvaluation {
  const history = historyAt(item, at);
  const percent = history.at(-1)?.percent ?? 0;
  const plannedPercent = plannedAt(item, at, calendar, currentWeek);
  const dueEnds = endOfDay(item.dueOn).getTime();

  if (percent >= 100) {
    // Completion is the start of the final run at 100 %: a reading corrected down and re-reached counts late.
    let first = history.length - 1;
    while (first > 0 && history[first - 1].percent >= 100) first--;
    const completedLate = history[first].createdAt.getTime() >= dueEnds;
    return { status: 'DONE', percent, plannedPercent, completedLate, missedWeeks: [] };
  }

  const starts = startOfDay(item.startsOn).getTime();
  // Weeks whose deadline fell before the item started cannot be missed.
  const passedWeeks = weeksBetween(item.startsOn, item.dueOn).filter((week) => {
    const deadline = calendar.weeklyDeadline(week)?.getTime();
    return deadline !== undefined && deadline >= starts && deadline <= at.getTime();
  });
  const updatedWeeks = new Set(history.map((u) => u.week));
  const missedWeeks = passedWeeks.filter((week) => !updatedWeeks.has(week));
  const result = (status: TaskStatus): StatusEvaluation => ({
    status,
    percent,
    plannedPercent,
    completedLate: false,
    missedWeeks,
  });

  if (at.getTime() < starts) return result('NOT_STARTED');

  const gap = round1(plannedPercent - percent);
  const lastTwo = passedWeeks.slice(-2);
  const missedLastTwo = lastTwo.length === 2 && lastTwo.every((w) => missedWeeks.includes(w));
  const missedLast = lastTwo.length > 0 && missedWeeks.includes(lastTwo[lastTwo.length - 1]);

  if (at.getTime() >= dueEnds || gap >= thresholds.slippedPoints || missedLastTwo) return result('SLIPPED');
  if (gap >= thresholds.atRiskPoints || missedLast) return result('AT_RISK');
  return result('ON_TRACK');
}

export function referenceEvaluateStatus(
  item: WorkItem,
  asOf: Date,
  calendar: StatusCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): StatusEvaluation {
  return evaluateAt(item, asOf, calendar, thresholds, isoWeekOf(asOf));
}

// One row of the battle map (挂图作战): each week's light as it stood when the week ended.
export function referenceWeeklyCells(
  item: WorkItem,
  weeks: string[],
  asOf: Date,
  calendar: StatusCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): WeeklyCell[] {
  const known = new Set(historyAt(item, asOf).map((u) => u.week));
  return weeks.map((week) => {
    const updated = known.has(week);
    const monday = weekMonday(week);
    // Sunday 24:00; plan lookups use `week` explicitly because this instant already belongs to the next week.
    const weekEnds = beijingInstant(addDays(monday, 7));

    if (startOfDay(monday).getTime() > asOf.getTime()) {
      const plannedPercent = plannedAt(item, weekEnds, calendar, week);
      return { week, status: 'NOT_STARTED', plannedPercent, actualPercent: null, updated };
    }

    const moment = weekEnds.getTime() <= asOf.getTime() ? weekEnds : asOf;
    const evaluation = evaluateAt(item, moment, calendar, thresholds, week);
    const actualPercent = historyAt(item, moment).length > 0 ? evaluation.percent : null;
    // A week that ended before the item began is not started, even though its end is the start instant.
    const status = daysBetween(weekSunday(week), item.startsOn) > 0 ? 'NOT_STARTED' : evaluation.status;
    return { week, status, plannedPercent: evaluation.plannedPercent, actualPercent, updated };
  });
}
