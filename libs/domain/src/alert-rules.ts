import { addDays, beijingDate, beijingInstant, formatBeijing, toBeijingIso } from './beijing-time.js';
import { isoWeekOf, weeksBetween } from './iso-week.js';
import {
  type StatusThresholds,
  type WorkItem,
  actualPercentAsOf,
  plannedPercentAsOf,
} from './task-status.js';
import type { WorkingCalendar } from './working-calendar.js';

// The escalation ladder of domain.md: 提醒 → 预警 → 问责.
export const ALERT_LEVELS = ['REMINDER', 'WARNING', 'ACCOUNTABILITY'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export const ALERT_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_RULES = ['MISSED_UPDATE', 'BEHIND_PLAN', 'OVERDUE', 'DUE_SOON', 'REPORT_OVERDUE'] as const;
export type AlertRuleKind = (typeof ALERT_RULES)[number];

// REPORT subjects arrive with the reports feature; the ladder for them is reportOverdueLevel below.
export const ALERT_SUBJECT_TYPES = ['TASK', 'ASSIGNMENT', 'REPORT'] as const;
export type AlertSubjectType = (typeof ALERT_SUBJECT_TYPES)[number];

export const ALERT_LEVEL_NAMES_ZH: Readonly<Record<AlertLevel, string>> = {
  REMINDER: '提醒',
  WARNING: '预警',
  ACCOUNTABILITY: '问责',
};

/** The period of OVERDUE and DUE_SOON alerts: one per subject (and per obligation period of a recurring item). */
export const DUE_PERIOD = 'due';

export function isAlertLevel(s: string): s is AlertLevel {
  return (ALERT_LEVELS as readonly string[]).includes(s);
}

export function isAlertRule(s: string): s is AlertRuleKind {
  return (ALERT_RULES as readonly string[]).includes(s);
}

export function levelRank(level: AlertLevel): number {
  return ALERT_LEVELS.indexOf(level);
}

/** Escalation only ever raises a level (domain.md: the same alert keeps its history). */
export function higherLevel(a: AlertLevel, b: AlertLevel): AlertLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

// The ladder's delays (domain.md): a missed update becomes a WARNING at noon of the next working
// day; an overdue item and a late report reach ACCOUNTABILITY after 5 working days.
export const MISSED_UPDATE_WARNING_TIME = '12:00';
export const OVERDUE_ACCOUNTABILITY_WORKING_DAYS = 5;
export const REPORT_WARNING_WORKING_DAYS = 2;
export const REPORT_ACCOUNTABILITY_WORKING_DAYS = 5;

/** The ladder's escalation delays; a campaign may set its own. */
export type EscalationDelays = {
  /** 'HH:mm' on the working day after a missed weekly deadline: REMINDER becomes WARNING. */
  missedUpdateWarningTime: string;
  /** Working days after the due date before an unfinished item reaches ACCOUNTABILITY. */
  overdueAccountabilityWorkingDays: number;
  /** Working days after a report's due time: WARNING, then ACCOUNTABILITY. */
  reportWarningWorkingDays: number;
  reportAccountabilityWorkingDays: number;
};

/** Campaign settings (domain.md "Rules": all thresholds are campaign settings). */
export type AlertThresholds = StatusThresholds &
  EscalationDelays & {
    dueSoonWorkingDays: number;
    dueSoonBelowPercent: number;
  };

export const DEFAULT_ESCALATION_DELAYS: Readonly<EscalationDelays> = {
  missedUpdateWarningTime: MISSED_UPDATE_WARNING_TIME,
  overdueAccountabilityWorkingDays: OVERDUE_ACCOUNTABILITY_WORKING_DAYS,
  reportWarningWorkingDays: REPORT_WARNING_WORKING_DAYS,
  reportAccountabilityWorkingDays: REPORT_ACCOUNTABILITY_WORKING_DAYS,
};

export const DEFAULT_ALERT_THRESHOLDS: Readonly<AlertThresholds> = {
  atRiskPoints: 10,
  slippedPoints: 25,
  dueSoonWorkingDays: 3,
  dueSoonBelowPercent: 80,
  ...DEFAULT_ESCALATION_DELAYS,
};

export interface ThresholdProblem {
  field: keyof AlertThresholds;
  message: string;
  messageZh: string;
}

const isInteger = (n: unknown, min: number, max: number): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** What is wrong with a campaign's thresholds, field by field (the API refuses them; the form shows them). */
export function validateAlertThresholds(t: AlertThresholds): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  const range = (field: keyof AlertThresholds, min: number, max: number, zh: string) => {
    if (!isInteger(t[field], min, max)) {
      problems.push({
        field,
        message: `${field} must be a whole number from ${min} to ${max}.`,
        messageZh: `${zh}须为 ${min}–${max} 的整数。`,
      });
    }
  };
  range('atRiskPoints', 1, 100, '黄灯落后点数');
  range('slippedPoints', 1, 100, '红灯落后点数');
  range('dueSoonWorkingDays', 0, 30, '临期提醒工作日数');
  range('dueSoonBelowPercent', 1, 100, '临期提醒进度线');
  range('overdueAccountabilityWorkingDays', 1, 60, '逾期问责工作日数');
  range('reportWarningWorkingDays', 0, 30, '报备预警工作日数');
  range('reportAccountabilityWorkingDays', 1, 60, '报备问责工作日数');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(t.missedUpdateWarningTime)) {
    problems.push({
      field: 'missedUpdateWarningTime',
      message: 'missedUpdateWarningTime must be a time like 12:00.',
      messageZh: '未填报升级预警时间须为“12:00”格式。',
    });
  }
  if (!problems.length && t.slippedPoints <= t.atRiskPoints) {
    problems.push({
      field: 'slippedPoints',
      message: 'The red threshold must be more points behind than the yellow one.',
      messageZh: '红灯落后点数须大于黄灯落后点数。',
    });
  }
  if (!problems.length && t.reportAccountabilityWorkingDays <= t.reportWarningWorkingDays) {
    problems.push({
      field: 'reportAccountabilityWorkingDays',
      message: 'A late report must reach accountability after it reaches warning.',
      messageZh: '报备问责工作日数须大于报备预警工作日数。',
    });
  }
  return problems;
}

