import { addDays, beijingDate, beijingInstant } from './beijing-time.js';
import { addWeeks, isIsoWeek, isoWeekOf, weekMonday, weekSunday, weeksBetween } from './iso-week.js';
import type { WorkingCalendar } from './working-calendar.js';

export const TASK_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'SLIPPED', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export function isTaskStatus(s: string): s is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(s);
}

// Points of planned − actual; campaign settings, these are the domain.md defaults.
export type StatusThresholds = { atRiskPoints: number; slippedPoints: number };
export const DEFAULT_THRESHOLDS: Readonly<StatusThresholds> = { atRiskPoints: 10, slippedPoints: 25 };

// percent is already 0–100; `week` is the ISO week the update reports on, not when it was filed.
export type ProgressPoint = { week: string; percent: number; createdAt: Date };

export type WorkItem = {
  startsOn: string;
  dueOn: string;
  // Cumulative planned percent at the end of each ISO week, when staff wrote a plan.
  weeklyPlan?: Record<string, number>;
  updates: ProgressPoint[];
};

export type StatusEvaluation = {
  status: TaskStatus;
  percent: number;
  plannedPercent: number;
  completedLate: boolean;
  missedWeeks: string[];
};

export type WeeklyCell = {
  week: string;
  status: TaskStatus;
  plannedPercent: number;
  actualPercent: number | null;
  updated: boolean;
};

// The only calendar behaviour status rules need, so callers may pass a stub or a cached calendar.
export type StatusCalendar = Pick<WorkingCalendar, 'workingDaysBetween' | 'weeklyDeadline'>;

export function percentOfTarget(value: number, target: number): number {
  if (!(target > 0)) throw new RangeError(`Target must be positive: ${target}`);
  return Math.min(100, Math.max(0, (value / target) * 100));
}

const clampPercent = (p: number): number => Math.min(100, Math.max(0, p));
const round1 = (x: number): number => Math.round(x * 10) / 10;
const startOfDay = (date: string): Date => beijingInstant(date);
// A day ends at 24:00 Beijing, i.e. the next day's 00:00.
const endOfDay = (date: string): Date => beijingInstant(addDays(date, 1));

/**
 * An item readied once for many evaluations (a battle-map row asks for 53): updates sorted by filing
 * time, the plan sorted by week, the working days, and each week's deadline.
 */
interface PreparedItem {
  item: WorkItem;
  /** Oldest first; equal timestamps keep input order so the later row wins. */
  updates: ProgressPoint[];
  filedAt: number[];
  /** When each week was first reported on. */
  firstReport: Map<string, number>;
  plan: [string, number][];
  starts: number;
  dueEnds: number;
  days: string[];
  /** The item's weeks whose deadline falls after it started, in order (deadlines ascend). */
  deadlines: { week: string; at: number }[];
}

// ISO week names have a fixed width ('2026-W07'), so string order is week order.
const weekOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function prepare(item: WorkItem, calendar: StatusCalendar): PreparedItem {
  const updates = item.updates
    .map((u, i) => ({ u, i }))
    .sort((a, b) => a.u.createdAt.getTime() - b.u.createdAt.getTime() || a.i - b.i)
    .map(({ u }) => u);
  const firstReport = new Map<string, number>();
  for (const u of updates) if (!firstReport.has(u.week)) firstReport.set(u.week, u.createdAt.getTime());
  const starts = startOfDay(item.startsOn).getTime();
  const deadlines: { week: string; at: number }[] = [];
  for (const week of weeksBetween(item.startsOn, item.dueOn)) {
    const deadline = calendar.weeklyDeadline(week)?.getTime();
    // Weeks whose deadline fell before the item started cannot be missed.
    if (deadline !== undefined && deadline >= starts) deadlines.push({ week, at: deadline });
  }
  return {
    item,
    updates,
    filedAt: updates.map((u) => u.createdAt.getTime()),
    firstReport,
    plan: Object.entries(item.weeklyPlan ?? {})
      .filter(([week]) => isIsoWeek(week))
      .sort(([a], [b]) => weekOrder(a, b)),
    starts,
    dueEnds: endOfDay(item.dueOn).getTime(),
    days: calendar.workingDaysBetween(item.startsOn, item.dueOn),
    deadlines,
  };
}

