import { Injectable } from '@nestjs/common';
import {
  ACCOUNTABILITY_DECISIONS,
  type AccountabilityDecision,
  ALERT_LEVELS,
  type AlertLevel,
  type LevelTally,
  type ScoreResult,
  type StatusTally,
  TASK_STATUSES,
  type TaskStatus,
  type WeeklyCell,
  type WorkingCalendar,
  beijingInstant,
  compareWeeks,
  isoWeekOf,
  nextStatusChange,
  rankByScore,
  unitScore,
  weeksBetween,
} from '@lvze/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { instantFromRaw } from '../../core/database/columns.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { AccountabilityRecord } from '../accountability/accountability-record.entity.js';
import { Alert, AlertEvent } from '../alert/alert.entity.js';
import { type AuthUser, seesWholeCity } from '../auth/auth-user.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Unit, type UnitKind } from '../organization/unit.entity.js';
import { AssignmentProgressService } from '../responsibility/assignment-progress.service.js';
import { AssignmentState, STATE_HOLDS, stateHoldsAt } from '../responsibility/assignment-state.entity.js';
import { Assignment } from '../responsibility/assignment.entity.js';
import { ResponsibilityItem, ResponsibilityList } from '../responsibility/responsibility.entity.js';
import { ReportObligation, ReportTemplate } from '../report/report.entity.js';
import { AssignmentService } from '../responsibility/assignment.service.js';
import { ProgressUpdate } from '../task/progress-update.entity.js';
import {
  type OnTimeUpdates,
  type TaskEvaluation,
  type TaskProgress,
  TaskProgressService,
  type TaskTimeline,
} from '../task/task-progress.service.js';
import { isInScope } from '../task/task-scope.js';
import { Task, TaskCoUnit } from '../task/task.entity.js';

const WEEK_MS = 7 * 86_400_000;
const UNRESOLVED = ['OPEN', 'ACKNOWLEDGED'];
/** The dashboard lists this many overdue reports; the alert centre has them all. */
const OVERDUE_LIST_LIMIT = 50;
/** Up to this many assignments to evaluate by the rules are looked up by id (one parameter each). */
const STALE_BY_ID = 1_000;
/** Units' assignment counts kept in the process at most (every unit of a province and then some). */
const KEPT_UNIT_TALLIES = 20_000;
// Worst first: a heat-map cell shows the worst light among the unit's tasks that week.
const SEVERITY: TaskStatus[] = ['SLIPPED', 'AT_RISK', 'ON_TRACK', 'DONE', 'NOT_STARTED'];

export interface DashboardFilter {
  campaignId?: string;
  countyId?: string;
  unitKind?: UnitKind;
}

export interface StatusCount {
  status: TaskStatus;
  count: number;
}
export interface LevelCount {
  level: AlertLevel;
  count: number;
}

export interface DashboardFigures {
  taskStatusCounts: StatusCount[];
  completionRate: number;
  onTimeRate: number;
  reportOnTimeRate: number;
  openAlerts: LevelCount[];
  updatesDue: number;
  updatesOnTime: number;
  reportsDue: number;
  reportsOnTime: number;
}

export interface UnitScoreRow extends ScoreResult {
  unit: Unit;
  rank: number;
  updatesDue: number;
  updatesOnTime: number;
  tasks: StatusCount[];
  assignments: StatusCount[];
  reportsDue: number;
  reportsOnTime: number;
  openAlerts: LevelCount[];
}

export interface Dashboard extends DashboardFigures {
  campaign: Campaign;
  asOf: Date;
  lastWeek: DashboardFigures;
  unitRanking: UnitScoreRow[];
  weeks: string[];
  trend: { week: string; plannedPercent: number; actualPercent: number }[];
  heatMap: { unit: Unit; cells: { week: string; status: TaskStatus; counts: StatusCount[] }[] }[];
  slippedTasks: Task[];
  overdueReports: { id: string; unit: Unit; templateName: string; period: string; dueAt: Date }[];
  accountabilityDecisions: { decision: AccountabilityDecision; count: number }[];
}

/** Due and on-time counts, now and as of a week earlier. */
interface DueTally {
  due: number;
  onTime: number;
  dueBefore: number;
  onTimeBefore: number;
}
const NO_REPORTS: DueTally = { due: 0, onTime: 0, dueBefore: 0, onTimeBefore: 0 };

/** Due and on-time weekly updates of one task, now and as of a week earlier. */
interface UpdateTally {
  due: number;
  onTime: number;
  dueBefore: number;
  onTimeBefore: number;
}

type AlertTallyRow = { unitId: string; level: AlertLevel; count: number };