export type AlertCalendar = Pick<
  WorkingCalendar,
  'workingDaysBetween' | 'weeklyDeadline' | 'addWorkingDays' | 'countWorkingDays'
>;

/** A task or an assignment's obligation, with what was known about it (updates up to any time). */
export type AlertWorkItem = WorkItem & {
  id: string;
  kind: 'TASK' | 'ASSIGNMENT';
  /** Who the alert is addressed to: a task's lead unit, an assignment's unit. */
  unitId: string;
  /** Period of OVERDUE / DUE_SOON; 'due' unless a recurring obligation names its own. */
  duePeriod?: string;
  /** Only these rules apply (e.g. an earlier, unfinished obligation: OVERDUE and DUE_SOON). */
  rules?: readonly AlertRuleKind[];
  /**
   * An update also answers every week whose deadline passed before it was filed. True for an
   * assignment, whose update reports on its whole period; a task's update names its week, so
   * only an update for that week answers it.
   */
  catchUp?: boolean;
};

export type MissedUpdateDetail = {
  week: string;
  /** ISO instant, Beijing offset. */
  deadline: string;
  /** The week before, also missed: the reason for ACCOUNTABILITY. */
  previousWeekMissed: string | null;
};
export type BehindPlanDetail = { week: string; plannedPercent: number; percent: number; gap: number };
export type OverdueDetail = { dueOn: string; percent: number; workingDaysOverdue: number };
export type DueSoonDetail = { dueOn: string; percent: number; workingDaysLeft: number; belowPercent: number };
export type ReportOverdueDetail = { dueAt: string };