/** How many sorted values are ≤ limit. */
function countAtMost<T>(values: T[], limit: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  for (let high = values.length; low < high;) {
    const middle = (low + high) >> 1;
    if (compare(values[middle], limit) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

const byNumber = (a: number, b: number) => a - b;

function plannedAt(p: PreparedItem, at: Date, currentWeek: string): number {
  const planned = countAtMost<[string, number]>(p.plan, [currentWeek, 0], ([a], [b]) => weekOrder(a, b));
  if (planned > 0) return clampPercent(p.plan[planned - 1][1]);

  // Linear over working days (domain.md): share of the item's working days that have fully ended.
  if (at.getTime() < p.starts) return 0;
  if (at.getTime() >= p.dueEnds) return 100;
  if (p.days.length === 0) return 0;
  // A day has ended once the Beijing date at `at` is later than it.
  const today = beijingDate(at);
  const ended = countAtMost(p.days, today, (a, b) => (a < b ? -1 : 1));
  return round1((ended / p.days.length) * 100);
}

export function plannedPercentAsOf(item: WorkItem, asOf: Date, calendar: StatusCalendar): number {
  return new StatusTimeline(item, calendar).plannedPercentAt(asOf);
}

/** The planned percent at each of several instants, the item prepared once. */
export function plannedPercentsAt(
  item: WorkItem,
  instants: readonly Date[],
  calendar: StatusCalendar,
): number[] {
  const timeline = new StatusTimeline(item, calendar);
  return instants.map((at) => timeline.plannedPercentAt(at));
}

// The latest update counts, not the highest: a correction is filed as a new update.
export function actualPercentAsOf(item: WorkItem, asOf: Date): number {
  const known = item.updates.filter((u) => u.createdAt.getTime() <= asOf.getTime());
  return (
    known.reduce<ProgressPoint | undefined>(
      (latest, u) => (!latest || u.createdAt.getTime() >= latest.createdAt.getTime() ? u : latest),
      undefined,
    )?.percent ?? 0
  );
}

function evaluateAt(
  p: PreparedItem,
  at: Date,
  thresholds: StatusThresholds,
  currentWeek: string,
  withMissedWeeks: boolean,
): StatusEvaluation {
  const time = at.getTime();
  const known = countAtMost(p.filedAt, time, byNumber);
  const percent = known > 0 ? p.updates[known - 1].percent : 0;
  const plannedPercent = plannedAt(p, at, currentWeek);

  if (percent >= 100) {
    // Completion is the start of the final run at 100 %: a reading corrected down and re-reached counts late.
    let first = known - 1;
    while (first > 0 && p.updates[first - 1].percent >= 100) first--;
    const completedLate = p.filedAt[first] >= p.dueEnds;
    return { status: 'DONE', percent, plannedPercent, completedLate, missedWeeks: [] };
  }

  const passed = countAtMost(p.deadlines, { week: '', at: time }, (a, b) => a.at - b.at);
  const missed = (i: number) => !((p.firstReport.get(p.deadlines[i].week) ?? Infinity) <= time);
  const missedWeeks = withMissedWeeks
    ? p.deadlines
        .slice(0, passed)
        .filter((_d, i) => missed(i))
        .map((d) => d.week)
    : [];
  const result = (status: TaskStatus): StatusEvaluation => ({
    status,
    percent,
    plannedPercent,
    completedLate: false,
    missedWeeks,
  });

  if (time < p.starts) return result('NOT_STARTED');

  const gap = round1(plannedPercent - percent);
  const missedLastTwo = passed >= 2 && missed(passed - 1) && missed(passed - 2);
  const missedLast = passed >= 1 && missed(passed - 1);

  if (time >= p.dueEnds || gap >= thresholds.slippedPoints || missedLastTwo) return result('SLIPPED');
  if (gap >= thresholds.atRiskPoints || missedLast) return result('AT_RISK');
  return result('ON_TRACK');
}

export function evaluateStatus(
  item: WorkItem,
  asOf: Date,
  calendar: StatusCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): StatusEvaluation {
  return new StatusTimeline(item, calendar).statusAt(asOf, thresholds);
}

/**
 * The first instant after `asOf` at which an item's status may change by the passing of time alone
 * (no update filed after `asOf`, the plan unchanged), whatever the item: the next Beijing midnight
 * (a working day ends, the item starts or falls due, a new week's plan applies) or the next weekly
 * update deadline (a week is missed). Between the two only a filing changes a status.
 */
export function nextStatusChange(asOf: Date, calendar: Pick<WorkingCalendar, 'weeklyDeadline'>): Date {
  let next = endOfDay(beijingDate(asOf)).getTime();
  const week = isoWeekOf(asOf);
  // A holiday can move a week's deadline into the next week; within a day only these three matter.
  for (const w of [addWeeks(week, -1), week, addWeeks(week, 1)]) {
    const deadline = calendar.weeklyDeadline(w)?.getTime();
    if (deadline !== undefined && deadline > asOf.getTime() && deadline < next) next = deadline;
  }
  return new Date(next);
}

export function isLateUpdate(
  week: string,
  createdAt: Date,
  calendar: Pick<WorkingCalendar, 'weeklyDeadline'>,
): boolean {
  const deadline = calendar.weeklyDeadline(week);
  return deadline !== null && createdAt.getTime() > deadline.getTime();
}

// One row of the battle map (挂图作战): each week's light as it stood when the week ended.
export function weeklyCells(
  item: WorkItem,
  weeks: string[],
  asOf: Date,
  calendar: StatusCalendar,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): WeeklyCell[] {
  return new StatusTimeline(item, calendar).cells(weeks, asOf, thresholds);
}

/** Where an ISO week begins and ends, in Beijing time; the same for every item, so worked out once. */
interface WeekBounds {
  starts: number;
  /** Sunday 24:00, i.e. the next Monday's 00:00. */
  ends: Date;
  sunday: string;
}
const weekBounds = new Map<string, WeekBounds>();
function boundsOf(week: string): WeekBounds {
  let bounds = weekBounds.get(week);
  if (!bounds) {
    const monday = weekMonday(week);
    bounds = {
      starts: startOfDay(monday).getTime(),
      ends: beijingInstant(addDays(monday, 7)),
      sunday: weekSunday(week),
    };
    weekBounds.set(week, bounds);
  }
  return bounds;
}

type CellFigures = Omit<WeeklyCell, 'week' | 'updated'>;

/**
 * A work item readied once for many questions: its status at any instant and its weekly cells. A
 * week's cell shows the week as it stood when it ended, so once a week has ended its cell depends
 * only on the item and the thresholds and is worked out once. The item must not change afterwards.
 */
export class StatusTimeline {
  private readonly prepared: PreparedItem;
  /** Per thresholds, each ended week's cell. */
  private readonly endedCells = new Map<string, Map<string, Readonly<WeeklyCell>>>();

  constructor(item: WorkItem, calendar: StatusCalendar) {
    this.prepared = prepare(item, calendar);
  }

  statusAt(asOf: Date, thresholds: StatusThresholds = DEFAULT_THRESHOLDS): StatusEvaluation {
    return evaluateAt(this.prepared, asOf, thresholds, isoWeekOf(asOf), true);
  }

  plannedPercentAt(at: Date): number {
    return plannedAt(this.prepared, at, isoWeekOf(at));
  }

  /** The cells of `weeks` as of `asOf`. Ended weeks' cells are shared between calls: do not change them. */
  cells(
    weeks: string[],
    asOf: Date,
    thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
  ): Readonly<WeeklyCell>[] {
    const now = asOf.getTime();
    const thresholdsKey = `${thresholds.atRiskPoints}|${thresholds.slippedPoints}`;
    let kept = this.endedCells.get(thresholdsKey);
    if (!kept) this.endedCells.set(thresholdsKey, (kept = new Map()));
    return weeks.map((week) => {
      const bounds = boundsOf(week);
      const hasEnded = bounds.ends.getTime() <= now;
      const remembered = hasEnded ? kept.get(week) : undefined;
      if (remembered) return remembered;
      const reported = this.prepared.firstReport.get(week) ?? Infinity;
      const moment = hasEnded ? bounds.ends : asOf;
      const cell = { week, ...this.cellAt(week, bounds, moment, thresholds), updated: reported <= now };
      // An ended week reported by its end, or never, reads the same from any later instant; one
      // reported late reads "not updated" from an instant before the late report.
      if (hasEnded && (reported <= bounds.ends.getTime() || reported === Infinity)) kept.set(week, cell);
      return cell;
    });
  }

  /** The week's cell as of `moment`: its end once it has ended, else now. */
  private cellAt(week: string, bounds: WeekBounds, moment: Date, thresholds: StatusThresholds): CellFigures {
    const p = this.prepared;
    if (bounds.starts > moment.getTime()) {
      // Plan lookups use `week` explicitly because the week's end already belongs to the next week.
      return { status: 'NOT_STARTED', plannedPercent: plannedAt(p, bounds.ends, week), actualPercent: null };
    }
    const evaluation = evaluateAt(p, moment, thresholds, week, false);
    const actualPercent = countAtMost(p.filedAt, moment.getTime(), byNumber) > 0 ? evaluation.percent : null;
    // A week that ended before the item began is not started, even though its end is the start instant.
    const status = bounds.sunday < p.item.startsOn ? 'NOT_STARTED' : evaluation.status;
    return { status, plannedPercent: evaluation.plannedPercent, actualPercent };
  }
}
