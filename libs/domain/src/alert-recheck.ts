import {
  type AlertCalendar,
  type AlertRuleKind,
  type AlertThresholds,
  type AlertWorkItem,
  DEFAULT_ALERT_THRESHOLDS,
  missedUpdateWarningAt,
  overdueAccountabilityAt,
} from './alert-rules.js';
import { addDays, beijingDate, beijingInstant } from './beijing-time.js';
import { addWeeks, isoWeekOf } from './iso-week.js';
import { actualPercentAsOf, plannedPercentsAt } from './task-status.js';

/** Weekly deadlines looked at on either side of the instant (a week may have none: Spring Festival). */
const WEEKS_AROUND = 3;
/** Beijing midnights looked at one by one; the next weekly deadline comes sooner in any real calendar. */
const MAX_MIDNIGHTS = 14;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * When the outcome of the status and alert rules for some work items may next change, their inputs
 * (updates, reviews, dates, thresholds, calendar) staying as they are. Built once per instant: what
 * every item shares (the weekly deadlines around it, the escalation instants) is worked out once.
 *
 * Conservative by design: it may name an instant at which nothing changes, never one later than a
 * real change. A sweep skips a subject until then; the dashboard trusts a stored status until then.
 */
export class AlertRecheck {
  private readonly at: number;
  private readonly today: string;
  private readonly week: string;
  /** The first weekly deadline after the instant, and the warning instants of recent missed ones. */
  private readonly shared: number;
  /** Every item is looked at again by then (the last midnight checked one by one). */
  private readonly horizon: number;
  private readonly dueSoonLimits = new Map<string, string>();
  private readonly accountable = new Map<string, number>();

  constructor(
    readonly asOf: Date,
    private readonly calendar: AlertCalendar,
    private readonly thresholds: AlertThresholds = DEFAULT_ALERT_THRESHOLDS,
  ) {
    this.at = asOf.getTime();
    this.today = beijingDate(asOf);
    this.week = isoWeekOf(asOf);
    let shared = Infinity;
    for (let i = -WEEKS_AROUND; i <= WEEKS_AROUND; i++) {
      const deadline = calendar.weeklyDeadline(addWeeks(this.week, i));
      if (!deadline) continue;
      if (deadline.getTime() > this.at) shared = Math.min(shared, deadline.getTime());
      else {
        const warning = missedUpdateWarningAt(deadline, calendar, thresholds.missedUpdateWarningTime);
        if (warning.getTime() > this.at) shared = Math.min(shared, warning.getTime());
      }
    }
    // Never further than the midnights looked at one by one, whatever the calendar holds.
    this.horizon = beijingInstant(addDays(this.today, MAX_MIDNIGHTS)).getTime();
    this.shared = Math.min(shared, this.horizon);
  }

  /**
   * The earliest instant after `asOf` at which the items' alerts or status may change: the items of
   * one subject (an assignment's periods), plus `also` (e.g. when its next period opens).
   */
  next(items: readonly AlertWorkItem[], also: readonly Date[] = []): Date {
    let next = Infinity;
    for (const instant of also) if (instant.getTime() > this.at) next = Math.min(next, instant.getTime());
    for (const item of items) next = Math.min(next, this.nextFor(item, next));
    // Nothing can change (every item done): look again at the next weekly deadline all the same.
    return new Date(Number.isFinite(next) ? Math.min(next, this.horizon) : this.shared);
  }

  private nextFor(item: AlertWorkItem, bound: number): number {
    let next = bound;
    // An update filed after the instant (a replayed sweep) changes the outcome when it is filed.
    for (const u of item.updates)
      if (u.createdAt.getTime() > this.at) next = Math.min(next, u.createdAt.getTime());
    const percent = actualPercentAsOf(item, this.asOf);
    if (percent >= 100) return next;
    const starts = beijingInstant(item.startsOn).getTime();
    if (this.at < starts) return Math.min(next, starts);
    const dueEnds = beijingInstant(addDays(item.dueOn, 1)).getTime();
    if (this.at >= dueEnds) {
      // Past due, the OVERDUE level can still rise, and the due week's update may still be missed
      // (its deadline can fall after the due date) and escalate.
      const accountable = this.accountableAt(item.dueOn);
      if (accountable > this.at) next = Math.min(next, accountable);
      if (!applies(item, 'MISSED_UPDATE')) return next;
      const dueWeek = isoWeekOf(beijingInstant(item.dueOn));
      for (const week of [addWeeks(dueWeek, -1), dueWeek]) {
        const deadline = this.calendar.weeklyDeadline(week);
        if (!deadline || deadline.getTime() < starts) continue;
        const warning = missedUpdateWarningAt(
          deadline,
          this.calendar,
          this.thresholds.missedUpdateWarningTime,
        );
        for (const instant of [deadline.getTime(), warning.getTime()])
          if (instant > this.at) next = Math.min(next, instant);
      }
      return next;
    }
    next = Math.min(next, dueEnds, this.shared);
    return Math.min(next, this.firstMidnightOfChange(item, percent, next));
  }

  /**
   * Before the next fixed instant, the outcome changes only at a Beijing midnight: the linear plan
   * gains a day (the gap may cross a threshold), the due-soon window moves, a new week begins.
   */
  private firstMidnightOfChange(item: AlertWorkItem, percent: number, before: number): number {
    const midnights: Date[] = [];
    for (let day = 1; day <= MAX_MIDNIGHTS; day++) {
      const midnight = beijingInstant(addDays(this.today, day));
      if (midnight.getTime() >= before) break;
      midnights.push(midnight);
    }
    if (!midnights.length) return Infinity;
    const { atRiskPoints, slippedPoints, dueSoonBelowPercent } = this.thresholds;
    const tier = (planned: number) => {
      const gap = round1(planned - percent);
      return gap >= slippedPoints ? 2 : gap >= atRiskPoints ? 1 : 0;
    };
    // The status follows the gap whatever rules apply; BEHIND_PLAN alerts follow it too.
    const [nowPlanned, ...planned] = plannedPercentsAt(item, [this.asOf, ...midnights], this.calendar);
    const tierNow = tier(nowPlanned);
    const watchesDueSoon = applies(item, 'DUE_SOON') && percent < dueSoonBelowPercent;
    const dueSoonNow = watchesDueSoon && this.dueSoon(item.dueOn, this.today);
    for (const [i, midnight] of midnights.entries()) {
      const date = beijingDate(midnight);
      // A BEHIND_PLAN alert is per week: a new week is a new alert.
      if (tierNow > 0 && isoWeekOf(midnight) !== this.week) return midnight.getTime();
      if (tier(planned[i]) !== tierNow) return midnight.getTime();
      if (watchesDueSoon && this.dueSoon(item.dueOn, date) !== dueSoonNow) return midnight.getTime();
    }
    return Infinity;
  }

  private dueSoon(dueOn: string, today: string): boolean {
    let limit = this.dueSoonLimits.get(today);
    if (limit === undefined) {
      limit = this.calendar.addWorkingDays(today, this.thresholds.dueSoonWorkingDays);
      this.dueSoonLimits.set(today, limit);
    }
    return dueOn <= limit;
  }

  private accountableAt(dueOn: string): number {
    let instant = this.accountable.get(dueOn);
    if (instant === undefined) {
      instant = overdueAccountabilityAt(
        dueOn,
        this.calendar,
        this.thresholds.overdueAccountabilityWorkingDays,
      ).getTime();
      this.accountable.set(dueOn, instant);
    }
    return instant;
  }
}

const applies = (item: AlertWorkItem, rule: AlertRuleKind) => !item.rules || item.rules.includes(rule);