type AlertOf<R extends AlertRuleKind, D> = {
  rule: R;
  subjectType: AlertSubjectType;
  subjectId: string;
  unitId: string;
  period: string;
  level: AlertLevel;
  detail: D;
};

/** An alert that should be open as of a moment; the API diffs these with the stored ones. */
export type ExpectedAlert =
  | AlertOf<'MISSED_UPDATE', MissedUpdateDetail>
  | AlertOf<'BEHIND_PLAN', BehindPlanDetail>
  | AlertOf<'OVERDUE', OverdueDetail>
  | AlertOf<'DUE_SOON', DueSoonDetail>
  | AlertOf<'REPORT_OVERDUE', ReportOverdueDetail>;

/** The identity of an alert for its whole life: one per (rule, subject, period). */
export const alertKey = (a: { rule: string; subjectId: string; period: string | null }): string =>
  `${a.rule}|${a.subjectId}|${a.period ?? ''}`;

const round1 = (x: number): number => Math.round(x * 10) / 10;
const startOfDay = (date: string): Date => beijingInstant(date);
const endOfDay = (date: string): Date => beijingInstant(addDays(date, 1));

/** When a missed weekly update becomes a WARNING: 12:00 of the working day after the deadline. */
export function missedUpdateWarningAt(
  deadline: Date,
  calendar: Pick<AlertCalendar, 'addWorkingDays'>,
  time: string = MISSED_UPDATE_WARNING_TIME,
): Date {
  return beijingInstant(calendar.addWorkingDays(beijingDate(deadline), 1), time);
}

/** When an unfinished item reaches ACCOUNTABILITY: the end of the 5th working day after its due date. */
export function overdueAccountabilityAt(
  dueOn: string,
  calendar: Pick<AlertCalendar, 'addWorkingDays'>,
  workingDays: number = OVERDUE_ACCOUNTABILITY_WORKING_DAYS,
): Date {
  return endOfDay(calendar.addWorkingDays(dueOn, workingDays));
}

/** The late-report ladder: REMINDER at the due time, WARNING 2 and ACCOUNTABILITY 5 working days later. */
export function reportOverdueLadder(
  dueAt: Date,
  calendar: Pick<AlertCalendar, 'addWorkingDays'>,
  delays: Pick<
    EscalationDelays,
    'reportWarningWorkingDays' | 'reportAccountabilityWorkingDays'
  > = DEFAULT_ESCALATION_DELAYS,
): Record<AlertLevel, Date> {
  // Same wall-clock time on a later working day: a report due 18:00 escalates at 18:00.
  const time = formatBeijing(dueAt, 'HH:mm:ss');
  const later = (n: number) => beijingInstant(calendar.addWorkingDays(beijingDate(dueAt), n), time);
  return {
    REMINDER: dueAt,
    WARNING: later(delays.reportWarningWorkingDays),
    ACCOUNTABILITY: later(delays.reportAccountabilityWorkingDays),
  };
}

/** The level a report not filed by `asOf` stands at, or null while it is not yet due (or was filed). */
export function reportOverdueLevel(
  dueAt: Date,
  asOf: Date,
  calendar: Pick<AlertCalendar, 'addWorkingDays'>,
  submittedAt: Date | null = null,
  delays: Pick<
    EscalationDelays,
    'reportWarningWorkingDays' | 'reportAccountabilityWorkingDays'
  > = DEFAULT_ESCALATION_DELAYS,
): AlertLevel | null {
  if (submittedAt && submittedAt.getTime() <= asOf.getTime()) return null;
  const ladder = reportOverdueLadder(dueAt, calendar, delays);
  let level: AlertLevel | null = null;
  for (const candidate of ALERT_LEVELS) {
    if (ladder[candidate].getTime() <= asOf.getTime()) level = candidate;
  }
  return level;
}

