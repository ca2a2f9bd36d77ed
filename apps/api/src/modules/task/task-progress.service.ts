import { Injectable } from '@nestjs/common';
import {
  type StatusEvaluation,
  StatusTimeline,
  type WeeklyCell,
  type WorkingCalendar,
  type WorkItem,
  weeklyCells,
} from '@lvze/domain';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { instantFromRaw } from '../../core/database/columns.js';
import { groupByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { Campaign, type CampaignSettings } from '../campaign/campaign.entity.js';
import { ProgressUpdate } from './progress-update.entity.js';
import { type Task, WeeklyPlan } from './task.entity.js';

export interface TaskProgress {
  /** Oldest first. */
  updates: ProgressUpdate[];
  plan: WeeklyPlan[];
}

export interface TaskEvaluation extends StatusEvaluation {
  currentValue: number | null;
}

/** A task's weekly updates filed on time, counted for the due weeks named in `dueWeeks`. */
export interface OnTimeUpdates {
  dueWeeks: string;
  now: number;
  before: number;
}

/** A task's status-only progress, readied once for the rules, and what was counted from it. */
export interface TaskTimeline {
  progress: TaskProgress;
  timeline: StatusTimeline;
  /** Set by the dashboard; a timeline is replaced when its basis moves, so this goes with it. */
  onTimeUpdates?: OnTimeUpdates;
}

/**
 * Timelines kept in the process at most for this many tasks (every live task of a province's campaign
 * and then some); past it the next request starts afresh.
 */
const KEPT_TIMELINES = 20_000;

/** Loads what status needs in a fixed number of queries and applies the shared rules of libs/domain. */
@Injectable()
export class TaskProgressService {
  private readonly timelines = new Map<string, TaskTimeline & { basis: string }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
  ) {}

  /**
   * Updates and plans of many tasks: two queries, whatever their number. `statusOnly` reads only
   * what the status rules need of each update (no summary, problems, author): a fraction of the bytes.
   */
  async progressOf(taskIds: readonly string[], statusOnly = false): Promise<Map<string, TaskProgress>> {
    const ids = [...taskIds];
    const [updates, plans] = ids.length
      ? await Promise.all([
          statusOnly
            ? this.statusUpdatesOf(ids)
            : this.dataSource.getRepository(ProgressUpdate).find({
                where: { taskId: In(ids) },
                order: { createdAt: 'ASC', id: 'ASC' },
              }),
          this.dataSource
            .getRepository(WeeklyPlan)
            .find({ where: { taskId: In(ids) }, order: { week: 'ASC' } }),
        ])
      : [[], []];
    const updatesByTask = groupByKey(ids, updates, (u) => u.taskId);
    const plansByTask = groupByKey(ids, plans, (p) => p.taskId);
    return new Map(ids.map((id, i) => [id, { updates: updatesByTask[i], plan: plansByTask[i] }]));
  }

  /**
   * The updates' week, percent, value and filing time, read raw: tens of thousands of rows at
   * province scale, and hydrating entities would cost more than the query. The rows are partial.
   */
  private async statusUpdatesOf(taskIds: string[]): Promise<ProgressUpdate[]> {
    const rows = await this.dataSource
      .getRepository(ProgressUpdate)
      .createQueryBuilder('u')
      .select('u.task_id', 'taskId')
      .addSelect('u.week', 'week')
      .addSelect('u.percent', 'percent')
      .addSelect('u.value', 'value')
      .addSelect('u.created_at', 'createdAt')
      .where('u.task_id IN (:...taskIds)', { taskIds })
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getRawMany<{
        taskId: string;
        week: string;
        percent: number | string;
        value: number | string | null;
        createdAt: Date | string;
      }>();
    return rows.map(
      (r) =>
        ({
          taskId: r.taskId,
          week: r.week,
          percent: Number(r.percent),
          value: r.value === null ? null : Number(r.value),
          createdAt: instantFromRaw(r.createdAt),
        }) as ProgressUpdate,
    );
  }

  async settingsOf(campaignIds: readonly string[]): Promise<Map<string, CampaignSettings>> {
    const campaigns = await this.dataSource
      .getRepository(Campaign)
      .findBy({ id: In([...new Set(campaignIds)]) });
    return new Map(campaigns.map((c) => [c.id, c.settings]));
  }

  workItem(task: Task, progress: TaskProgress): WorkItem {
    return {
      startsOn: task.startsOn,
      dueOn: task.dueOn,
      weeklyPlan: Object.fromEntries(progress.plan.map((p) => [p.week, p.plannedPercent])),
      updates: progress.updates.map((u) => ({ week: u.week, percent: u.percent, createdAt: u.createdAt })),
    };
  }

  evaluate(
    task: Task,
    progress: TaskProgress,
    calendar: WorkingCalendar,
    settings: CampaignSettings,
    asOf: Date = this.clock.now(),
  ): TaskEvaluation {
    const timeline = new StatusTimeline(this.workItem(task, progress), calendar);
    return this.evaluationOf(task, { progress, timeline }, settings, asOf);
  }

  cells(
    task: Task,
    progress: TaskProgress,
    weeks: string[],
    calendar: WorkingCalendar,
    settings: CampaignSettings,
  ): WeeklyCell[] {
    return weeklyCells(this.workItem(task, progress), weeks, this.clock.now(), calendar, settings);
  }

  /** Status of many tasks with their whole progress, evaluated as of now. */
  async evaluateMany(
    tasks: Task[],
  ): Promise<{ progress: Map<string, TaskProgress>; evaluations: Map<string, TaskEvaluation> }> {
    const [progress, settings, calendar] = await Promise.all([
      this.progressOf(tasks.map((t) => t.id)),
      this.settingsOf(tasks.map((t) => t.campaignId)),
      this.calendars.calendar(),
    ]);
    const now = this.clock.now();
    const evaluations = new Map(
      tasks.map((task) => [
        task.id,
        this.evaluate(task, progress.get(task.id)!, calendar, settings.get(task.campaignId)!, now),
      ]),
    );
    return { progress, evaluations };
  }

  /** The task's status at `asOf` from its timeline, with its value then for a task with a target. */
  evaluationOf(
    task: Task,
    { progress, timeline }: TaskTimeline,
    settings: CampaignSettings,
    asOf: Date,
  ): TaskEvaluation {
    const latest = progress.updates.findLast((u) => u.createdAt <= asOf);
    return {
      ...timeline.statusAt(asOf, settings),
      currentValue: task.target !== null ? (latest?.value ?? 0) : null,
    };
  }

  /**
   * Status-only progress of many tasks, each readied once as a StatusTimeline and kept in the process
   * while its basis stands still: the task's version (its dates and weekly plan), the number of its
   * updates (never edited: a correction is a new update, so a new update always changes the count)
   * and the calendar. A request reads again only the tasks whose basis moved, so a dashboard over a
   * thousand tasks reads the updates filed since it last asked, not the year's. Every process keeps
   * its own; each reads the basis from the database, so none answers from a stale timeline.
   */
  async timelinesOf(tasks: Task[]): Promise<Map<string, TaskTimeline>> {
    if (!tasks.length) return new Map();
    const [{ calendar, stamp }, counts] = await Promise.all([
      this.calendars.snapshot(),
      this.dataSource
        .getRepository(ProgressUpdate)
        .createQueryBuilder('u')
        .select('u.task_id', 'taskId')
        .addSelect('COUNT(*)', 'updates')
        .where('u.task_id IN (:...taskIds)', { taskIds: tasks.map((t) => t.id) })
        .groupBy('u.task_id')
        .getRawMany<{ taskId: string; updates: string | number }>(),
    ]);
    const updates = new Map(counts.map((c) => [c.taskId, Number(c.updates)]));
    const basisOf = (task: Task) => `${task.version}|${updates.get(task.id) ?? 0}|${stamp}`;
    let moved = tasks.filter((t) => this.timelines.get(t.id)?.basis !== basisOf(t));
    if (this.timelines.size + moved.length > KEPT_TIMELINES) {
      this.timelines.clear();
      moved = tasks;
    }
    if (moved.length) {
      // Read after the basis: what is read is at least as new as the basis it is kept under.
      const progress = await this.progressOf(
        moved.map((t) => t.id),
        true,
      );
      for (const task of moved) {
        const p = progress.get(task.id)!;
        const timeline = new StatusTimeline(this.workItem(task, p), calendar);
        this.timelines.set(task.id, { basis: basisOf(task), progress: p, timeline });
      }
    }
    return new Map(tasks.map((t) => [t.id, this.timelines.get(t.id)!]));
  }

  progressLoader(loaders: RequestLoaders) {
    return loaders.for<string, TaskProgress>('task.progress', async (ids) => {
      const progress = await this.progressOf(ids);
      return ids.map((id) => progress.get(id)!);
    });
  }

  /** Keyed by task; batches every task of a request into one evaluation pass. */
  evaluationLoader(loaders: RequestLoaders) {
    return loaders.for<Task, TaskEvaluation>('task.evaluation', async (tasks) => {
      const { progress, evaluations } = await this.evaluateMany([...tasks]);
      const progressLoader = this.progressLoader(loaders);
      for (const [id, p] of progress) progressLoader.prime(id, p);
      return tasks.map((t) => evaluations.get(t.id)!);
    });
  }
}
