import { Injectable } from '@nestjs/common';
import {
  type StatusEvaluation,
  type WeeklyCell,
  type WorkingCalendar,
  type WorkItem,
  evaluateStatus,
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

/** Loads what status needs in a fixed number of queries and applies the shared rules of libs/domain. */
@Injectable()
export class TaskProgressService {
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
    const evaluation = evaluateStatus(this.workItem(task, progress), asOf, calendar, settings);
    const latest = progress.updates.filter((u) => u.createdAt <= asOf).at(-1);
    return { ...evaluation, currentValue: task.target !== null ? (latest?.value ?? 0) : null };
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

  /** Status of many tasks with their progress (whole, or `statusOnly`), evaluated as of now. */
  async evaluateMany(
    tasks: Task[],
    statusOnly = false,
  ): Promise<{ progress: Map<string, TaskProgress>; evaluations: Map<string, TaskEvaluation> }> {
    const [progress, settings, calendar] = await Promise.all([
      this.progressOf(
        tasks.map((t) => t.id),
        statusOnly,
      ),
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