/** A required report's obligation, with when it was first filed (null: not by the sweep's instant). */
export type ReportWorkItem = {
  id: string;
  unitId: string;
  period: string;
  dueAt: Date;
  firstSubmittedAt: Date | null;
};

/**
 * The REPORT_OVERDUE alerts that should be open as of `asOf`: one per obligation not filed by
 * then, at its rung of the late-report ladder. A filing, even one later returned for changes,
 * answers it: returns are followed in the review queue, not escalated.
 */
export function expectedReportAlerts(
  items: readonly ReportWorkItem[],
  asOf: Date,
  calendar: Pick<AlertCalendar, 'addWorkingDays'>,
  delays: Pick<
    EscalationDelays,
    'reportWarningWorkingDays' | 'reportAccountabilityWorkingDays'
  > = DEFAULT_ESCALATION_DELAYS,
): ExpectedAlert[] {
  const alerts: ExpectedAlert[] = [];
  for (const item of items) {
    if (item.dueAt.getTime() > asOf.getTime()) continue;
    const level = reportOverdueLevel(item.dueAt, asOf, calendar, item.firstSubmittedAt, delays);
    if (!level) continue;
    alerts.push({
      rule: 'REPORT_OVERDUE',
      subjectType: 'REPORT',
      subjectId: item.id,
      unitId: item.unitId,
      period: item.period,
      level,
      detail: { dueAt: toBeijingIso(item.dueAt) },
    });
  }
  return alerts;
}

const applies = (item: AlertWorkItem, rule: AlertRuleKind) => !item.rules || item.rules.includes(rule);

/**
 * What every item of one evaluation shares: the instant, its day and week, and the instants derived
 * from dates. A sweep asks the same questions of thousands of items with the same few windows.
 */
class Moment {
  readonly at: number;
  readonly today: string;
  readonly week: string;
  private readonly instants = new Map<string, number>();
  private readonly dueSoonLimits = new Map<number, string>();

  constructor(
    readonly asOf: Date,
    readonly calendar: AlertCalendar,
    readonly delays: EscalationDelays = DEFAULT_ESCALATION_DELAYS,
  ) {
    this.at = asOf.getTime();
    this.today = beijingDate(asOf);
    this.week = isoWeekOf(asOf);
  }

  private memo(key: string, compute: () => Date): number {
    let instant = this.instants.get(key);
    if (instant === undefined) {
      instant = compute().getTime();
      this.instants.set(key, instant);
    }
    return instant;
  }

  startOf(date: string): number {
    return this.memo(`s${date}`, () => startOfDay(date));
  }

  endOf(date: string): number {
    return this.memo(`e${date}`, () => endOfDay(date));
  }

  warningAt(deadline: Date): number {
    return this.memo(`w${deadline.getTime()}`, () =>
      missedUpdateWarningAt(deadline, this.calendar, this.delays.missedUpdateWarningTime),
    );
  }

  accountableAt(dueOn: string): number {
    return this.memo(`a${dueOn}`, () =>
      overdueAccountabilityAt(dueOn, this.calendar, this.delays.overdueAccountabilityWorkingDays),
    );
  }

  /** The last due date that counts as "due within n working days" today. */
  dueSoonLimit(n: number): string {
    let limit = this.dueSoonLimits.get(n);
    if (limit === undefined) {
      limit = this.calendar.addWorkingDays(this.today, n);
      this.dueSoonLimits.set(n, limit);
    }
    return limit;
  }
}

/**
 * The alerts one work item should have open as of `asOf`, by the rules of domain.md. Only updates
 * filed by `asOf` count, so a sweep of an earlier moment sees the data as it stood then.
 */
export function alertsForItem(
  item: AlertWorkItem,
  asOf: Date,
  calendar: AlertCalendar,
  thresholds: AlertThresholds = DEFAULT_ALERT_THRESHOLDS,
): ExpectedAlert[] {
  return evaluateItem(item, new Moment(asOf, calendar, thresholds), thresholds);
}

