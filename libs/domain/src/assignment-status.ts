import { isoWeekOf } from './iso-week.js';
import {
  type CampaignSpan,
  type DueRule,
  type PeriodCalendar,
  type PeriodWindow,
  currentPeriod,
  periodWindow,
  periodsUpTo,
} from './recurring-periods.js';
import { beijingDate } from './beijing-time.js';
import {
  DEFAULT_THRESHOLDS,
  type ProgressPoint,
  type StatusCalendar,
  type StatusEvaluation,
  type StatusThresholds,
  evaluateStatus,
} from './task-status.js';

// An update on a responsibility assignment: which period's obligation it reports on, and whether
// staff have since marked its evidence insufficient (the latest review of the update says so).
export type AssignmentUpdatePoint = { period: string; percent: number; createdAt: Date; rejected: boolean };

export type AssignmentEvaluation = StatusEvaluation &
  PeriodWindow & {
    // The period's latest update was marked "evidence insufficient" and nothing was filed since.
    reopened: boolean;
  };

export type AssignmentCalendar = StatusCalendar & PeriodCalendar;

// The ISO week of an instant depends only on its Beijing day; matrices ask for thousands of them.
const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;
const weekOfDay = new Map<number, string>();

function weekFiled(instant: Date): string {
  const day = Math.floor((instant.getTime() + BEIJING_MS) / DAY_MS);
  let week = weekOfDay.get(day);
  if (week === undefined) {
    week = isoWeekOf(instant);
    if (weekOfDay.size > 10_000) weekOfDay.clear();
    weekOfDay.set(day, week);
  }
  return week;
}

/**
 * The progress a period's updates stand for. A rejected update still counts as the unit's report
 * for the week it was filed in (it was filed), but its claimed percent does not: the period stands
 * at the last accepted percent before it (0 when there is none), so a rejected 100 % is not DONE
 * until the unit files a new update.
 */
export function acceptedProgress(updates: AssignmentUpdatePoint[]): ProgressPoint[] {
  const sorted = [...updates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let accepted = 0;
  return sorted.map((u) => {
    if (!u.rejected) accepted = u.percent;
    return { week: weekFiled(u.createdAt), percent: accepted, createdAt: u.createdAt };
  });
}

/** One period's status by the task rules, over the window from its start to its due date. */
export function evaluatePeriod(
  window: PeriodWindow,
  updates: AssignmentUpdatePoint[],
  asOf: Date,
  calendar: StatusCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): AssignmentEvaluation {
  const known = updates
    .filter((u) => u.period === window.period && u.createdAt.getTime() <= asOf.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const evaluation = evaluateStatus(
    { startsOn: window.startsOn, dueOn: window.dueOn, updates: acceptedProgress(known) },
    asOf,
    calendar,
    thresholds,
  );
  return { ...evaluation, ...window, reopened: known.at(-1)?.rejected ?? false };
}

/** An assignment's status: that of its current period (domain.md: one obligation per period). */
export function evaluateAssignment(
  rule: DueRule,
  span: CampaignSpan,
  updates: AssignmentUpdatePoint[],
  asOf: Date,
  calendar: AssignmentCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): AssignmentEvaluation {
  const period = currentPeriod(beijingDate(asOf), rule.cadence, span);
  return evaluatePeriod(periodWindow(period, rule, span, calendar), updates, asOf, calendar, thresholds);
}

/** Every period up to the current one, oldest first, each evaluated as of `asOf`. */
export function assignmentPeriods(
  rule: DueRule,
  span: CampaignSpan,
  updates: AssignmentUpdatePoint[],
  asOf: Date,
  calendar: AssignmentCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): AssignmentEvaluation[] {
  return periodsUpTo(beijingDate(asOf), rule.cadence, span).map((period) =>
    evaluatePeriod(periodWindow(period, rule, span, calendar), updates, asOf, calendar, thresholds),
  );
}