const round1 = (x: number) => Math.round(x * 10) / 10;
const rate = (part: number, whole: number, none = 100) =>
  whole > 0 ? round1((Math.min(part, whole) / whole) * 100) : none;
const statusCounts = (tally: StatusTally): StatusCount[] =>
  TASK_STATUSES.map((status) => ({ status, count: tally[status] ?? 0 }));
const levelCounts = (tally: LevelTally): LevelCount[] =>
  ALERT_LEVELS.map((level) => ({ level, count: tally[level] ?? 0 }));
const bump = <K extends string>(tally: Partial<Record<K, number>>, key: K, n = 1) => {
  tally[key] = (tally[key] ?? 0) + n;
};

/**
 * The leaders' dashboard and the unit scores, in a fixed number of queries whatever the size.
 * Where an item's status is needed it comes from the shared rules of libs/domain, evaluated by the
 * task and assignment progress services (as the battle map and the matrix do); everything counted
 * across rows (on-time updates, alerts, reports, decisions) is a GROUP BY in the database.
 * The weekly bulletin reads its summary figures from here too.
 */
@Injectable()
export class DashboardService {
  private alertTally?: { stamp: string; rows: AlertTallyRow[] };
  /** Per campaign and unit: its assignments by status, what that stood on, and until when it holds. */
  private readonly assignmentTallies = new Map<
    string,
    { basis: string; asOf: number; until: number; tally: StatusTally }
  >();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly campaigns: CampaignService,
    private readonly taskProgress: TaskProgressService,
    private readonly assignments: AssignmentService,
    private readonly assignmentProgress: AssignmentProgressService,
  ) {}

  async dashboard(user: AuthUser, filter: DashboardFilter, loaders: RequestLoaders): Promise<Dashboard> {
    const now = this.clock.now();
    const weekAgo = new Date(now.getTime() - WEEK_MS);
    const campaign = await this.campaigns.resolve(filter.campaignId);
    // A reporter's dashboard is their own unit's: the filters do not widen it.
    const unitFilter: DashboardFilter = seesWholeCity(user) ? filter : {};
    const [basis, reporterCoTasks, alertsLastWeek, decisions, overdueReports] = await Promise.all([
      this.basis(campaign, unitFilter, now, loaders),
      this.coTaskIdsOf(user),
      this.openAlertsAsOf(weekAgo, unitFilter, user),
      this.decisionCounts(campaign, unitFilter, user),
      this.overdueReports(campaign, unitFilter, user, now),
    ]);
    const { units, tasks, timelines, evaluations, updates, alertRows, reportRows } = basis;
    this.prime(loaders, tasks, evaluations);
    const lastWeekEvaluations = new Map(
      tasks.map((t) => [
        t.id,
        this.taskProgress.evaluationOf(t, timelines.get(t.id)!, campaign.settings, weekAgo),
      ]),
    );
    // Headline figures: over what this user sees (a reporter: the task list they see, their unit's
    // alerts and reports).
    const visible = tasks.filter((t) =>
      isInScope(user, t, user.unitId && reporterCoTasks.has(t.id) ? [user.unitId] : []),
    );
    const ownUnit = (unitId: string) => seesWholeCity(user) || unitId === user.unitId;
    const alertsNow: LevelTally = {};
    for (const row of alertRows) if (ownUnit(row.unitId)) bump(alertsNow, row.level, row.count);
    const ownReports = { ...NO_REPORTS };
    for (const [unitId, tally] of reportRows) {
      if (!ownUnit(unitId)) continue;
      for (const key of Object.keys(ownReports) as (keyof DueTally)[]) ownReports[key] += tally[key];
    }
    const figures = this.figures(visible, evaluations, updates, alertsNow, ownReports, false);
    const lastWeek = this.figures(visible, lastWeekEvaluations, updates, alertsLastWeek, ownReports, true);

    const weeks = weeksBetween(campaign.startsOn, campaign.endsOn).filter(
      (w) => compareWeeks(w, isoWeekOf(now)) <= 0,
    );
    const cells = new Map(
      visible.map((t) => [t.id, timelines.get(t.id)!.timeline.cells(weeks, now, campaign.settings)]),
    );
    const unitById = new Map(units.map((u) => [u.id, u]));
    const ranking = basis.ranking();
    return {
      ...figures,
      campaign,
      asOf: now,
      lastWeek,
      // A reporter sees their own unit's row, with its rank among every unit.
      unitRanking: ranking.filter((r) => ownUnit(r.unit.id)),
      weeks,
      trend: this.trend(weeks, visible, cells),
      heatMap: this.heatMap(weeks, visible, cells, unitById),
      slippedTasks: visible
        .filter((t) => evaluations.get(t.id)!.status === 'SLIPPED')
        .sort((a, b) => this.gap(evaluations.get(b.id)!) - this.gap(evaluations.get(a.id)!)),
      overdueReports: overdueReports.flatMap((r) =>
        unitById.has(r.unitId) ? [{ ...r, unit: unitById.get(r.unitId)! }] : [],
      ),
      accountabilityDecisions: decisions,
    };
  }

  /** Every unit's score for the campaign (the annual assessment's input), best first. */
  async unitScores(campaignId: string | undefined, loaders: RequestLoaders) {
    const campaign = await this.campaigns.resolve(campaignId);
    const now = this.clock.now();
    const basis = await this.basis(campaign, {}, now, loaders);
    return { campaign, asOf: now, rows: basis.ranking() };
  }

  /**
   * What the dashboard and the score ledger stand on: the units and live tasks in the filter, each
   * task's status and weekly updates due and on time, and per unit its open alerts, assignments by
   * status and reports due and on time.
   */
  private async basis(campaign: Campaign, filter: DashboardFilter, now: Date, loaders: RequestLoaders) {
    const weekAgo = new Date(now.getTime() - WEEK_MS);
    const { calendar, stamp } = await this.calendars.snapshot();
    const dueWeeks = this.dueWeeks(campaign, calendar, now);
    // The tasks, then what was kept of them or is read again, alongside the other aggregates.
    const tasksWithProgress = this.tasksIn(campaign, filter).then(async (tasks) => {
      const timelines = await this.taskProgress.timelinesOf(tasks);
      const onTime = await this.onTimeUpdatesByTask(tasks, timelines, dueWeeks, weekAgo);
      return { tasks, timelines, onTime };
    });
    const [units, { tasks, timelines, onTime }, everyUnitsAlerts, assignmentTallies, reportRows] =
      await Promise.all([
        this.unitsIn(filter),
        tasksWithProgress,
        this.openAlertsByUnit(),
        this.assignmentStatusByUnit(campaign, filter, calendar, stateHoldsAt(campaign, stamp, now), loaders),
        this.reportsByUnit(campaign, filter, now, weekAgo),
      ]);
    const inFilter = new Set(units.map((u) => u.id));
    const alertRows = everyUnitsAlerts.filter((r) => inFilter.has(r.unitId));
    const evaluations = new Map(
      tasks.map((t) => [
        t.id,
        this.taskProgress.evaluationOf(t, timelines.get(t.id)!, campaign.settings, now),
      ]),
    );
    const updates = new Map(
      tasks.map((t) => [
        t.id,
        this.updateTally(t, timelines.get(t.id)!.progress, dueWeeks, weekAgo, onTime.get(t.id)!),
      ]),
    );
    return {
      units,
      tasks,
      timelines,
      evaluations,
      updates,
      alertRows,
      reportRows,
      ranking: () =>
        this.ranking(units, tasks, evaluations, updates, alertRows, assignmentTallies, reportRows),
    };
  }

  private figures(
    tasks: Task[],
    evaluations: Map<string, TaskEvaluation>,
    updates: Map<string, UpdateTally>,
    alerts: LevelTally,
    reports: DueTally,
    before: boolean,
  ): DashboardFigures {
    const tally: StatusTally = {};
    let percentSum = 0;
    let due = 0;
    let onTime = 0;
    for (const task of tasks) {
      const evaluation = evaluations.get(task.id)!;
      bump(tally, evaluation.status);
      percentSum += evaluation.percent;
      const u = updates.get(task.id)!;
      due += before ? u.dueBefore : u.due;
      onTime += before ? u.onTimeBefore : u.onTime;
    }
    return {
      taskStatusCounts: statusCounts(tally),
      completionRate: tasks.length ? round1(percentSum / tasks.length) : 0,
      onTimeRate: rate(onTime, due),
      reportOnTimeRate: rate(
        before ? reports.onTimeBefore : reports.onTime,
        before ? reports.dueBefore : reports.due,
      ),
      openAlerts: levelCounts(alerts),
      updatesDue: due,
      updatesOnTime: Math.min(onTime, due),
      reportsDue: before ? reports.dueBefore : reports.due,
      reportsOnTime: before ? reports.onTimeBefore : reports.onTime,
    };
  }

  private ranking(
    units: Unit[],
    tasks: Task[],
    evaluations: Map<string, TaskEvaluation>,
    updates: Map<string, UpdateTally>,
    alertRows: AlertTallyRow[],
    assignmentTallies: Map<string, StatusTally>,
    reportTallies: Map<string, DueTally>,
  ): UnitScoreRow[] {
    type Acc = { tasks: StatusTally; due: number; onTime: number; alerts: LevelTally; active: boolean };
    const acc = new Map<string, Acc>(
      units.map((u) => [u.id, { tasks: {}, due: 0, onTime: 0, alerts: {}, active: false }]),
    );
    for (const task of tasks) {
      const a = acc.get(task.leadUnitId);
      if (!a) continue;
      a.active = true;
      bump(a.tasks, evaluations.get(task.id)!.status);
      const u = updates.get(task.id)!;
      a.due += u.due;
      a.onTime += u.onTime;
    }
    for (const row of alertRows) {
      const a = acc.get(row.unitId);
      if (a) bump(a.alerts, row.level, row.count);
    }
    for (const unitId of [...assignmentTallies.keys(), ...reportTallies.keys()]) {
      const a = acc.get(unitId);
      if (a) a.active = true;
    }
    const rows = units
      .filter((u) => acc.get(u.id)!.active)
      .map((unit) => {
        const a = acc.get(unit.id)!;
        const assignmentTally = assignmentTallies.get(unit.id) ?? {};
        const reports = reportTallies.get(unit.id) ?? NO_REPORTS;
        const result = unitScore({
          updates: { due: a.due, onTime: a.onTime },
          tasks: a.tasks,
          assignments: assignmentTally,
          reports: { due: reports.due, onTime: reports.onTime },
          openAlerts: a.alerts,
        });
        return {
          ...result,
          unit,
          updatesDue: a.due,
          updatesOnTime: Math.min(a.onTime, a.due),
          tasks: statusCounts(a.tasks),
          assignments: statusCounts(assignmentTally),
          reportsDue: reports.due,
          reportsOnTime: reports.onTime,
          openAlerts: levelCounts(a.alerts),
        };
      });
    return rankByScore(rows);
  }

  private trend(weeks: string[], tasks: Task[], cells: Map<string, WeeklyCell[]>) {
    return weeks.map((week, i) => {
      let planned = 0;
      let actual = 0;
      for (const task of tasks) {
        const cell = cells.get(task.id)![i];
        planned += cell.plannedPercent;
        actual += cell.actualPercent ?? 0;
      }
      const n = tasks.length || 1;
      return { week, plannedPercent: round1(planned / n), actualPercent: round1(actual / n) };
    });
  }

  private heatMap(
    weeks: string[],
    tasks: Task[],
    cells: Map<string, WeeklyCell[]>,
    units: Map<string, Unit>,
  ) {
    const byUnit = new Map<string, Task[]>();
    for (const task of tasks) byUnit.set(task.leadUnitId, [...(byUnit.get(task.leadUnitId) ?? []), task]);
    return [...byUnit.entries()]
      .filter(([unitId]) => units.has(unitId))
      .map(([unitId, led]) => ({
        unit: units.get(unitId)!,
        cells: weeks.map((week, i) => {
          const tally: StatusTally = {};
          for (const task of led) bump(tally, cells.get(task.id)![i].status);
          return {
            week,
            status: SEVERITY.find((s) => tally[s]) ?? 'NOT_STARTED',
            counts: statusCounts(tally),
          };
        }),
      }))
      .sort((a, b) => a.unit.sortOrder - b.unit.sortOrder || a.unit.code.localeCompare(b.unit.code));
  }

  private gap(evaluation: TaskEvaluation): number {
    return evaluation.plannedPercent - evaluation.percent;
  }

  /** The tasks' fields ask for their status: already known. (Their progress was read status-only.) */
  private prime(loaders: RequestLoaders, tasks: Task[], evaluations: Map<string, TaskEvaluation>): void {
    const evaluationLoader = this.taskProgress.evaluationLoader(loaders);
    for (const task of tasks) evaluationLoader.prime(task, evaluations.get(task.id)!);
  }

  /** The campaign's weeks whose update deadline has passed, each with its deadline. */
  private dueWeeks(campaign: Campaign, calendar: WorkingCalendar, now: Date): Map<string, Date> {
    const due = new Map<string, Date>();
    for (const week of weeksBetween(campaign.startsOn, campaign.endsOn)) {
      const deadline = calendar.weeklyDeadline(week);
      if (deadline && deadline.getTime() <= now.getTime()) due.set(week, deadline);
    }
    return due;
  }

  /**
   * A task owes an update for each week whose deadline passed after it started, up to the week it
   * first reported 100 % (an overdue task still owes them, as the week board says). The on-time
   * count comes from the database (onTimeUpdatesByTask) under the same conditions.
   */
  private updateTally(
    task: Task,
    progress: TaskProgress,
    dueWeeks: Map<string, Date>,
    weekAgo: Date,
    onTime: OnTimeUpdates,
  ): UpdateTally {
    const starts = beijingInstant(task.startsOn).getTime();
    const doneWeek = progress.updates
      .filter((u) => u.percent >= 100)
      .reduce<string | null>((min, u) => (min === null || u.week < min ? u.week : min), null);
    let due = 0;
    let dueBefore = 0;
    for (const [week, deadline] of dueWeeks) {
      if (deadline.getTime() < starts || (doneWeek !== null && week > doneWeek)) continue;
      due++;
      if (deadline.getTime() <= weekAgo.getTime()) dueBefore++;
    }
    return { due, onTime: onTime.now, dueBefore, onTimeBefore: onTime.before };
  }

  private async unitsIn(filter: DashboardFilter): Promise<Unit[]> {
    const query = this.dataSource.getRepository(Unit).createQueryBuilder('un');
    this.whereUnit(query, 'un.id', filter);
    return query.orderBy('un.sort_order', 'ASC').addOrderBy('un.code', 'ASC').getMany();
  }

  /** The campaign's live tasks led by units in the filter (every unit's, for the ranking). */
  private tasksIn(campaign: Campaign, filter: DashboardFilter): Promise<Task[]> {
    const query = this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .where('t.campaign_id = :campaignId', { campaignId: campaign.id })
      .andWhere('t.archived = :archived', { archived: false });
    this.whereUnit(query, 't.lead_unit_id', filter);
    return query.orderBy('t.code', 'ASC').getMany();
  }

  /** Tasks a reporter's unit co-operates on: with those it leads, the task list a reporter sees. */
  private async coTaskIdsOf(user: AuthUser): Promise<Set<string>> {
    if (seesWholeCity(user) || !user.unitId) return new Set();
    const rows = await this.dataSource.getRepository(TaskCoUnit).findBy({ unitId: user.unitId });
    return new Set(rows.map((r) => r.taskId));
  }

  /** Restricts `column` (a unit id) to the county-level area and its units, and to the unit kind. */
  private whereUnit<T extends object>(query: SelectQueryBuilder<T>, column: string, filter: DashboardFilter) {
    if (!filter.countyId && !filter.unitKind) return;
    const conditions: string[] = [];
    if (filter.countyId) conditions.push('(fu.id = :countyId OR fu.parent_id = :countyId)');
    if (filter.unitKind) conditions.push('fu.kind = :unitKind');
    query.andWhere(`${column} IN (SELECT fu.id FROM unit fu WHERE ${conditions.join(' AND ')})`, {
      ...(filter.countyId && { countyId: filter.countyId }),
      ...(filter.unitKind && { unitKind: filter.unitKind }),
    });
  }

  /**
   * Weeks with an on-time update per task (GROUP BY in the database): updates filed by their
   * week's deadline, for weeks whose deadline has passed, not after the task first reported 100 %;
   * `before` counts the weeks whose deadline had passed a week ago. A task's count is kept with its
   * timeline, so only tasks whose updates moved, or all when another week's deadline passes, are
   * counted again.
   */
  private async onTimeUpdatesByTask(
    tasks: Task[],
    timelines: Map<string, TaskTimeline>,
    dueWeeks: Map<string, Date>,
    weekAgo: Date,
  ): Promise<Map<string, OnTimeUpdates>> {
    const weeks = [...dueWeeks.keys()];
    const weeksBefore = weeks.filter((w) => dueWeeks.get(w)!.getTime() <= weekAgo.getTime());
    const key = `${weeks.join(',')}|${weeksBefore.length}`;
    const uncounted = tasks.filter((t) => timelines.get(t.id)!.onTimeUpdates?.dueWeeks !== key);
    if (uncounted.length && weeks.length) {
      const taskIds = uncounted.map((t) => t.id);
      const rows = await this.dataSource
        .getRepository(ProgressUpdate)
        .createQueryBuilder('pu')
        .select('pu.task_id', 'taskId')
        .addSelect('COUNT(DISTINCT pu.week)', 'now')
        .addSelect(
          weeksBefore.length
            ? 'COUNT(DISTINCT CASE WHEN pu.week IN (:...weeksBefore) THEN pu.week END)'
            : '0',
          'before',
        )
        .where('pu.task_id IN (:...taskIds)')
        .andWhere('pu.late = :late', { late: false })
        .andWhere('pu.week IN (:...dueWeeks)', { dueWeeks: weeks })
        // Not after the week it first reported 100 %.
        .leftJoin(
          (done) =>
            done
              .select('d.task_id', 'task_id')
              .addSelect('MIN(d.week)', 'done_week')
              .from(ProgressUpdate, 'd')
              .where('d.percent >= 100')
              .andWhere('d.task_id IN (:...taskIds)')
              .groupBy('d.task_id'),
          'done',
          'done.task_id = pu.task_id',
        )
        .andWhere('(done.done_week IS NULL OR pu.week <= done.done_week)')
        .setParameters({ taskIds, dueWeeks: weeks, late: false, weeksBefore })
        .groupBy('pu.task_id')
        .getRawMany<{ taskId: string; now: string | number; before: string | number }>();
      const counted = new Map(rows.map((r) => [r.taskId, r]));
      for (const id of taskIds) {
        const row = counted.get(id);
        timelines.get(id)!.onTimeUpdates = {
          dueWeeks: key,
          now: Number(row?.now ?? 0),
          before: Number(row?.before ?? 0),
        };
      }
    }
    return new Map(
      tasks.map((t) => [t.id, timelines.get(t.id)!.onTimeUpdates ?? { dueWeeks: key, now: 0, before: 0 }]),
    );
  }

  /**
   * Unresolved alerts per unit and level, now, over every unit. Every change to an alert writes an
   * alert event in the same transaction and events are never deleted, so while the events' count and
   * latest id stand still, the last count holds: it is counted again only when they move.
   */
  private async openAlertsByUnit(): Promise<AlertTallyRow[]> {
    const events = await this.dataSource
      .getRepository(AlertEvent)
      .createQueryBuilder('e')
      .select('COUNT(*)', 'count')
      .addSelect('MAX(e.id)', 'latest')
      .getRawOne<{ count: string | number; latest: string | null }>();
    const stamp = `${events?.count}|${events?.latest}`;
    if (this.alertTally?.stamp === stamp) return this.alertTally.rows;
    const rows = await this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('a')
      .select('a.unit_id', 'unitId')
      .addSelect('a.level', 'level')
      .addSelect('COUNT(*)', 'count')
      .where('a.status IN (:...unresolved)', { unresolved: UNRESOLVED })
      .groupBy('a.unit_id')
      .addGroupBy('a.level')
      .getRawMany<{ unitId: string; level: AlertLevel; count: string | number }>();
    this.alertTally = { stamp, rows: rows.map((r) => ({ ...r, count: Number(r.count) })) };
    return this.alertTally.rows;
  }

  /**
   * Alerts unresolved at `asOf`, by the level they stood at then: each alert's latest event up to
   * that moment (event ids are UUIDv7, so the greatest is the latest) was not a resolution. Only
   * alerts fired by then and not resolved since before then are looked up: one resolved at or
   * before `asOf` and resolved still was resolved then (a reopening clears resolved_at).
   */
  private async openAlertsAsOf(asOf: Date, filter: DashboardFilter, user: AuthUser): Promise<LevelTally> {
    const query = this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('a')
      .innerJoin('alert_event', 'e', 'e.alert_id = a.id')
      .select('e.level', 'level')
      .addSelect('COUNT(*)', 'count')
      .where('e.id = (SELECT MAX(e2.id) FROM alert_event e2 WHERE e2.alert_id = a.id AND e2.at <= :asOf)', {
        asOf,
      })
      .andWhere('e.kind <> :resolved', { resolved: 'RESOLVED' })
      .andWhere('a.fired_at <= :asOf')
      .andWhere('(a.status <> :resolved OR a.resolved_at > :asOf)')
      .groupBy('e.level');
    this.whereUnit(query, 'a.unit_id', filter);
    if (!seesWholeCity(user)) query.andWhere('a.unit_id = :ownUnit', { ownUnit: user.unitId ?? '' });
    const rows = await query.getRawMany<{ level: AlertLevel; count: string | number }>();
    const tally: LevelTally = {};
    for (const row of rows) bump(tally, row.level, Number(row.count));
    return tally;
  }

  /**
   * Required reports per unit (GROUP BY in the database): due within the campaign by `now` (and by a
   * week ago), and of those filed by their due time.
   */
  private async reportsByUnit(
    campaign: Campaign,
    filter: DashboardFilter,
    now: Date,
    weekAgo: Date,
  ): Promise<Map<string, DueTally>> {
    const onTime = 'o.submitted_at IS NOT NULL AND o.late = :notLate';
    const query = this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .select('o.unit_id', 'unitId')
      .addSelect('COUNT(*)', 'due')
      .addSelect(`SUM(CASE WHEN ${onTime} THEN 1 ELSE 0 END)`, 'onTime')
      .addSelect('SUM(CASE WHEN o.due_at <= :weekAgo THEN 1 ELSE 0 END)', 'dueBefore')
      .addSelect(
        `SUM(CASE WHEN o.due_at <= :weekAgo AND ${onTime} AND o.submitted_at <= :weekAgo THEN 1 ELSE 0 END)`,
        'onTimeBefore',
      )
      .where('o.due_at >= :opens AND o.due_at <= :now', {
        opens: beijingInstant(campaign.startsOn),
        now,
      })
      .setParameters({ weekAgo, notLate: false })
      .groupBy('o.unit_id');
    this.whereUnit(query, 'o.unit_id', filter);
    const rows = await query.getRawMany<Record<keyof DueTally | 'unitId', string | number>>();
    return new Map(
      rows.map((r) => [
        String(r.unitId),
        {
          due: Number(r.due),
          onTime: Number(r.onTime),
          dueBefore: Number(r.dueBefore),
          onTimeBefore: Number(r.onTimeBefore),
        },
      ]),
    );
  }

  /** Reports past due and not filed (pending or returned), longest overdue first. */
  private async overdueReports(campaign: Campaign, filter: DashboardFilter, user: AuthUser, now: Date) {
    const query = this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .innerJoin(ReportTemplate, 'rt', 'rt.id = o.template_id')
      .select('o.id', 'id')
      .addSelect('o.unit_id', 'unitId')
      .addSelect('o.period', 'period')
      .addSelect('o.due_at', 'dueAt')
      .addSelect('rt.name', 'templateName')
      .where('o.status IN (:...unfiled)', { unfiled: ['PENDING', 'RETURNED'] })
      .andWhere('o.due_at >= :opens AND o.due_at < :now', { opens: beijingInstant(campaign.startsOn), now })
      .orderBy('o.due_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(OVERDUE_LIST_LIMIT);
    this.whereUnit(query, 'o.unit_id', filter);
    if (!seesWholeCity(user)) query.andWhere('o.unit_id = :ownUnit', { ownUnit: user.unitId ?? '' });
    const rows = await query.getRawMany<{
      id: string;
      unitId: string;
      period: string;
      dueAt: string | Date;
      templateName: string;
    }>();
    return rows.map((r) => ({ ...r, dueAt: instantFromRaw(r.dueAt) }));
  }

  /** Accountability decisions in the campaign by kind (every kind listed), counted in the database. */
  private async decisionCounts(campaign: Campaign, filter: DashboardFilter, user: AuthUser) {
    const query = this.dataSource
      .getRepository(AccountabilityRecord)
      .createQueryBuilder('r')
      .select('r.decision', 'decision')
      .addSelect('COUNT(*)', 'count')
      .where('r.campaign_id = :campaignId', { campaignId: campaign.id })
      .groupBy('r.decision');
    this.whereUnit(query, 'r.unit_id', filter);
    if (!seesWholeCity(user)) query.andWhere('r.unit_id = :ownUnit', { ownUnit: user.unitId ?? '' });
    const rows = await query.getRawMany<{ decision: AccountabilityDecision; count: string | number }>();
    const byDecision = new Map(rows.map((r) => [r.decision, Number(r.count)]));
    return ACCOUNTABILITY_DECISIONS.map((decision) => ({ decision, count: byDecision.get(decision) ?? 0 }));
  }

  /**
   * Each unit's assignments by status as of now, counted again only for the units that moved.
   *
   * A unit's count is kept in the process while nothing it stands on moved: its assignments (never
   * deleted, and every update and review bumps an assignment's version, so their number and the sum
   * of their versions move with any change), the campaign's items, the campaign and the calendar; and
   * only until the next instant at which a status may change by the passing of time alone (the next
   * midnight or weekly deadline: nextStatusChange). Each process keeps its own, from what it reads in
   * the database.
   */
  private async assignmentStatusByUnit(
    campaign: Campaign,
    filter: DashboardFilter,
    calendar: WorkingCalendar,
    holds: ReturnType<typeof stateHoldsAt>,
    loaders: RequestLoaders,
  ): Promise<Map<string, StatusTally>> {
    const [unitStamps, itemStamp] = await Promise.all([
      this.assignmentStampsByUnit(filter),
      this.itemStamp(campaign),
    ]);
    const now = holds.asOf.getTime();
    const keyOf = (unitId: string) => `${campaign.id}|${unitId}`;
    const basisOf = (unitId: string) =>
      `${holds.campaignVersion}|${holds.calendarStamp}|${itemStamp}|${unitStamps.get(unitId)}`;
    const stillHolds = (unitId: string) => {
      const kept = this.assignmentTallies.get(keyOf(unitId));
      return kept !== undefined && kept.basis === basisOf(unitId) && kept.asOf <= now && now < kept.until;
    };
    let moved = [...unitStamps.keys()].filter((unitId) => !stillHolds(unitId));
    if (this.assignmentTallies.size + moved.length > KEPT_UNIT_TALLIES) {
      this.assignmentTallies.clear();
      moved = [...unitStamps.keys()];
    }
    if (moved.length) {
      const counted = await this.countAssignmentStatus(
        campaign,
        filter,
        holds,
        moved.length < unitStamps.size ? moved : null,
        loaders,
      );
      const until = nextStatusChange(holds.asOf, calendar).getTime();
      for (const unitId of moved) {
        const tally = counted.get(unitId) ?? {};
        this.assignmentTallies.set(keyOf(unitId), { basis: basisOf(unitId), asOf: now, until, tally });
      }
    }
    const byUnit = new Map<string, StatusTally>();
    for (const unitId of unitStamps.keys()) {
      const { tally } = this.assignmentTallies.get(keyOf(unitId))!;
      if (Object.keys(tally).length) byUnit.set(unitId, tally);
    }
    return byUnit;
  }

  /**
   * Assignments by status per unit (of `unitIds`, or every unit in the filter). Stored states that
   * still hold (the sweep keeps them) are counted in the database; the rest, filed on since the last
   * sweep or never swept, are evaluated by the matrix's rules and queries.
   */
  private async countAssignmentStatus(
    campaign: Campaign,
    filter: DashboardFilter,
    holds: ReturnType<typeof stateHoldsAt>,
    unitIds: string[] | null,
    loaders: RequestLoaders,
  ): Promise<Map<string, StatusTally>> {
    const scope = this.assignments.scopeQuery(null, { ...filter, campaignId: campaign.id });
    if (unitIds) scope.andWhere('a.unit_id IN (:...unitIds)', { unitIds });
    const withState = () =>
      scope
        .clone()
        .leftJoin(AssignmentState, 's', `s.assignment_id = a.id AND ${STATE_HOLDS}`)
        .setParameters(holds);
    // One pass: stored statuses that hold by unit; a null status counts those that do not.
    const counted = await withState()
      .select('a.unit_id', 'unitId')
      .addSelect('s.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('a.unit_id')
      .addGroupBy('s.status')
      .getRawMany<{ unitId: string; status: TaskStatus | null; count: string | number }>();
    const byUnit = new Map<string, StatusTally>();
    const count = (unitId: string, status: TaskStatus, n: number) => {
      const tally = byUnit.get(unitId) ?? {};
      bump(tally, status, n);
      byUnit.set(unitId, tally);
    };
    for (const row of counted) if (row.status) count(row.unitId, row.status, Number(row.count));
    const staleUnits = counted.filter((row) => !row.status).map((row) => row.unitId);
    if (staleUnits.length) {
      const stale = withState()
        .andWhere('s.assignment_id IS NULL')
        .andWhere('a.unit_id IN (:...staleUnits)', { staleUnits });
      const assignments = await stale.clone().getMany();
      // A few, filed on since the last sweep: their updates and reviews are looked up by id rather
      // than through the scope's join with the states again.
      const staleScope =
        assignments.length <= STALE_BY_ID
          ? this.assignments
              .scopeQuery(null, { campaignId: campaign.id })
              .andWhere('a.id IN (:...staleIds)', { staleIds: assignments.map((a) => a.id) })
          : stale;
      const contexts = await this.assignmentProgress.contextsOf(assignments, loaders);
      const evaluations = await this.assignmentProgress.evaluateScope(assignments, staleScope, contexts);
      for (const assignment of assignments)
        count(assignment.unitId, evaluations.get(assignment.id)!.status, 1);
    }
    return byUnit;
  }

  /** Per unit in the filter: how many assignments it has (in any campaign) and their versions' sum. */
  private async assignmentStampsByUnit(filter: DashboardFilter): Promise<Map<string, string>> {
    const query = this.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .select('a.unit_id', 'unitId')
      .addSelect('COUNT(*)', 'assignments')
      .addSelect('SUM(a.version)', 'versions')
      .groupBy('a.unit_id');
    this.whereUnit(query, 'a.unit_id', filter);
    const rows = await query.getRawMany<{
      unitId: string;
      assignments: string | number;
      versions: string | number;
    }>();
    return new Map(rows.map((r) => [r.unitId, `${r.assignments}:${r.versions}`]));
  }

  /** The campaign's items: how many and their versions' sum (items are never deleted). */
  private async itemStamp(campaign: Campaign): Promise<string> {
    const row = await this.dataSource
      .getRepository(ResponsibilityItem)
      .createQueryBuilder('i')
      .innerJoin(ResponsibilityList, 'l', 'l.id = i.list_id')
      .select('COUNT(*)', 'items')
      .addSelect('SUM(i.version)', 'versions')
      .where('l.campaign_id = :campaignId', { campaignId: campaign.id })
      .getRawOne<{ items: string | number; versions: string | number | null }>();
    return `${row?.items}:${row?.versions}`;
  }
}