function evaluateItem(item: AlertWorkItem, moment: Moment, thresholds: AlertThresholds): ExpectedAlert[] {
  const { at, calendar } = moment;
  const starts = moment.startOf(item.startsOn);
  // Nothing before the work begins; done items raise nothing (domain.md: DONE at 100 %).
  if (at < starts) return [];
  const percent = actualPercentAsOf(item, moment.asOf);
  if (percent >= 100) return [];

  const subject = { subjectType: item.kind, subjectId: item.id, unitId: item.unitId } as const;
  const alerts: ExpectedAlert[] = [];
  const dueEnds = moment.endOf(item.dueOn);
  const duePeriod = item.duePeriod ?? DUE_PERIOD;

  if (applies(item, 'MISSED_UPDATE')) {
    const known = item.updates.filter((u) => u.createdAt.getTime() <= at);
    const reported = new Set(known.map((u) => u.week));
    let lastFiled = -Infinity;
    if (item.catchUp) for (const u of known) lastFiled = Math.max(lastFiled, u.createdAt.getTime());
    // Weeks with no working day have no deadline and are skipped, so the weeks either side of the
    // Spring Festival count as consecutive; deadlines before the item started cannot be missed.
    let previousMissed: string | null = null;
    for (const week of weeksBetween(item.startsOn, item.dueOn)) {
      const deadline = calendar.weeklyDeadline(week);
      if (!deadline || deadline.getTime() < starts) continue;
      if (deadline.getTime() > at) break;
      if (reported.has(week) || lastFiled > deadline.getTime()) {
        previousMissed = null;
        continue;
      }
      const level: AlertLevel = previousMissed
        ? 'ACCOUNTABILITY'
        : moment.warningAt(deadline) <= at
          ? 'WARNING'
          : 'REMINDER';
      alerts.push({
        ...subject,
        rule: 'MISSED_UPDATE',
        period: week,
        level,
        detail: { week, deadline: toBeijingIso(deadline), previousWeekMissed: previousMissed },
      });
      previousMissed = week;
    }
  }

  if (at >= dueEnds) {
    if (applies(item, 'OVERDUE')) {
      const firstOverdue = addDays(item.dueOn, 1);
      alerts.push({
        ...subject,
        rule: 'OVERDUE',
        period: duePeriod,
        level: at >= moment.accountableAt(item.dueOn) ? 'ACCOUNTABILITY' : 'WARNING',
        detail: {
          dueOn: item.dueOn,
          percent,
          // Whole working days elapsed since the due date (today still running).
          workingDaysOverdue:
            moment.today > firstOverdue
              ? calendar.countWorkingDays(firstOverdue, addDays(moment.today, -1))
              : 0,
        },
      });
    }
    // Past due, OVERDUE says it all: no behind-plan or due-soon alerts beside it.
    return alerts;
  }

  if (applies(item, 'BEHIND_PLAN')) {
    const plannedPercent = plannedPercentAsOf(item, moment.asOf, calendar);
    const gap = round1(plannedPercent - percent);
    if (gap >= thresholds.atRiskPoints) {
      alerts.push({
        ...subject,
        rule: 'BEHIND_PLAN',
        period: moment.week,
        level: gap >= thresholds.slippedPoints ? 'WARNING' : 'REMINDER',
        detail: { week: moment.week, plannedPercent, percent, gap },
      });
    }
  }

  if (
    applies(item, 'DUE_SOON') &&
    percent < thresholds.dueSoonBelowPercent &&
    item.dueOn <= moment.dueSoonLimit(thresholds.dueSoonWorkingDays)
  ) {
    alerts.push({
      ...subject,
      rule: 'DUE_SOON',
      period: duePeriod,
      level: 'REMINDER',
      detail: {
        dueOn: item.dueOn,
        percent,
        workingDaysLeft:
          item.dueOn > moment.today ? calendar.countWorkingDays(addDays(moment.today, 1), item.dueOn) : 0,
        belowPercent: thresholds.dueSoonBelowPercent,
      },
    });
  }
  return alerts;
}

/**
 * Every alert the items should have open as of `asOf`. Two items may speak for the same subject
 * (an assignment's current and earlier obligations): one alert per key, at the higher level.
 */
export function expectedAlerts(
  items: readonly AlertWorkItem[],
  asOf: Date,
  calendar: AlertCalendar,
  thresholds: AlertThresholds = DEFAULT_ALERT_THRESHOLDS,
): ExpectedAlert[] {
  const moment = new Moment(asOf, calendar, thresholds);
  const byKey = new Map<string, ExpectedAlert>();
  for (const item of items) {
    for (const alert of evaluateItem(item, moment, thresholds)) {
      const key = alertKey(alert);
      const seen = byKey.get(key);
      if (!seen || levelRank(alert.level) > levelRank(seen.level)) byKey.set(key, alert);
    }
  }
  return [...byKey.values()];
}

/**
 * While a unit's request for more time awaits a decision, its slips are not escalated (escalation
 * is for slips without a justified reason): a new alert fires at REMINDER and an open one keeps
 * the level it had. `storedLevel` gives the level stored under an alert key, if any.
 */
export function pauseEscalation(
  expected: readonly ExpectedAlert[],
  pausedSubjects: ReadonlySet<string>,
  storedLevel: (key: string) => AlertLevel | undefined,
): ExpectedAlert[] {
  if (!pausedSubjects.size) return [...expected];
  return expected.map((alert) => {
    if (!pausedSubjects.has(alert.subjectId)) return alert;
    const cap = storedLevel(alertKey(alert)) ?? 'REMINDER';
    return levelRank(alert.level) > levelRank(cap) ? ({ ...alert, level: cap } as ExpectedAlert) : alert;
  });
}

const dateZh = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const instantZh = (iso: string): string => formatBeijing(new Date(iso), 'M月D日 HH:mm');
const pct = (x: number): string => `${round1(x)}%`;

/**
 * The plain Chinese line an alert carries, e.g.
 * 「T09 每位市领导深入贫困县实地调研督导」2026-W47 周进度未按时填报（截止 11月20日 18:00）
 */
export function alertMessage(subject: string, alert: ExpectedAlert): string {
  const who = `「${subject}」`;
  switch (alert.rule) {
    case 'MISSED_UPDATE': {
      const { week, deadline, previousWeekMissed } = alert.detail;
      const line = `${who}${week} 周进度未按时填报（截止 ${instantZh(deadline)}）`;
      return previousWeekMissed ? `${line}，已连续两周未填报（${previousWeekMissed} 起）` : line;
    }
    case 'BEHIND_PLAN': {
      const { plannedPercent, percent, gap } = alert.detail;
      return `${who}进度落后计划 ${round1(gap)} 个百分点（计划 ${pct(plannedPercent)}，实际 ${pct(percent)}）`;
    }
    case 'OVERDUE': {
      const { dueOn, percent, workingDaysOverdue } = alert.detail;
      const line = `${who}已逾期未完成（截止 ${dateZh(dueOn)}，当前进度 ${pct(percent)}）`;
      return alert.level === 'ACCOUNTABILITY' ? `${line}，已逾期 ${workingDaysOverdue} 个工作日` : line;
    }
    case 'DUE_SOON': {
      const { dueOn, percent, workingDaysLeft, belowPercent } = alert.detail;
      const left = workingDaysLeft === 0 ? '今日到期' : `${workingDaysLeft} 个工作日后到期`;
      return `${who}将于 ${dateZh(dueOn)} 到期（${left}），当前进度 ${pct(percent)}，低于 ${belowPercent}%`;
    }
    case 'REPORT_OVERDUE':
      return `${who}报备逾期未报（截止 ${instantZh(alert.detail.dueAt)}）`;
  }
}
