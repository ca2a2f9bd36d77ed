import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  compareWeeks,
  isIsoDate,
  isoWeekOf,
  isoWeekOfDate,
  isLateUpdate,
  isIsoWeek,
  percentOfTarget,
  weekMonday,
  weekSunday,
  weeksBetween,
} from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { isUniqueViolation } from '../../core/database/unique-violation.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { DomainError, badInput, forbidden, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { FileService } from '../file/file.service.js';
import { Unit } from '../organization/unit.entity.js';
import type {
  CreateTaskInput,
  SetWeeklyPlanInput,
  SubmitProgressInput,
  TasksArgs,
  UpdateTaskInput,
} from './dto/task.inputs.js';
import { ProgressUpdate, TaskInstruction } from './progress-update.entity.js';
import { assertMayReport, isInScope, restrictToScope } from './task-scope.js';
import { TaskProgressService } from './task-progress.service.js';
import { Task, TaskCoUnit, WeeklyPlan } from './task.entity.js';

const NAMES = { entity: 'task', entityZh: '任务' };

export type TaskDefinition = Pick<
  Task,
  'title' | 'leadUnitId' | 'startsOn' | 'dueOn' | 'target' | 'measure'
> & {
  coUnitIds: string[];
};

const CREATE_ATTEMPTS = 3;

/**
 * A task's code was taken by a task committed meanwhile: seen by the unique key, or by createIn's
 * own check when the other transaction committed between reading the next code and checking it.
 */
export function isTaskCodeCollision(error: unknown): boolean {
  return isUniqueViolation(error) || (error instanceof DomainError && error.details.field === 'code');
}
@Injectable()
export class TaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly calendars: CalendarService,
    private readonly progress: TaskProgressService,
    private readonly files: FileService,
  ) {}

  /** Tasks the user may see, filtered; status filters apply the shared rules as of now. */
  async list(user: AuthUser, args: TasksArgs, loaders?: RequestLoaders): Promise<Task[]> {
    const campaign = await this.campaigns.resolve(args.campaignId);
    const query = this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .where('t.campaign_id = :campaignId', {
        campaignId: campaign.id,
      });
    if (!args.includeArchived) query.andWhere('t.archived = :archived', { archived: false });
    if (args.leadUnitId) query.andWhere('t.lead_unit_id = :leadUnitId', { leadUnitId: args.leadUnitId });
    if (args.leadLeader) query.andWhere('t.lead_leader = :leadLeader', { leadLeader: args.leadLeader });
    if (args.coUnitId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM task_co_unit c WHERE c.task_id = t.id AND c.unit_id = :coUnitId)',
        {
          coUnitId: args.coUnitId,
        },
      );
    }
    restrictToScope(query, user);
    const tasks = await query.orderBy('t.code', 'ASC').getMany();
    if (!args.status && !loaders) return tasks;
    const { progress, evaluations } = await this.progress.evaluateMany(tasks);
    if (loaders) {
      const evaluationLoader = this.progress.evaluationLoader(loaders);
      const progressLoader = this.progress.progressLoader(loaders);
      for (const task of tasks) {
        evaluationLoader.prime(task, evaluations.get(task.id)!);
        progressLoader.prime(task.id, progress.get(task.id)!);
      }
    }
    return args.status ? tasks.filter((t) => evaluations.get(t.id)!.status === args.status) : tasks;
  }

  /** A task the user may see; FORBIDDEN for a reporter outside its units. */
  async get(user: AuthUser, id: string): Promise<Task> {
    const task = await this.dataSource.getRepository(Task).findOneBy({ id });
    if (!task) throw notFound('Task', '任务', id);
    if (!isInScope(user, task, await this.coUnitIdsOf(this.dataSource.manager, id))) {
      throw forbidden('This task belongs to other units.', '该任务不属于本单位。');
    }
    return task;
  }

  coUnitsLoader(loaders: RequestLoaders) {
    return loaders.for<string, string[]>('task.coUnitIds', async (taskIds) => {
      const rows = await this.dataSource.getRepository(TaskCoUnit).findBy({ taskId: In([...taskIds]) });
      return groupByKey(taskIds, rows, (r) => r.taskId).map((group) => group.map((r) => r.unitId));
    });
  }

  instructionsLoader(loaders: RequestLoaders) {
    return loaders.for<string, TaskInstruction[]>('task.instructions', async (taskIds) => {
      const rows = await this.dataSource.getRepository(TaskInstruction).find({
        where: { taskId: In([...taskIds]) },
        order: { createdAt: 'DESC' },
      });
      return groupByKey(taskIds, rows, (r) => r.taskId);
    });
  }

  async create(actor: AuthUser, input: CreateTaskInput): Promise<Task> {
    const campaign = await this.campaigns.resolve(input.campaignId);
    // Two tasks created at once may both be given the next free code: the unique key lets one in,
    // the other takes the code after it. A code the user chose is theirs to change instead.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) => this.createIn(manager, actor, campaign, input));
      } catch (error) {
        if (!isTaskCodeCollision(error)) throw error;
        // A code the user chose and found taken keeps its own message ("already used").
        if (input.code && error instanceof DomainError) throw error;
        if (input.code || attempt === CREATE_ATTEMPTS) {
          const code = input.code ? ` ${input.code}` : '';
          throw badInput(
            'code',
            `The code${code} was taken by a task created at the same moment; try again.`,
            `任务编号${code}已被同时创建的任务使用，请重试。`,
          );
        }
      }
    }
  }

  /** createTask's rules and audit inside the caller's transaction; the ledger import shares it. */
  async createIn(
    manager: EntityManager,
    actor: AuthUser,
    campaign: Campaign,
    input: Omit<CreateTaskInput, 'campaignId'>,
    action = 'task.create',
  ): Promise<Task> {
    const definition: TaskDefinition = {
      title: input.title.trim(),
      leadUnitId: input.leadUnitId,
      coUnitIds: [...new Set(input.coUnitIds ?? [])],
      startsOn: input.startsOn,
      dueOn: input.dueOn,
      target: input.target ?? null,
      measure: input.measure?.trim() || null,
    };
    await this.validateDefinition(manager, campaign, definition);
    const code = input.code ?? (await this.nextCode(manager, campaign.id));
    if (await manager.existsBy(Task, { campaignId: campaign.id, code })) {
      throw badInput(
        'code',
        `The code ${code} is already used in this campaign.`,
        `任务编号 ${code} 已被使用。`,
      );
    }
    const task = manager.create(Task, {
      id: randomUUID(),
      campaignId: campaign.id,
      code,
      category: input.category?.trim() ?? '',
      description: input.description?.trim() ?? '',
      leadLeader: input.leadLeader?.trim() ?? '',
      archived: false,
      createdAt: this.clock.now(),
      ...definition,
    });
    await manager.insert(Task, task);
    await this.replaceCoUnits(manager, task.id, definition.coUnitIds);
    const after = await manager.findOneByOrFail(Task, { id: task.id });
    await this.audit.record(manager, {
      actor,
      action,
      entity: 'Task',
      entityId: task.id,
      after: { ...after, coUnitIds: definition.coUnitIds },
    });
    return after;
  }

  async update(actor: AuthUser, input: UpdateTaskInput): Promise<Task> {
    return this.dataSource.transaction((manager) => this.updateIn(manager, actor, input));
  }

  /** updateTask's rules and audit inside the caller's transaction; the ledger import shares it. */
  async updateIn(
    manager: EntityManager,
    actor: AuthUser,
    input: UpdateTaskInput,
    action = 'task.update',
  ): Promise<Task> {
    const before = await manager.findOneBy(Task, { id: input.id });
    if (!before) throw notFound('Task', '任务', input.id);
    const campaign = await this.campaigns.resolve(before.campaignId);
    const beforeCoUnits = await this.coUnitIdsOf(manager, before.id);
    const definition: TaskDefinition = {
      title: input.title?.trim() ?? before.title,
      leadUnitId: input.leadUnitId ?? before.leadUnitId,
      coUnitIds: input.coUnitIds ? [...new Set(input.coUnitIds)] : beforeCoUnits,
      startsOn: input.startsOn ?? before.startsOn,
      dueOn: input.dueOn ?? before.dueOn,
      target: input.target !== undefined ? input.target : before.target,
      measure: input.measure !== undefined ? input.measure?.trim() || null : before.measure,
    };
    await this.validateDefinition(manager, campaign, definition);
    const { coUnitIds, ...columns } = definition;
    await updateIfVersion(
      manager,
      Task,
      { id: before.id, version: input.version },
      {
        ...columns,
        ...(input.category !== undefined && { category: input.category.trim() }),
        ...(input.description !== undefined && { description: input.description.trim() }),
        ...(input.leadLeader !== undefined && { leadLeader: input.leadLeader.trim() }),
      },
      NAMES,
    );
    await this.replaceCoUnits(manager, before.id, coUnitIds);
    const after = await manager.findOneByOrFail(Task, { id: before.id });
    await this.audit.record(manager, {
      actor,
      action,
      entity: 'Task',
      entityId: before.id,
      before: { ...before, coUnitIds: beforeCoUnits },
      after: { ...after, coUnitIds },
    });
    return after;
  }

  async setArchived(actor: AuthUser, id: string, version: number, archived: boolean): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Task, { id });
      if (!before) throw notFound('Task', '任务', id);
      await updateIfVersion(manager, Task, { id, version }, { archived }, NAMES);
      const after = await manager.findOneByOrFail(Task, { id });
      await this.audit.record(manager, {
        actor,
        action: archived ? 'task.archive' : 'task.restore',
        entity: 'Task',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async setWeeklyPlan(actor: AuthUser, input: SetWeeklyPlanInput): Promise<Task> {
    return this.dataSource.transaction(async (manager) => {
      const task = await manager.findOneBy(Task, { id: input.taskId });
      if (!task) throw notFound('Task', '任务', input.taskId);
      const weeks = weeksBetween(task.startsOn, task.dueOn);
      const entries = [...input.entries].sort((a, b) => compareWeeks(a.week, b.week));
      entries.forEach((entry, i) => {
        if (!weeks.includes(entry.week)) {
          throw badInput(
            `entries.${i}.week`,
            `${entry.week} is outside the task's weeks (${weeks[0]} to ${weeks.at(-1)}).`,
            `${entry.week} 不在任务起止周（${weeks[0]} 至 ${weeks.at(-1)}）内。`,
          );
        }
        if (i > 0 && entries[i - 1].week === entry.week) {
          throw badInput(`entries.${i}.week`, `${entry.week} appears twice.`, `${entry.week} 重复填写。`);
        }
        if (i > 0 && entry.plannedPercent < entries[i - 1].plannedPercent) {
          throw badInput(
            `entries.${i}.plannedPercent`,
            `The plan is cumulative: ${entry.week} cannot be below the week before it.`,
            `计划进度为累计值，${entry.week} 不能低于上一周。`,
          );
        }
      });
      const before = await manager.find(WeeklyPlan, { where: { taskId: task.id }, order: { week: 'ASC' } });
      // The plan is part of the task's definition: a stale editor gets CONFLICT, not an overwrite.
      await updateIfVersion(manager, Task, { id: task.id, version: input.version }, {}, NAMES);
      await manager.delete(WeeklyPlan, { taskId: task.id });
      if (entries.length) {
        await manager.insert(
          WeeklyPlan,
          entries.map((e) => ({ taskId: task.id, week: e.week, plannedPercent: e.plannedPercent })),
        );
      }
      await this.audit.record(manager, {
        actor,
        action: 'task.setWeeklyPlan',
        entity: 'Task',
        entityId: task.id,
        before: { weeklyPlan: before.map(({ week, plannedPercent }) => ({ week, plannedPercent })) },
        after: { weeklyPlan: entries },
      });
      return manager.findOneByOrFail(Task, { id: task.id });
    });
  }

  async submitProgress(actor: AuthUser, input: SubmitProgressInput): Promise<ProgressUpdate> {
    const now = this.clock.now();
    const calendar = await this.calendars.calendar();
    return this.dataSource.transaction(async (manager) => {
      const task = await manager.findOneBy(Task, { id: input.taskId });
      if (!task) throw notFound('Task', '任务', input.taskId);
      assertMayReport(actor, task, await this.coUnitIdsOf(manager, task.id));
      if (task.archived) {
        throw badInput(
          'taskId',
          'This task is archived and takes no more updates.',
          '该任务已归档，不再接受进度填报。',
        );
      }
      const currentWeek = isoWeekOf(now);
      const week = input.week ?? currentWeek;
      if (!isIsoWeek(week))
        throw badInput('week', `${week} is not an ISO week of that year.`, `${week} 不是有效的周次。`);
      if (compareWeeks(week, currentWeek) > 0) {
        throw badInput(
          'week',
          `${week} is in the future; report on ${currentWeek} or earlier.`,
          `不能填报未来周次（${week}），请填报 ${currentWeek} 或之前的周次。`,
        );
      }
      if (compareWeeks(week, isoWeekOfDate(task.startsOn)) < 0) {
        throw badInput(
          'week',
          `${week} is before the task starts (${task.startsOn}).`,
          `${week} 早于任务开始日期（${task.startsOn}）。`,
        );
      }
      const percent = this.reportedPercent(task, input);
      const update = manager.create(ProgressUpdate, {
        id: timeOrderedId(),
        taskId: task.id,
        week,
        percent,
        value: task.target !== null ? input.value! : null,
        summary: input.summary.trim(),
        problems: input.problems?.trim() || null,
        nextSteps: input.nextSteps?.trim() || null,
        authorId: actor.id,
        createdAt: now,
        late: isLateUpdate(week, now, calendar),
      });
      await manager.insert(ProgressUpdate, update);
      await this.files.attach(manager, actor, input.attachmentIds ?? [], 'ProgressUpdate', update.id);
      await this.audit.record(manager, {
        actor,
        action: 'task.submitProgress',
        entity: 'Task',
        entityId: task.id,
        after: update,
      });
      return update;
    });
  }

  async addInstruction(actor: AuthUser, taskId: string, content: string): Promise<TaskInstruction> {
    const text = content.trim();
    if (!text || text.length > 2000) {
      throw badInput('content', 'An instruction needs 1–2000 characters.', '批示内容须为 1–2000 字。');
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Task, { id: taskId }))) throw notFound('Task', '任务', taskId);
      const instruction = manager.create(TaskInstruction, {
        id: randomUUID(),
        taskId,
        authorId: actor.id,
        content: text,
        createdAt: this.clock.now(),
      });
      await manager.insert(TaskInstruction, instruction);
      await this.audit.record(manager, {
        actor,
        action: 'task.addInstruction',
        entity: 'Task',
        entityId: taskId,
        after: instruction,
      });
      return instruction;
    });
  }

  /** The battle map: tasks × weeks in a fixed number of queries, whatever the task count. */
  async battleMap(user: AuthUser, campaignId: string | undefined, loaders: RequestLoaders) {
    const campaign = await this.campaigns.resolve(campaignId);
    const tasks = await this.list(user, { campaignId: campaign.id }, loaders);
    const weeks = weeksBetween(campaign.startsOn, campaign.endsOn);
    const [progress, calendar] = await Promise.all([
      this.progress.progressLoader(loaders).loadMany(tasks.map((t) => t.id)),
      this.calendars.calendar(),
    ]);
    const rows = tasks.map((task, i) => ({
      task,
      cells: this.progress.cells(task, progress[i] as never, weeks, calendar, campaign.settings),
    }));
    return { weeks, currentWeek: isoWeekOf(this.clock.now()), rows };
  }

  /** This week's board: active tasks in the user's scope, and which are already updated. */
  async weekBoard(user: AuthUser, loaders: RequestLoaders) {
    const now = this.clock.now();
    const week = isoWeekOf(now);
    const calendar = await this.calendars.calendar();
    const all = await this.list(user, {}, loaders);
    const monday = weekMonday(week);
    const sunday = weekSunday(week);
    const evaluations = await this.progress.evaluationLoader(loaders).loadMany(all);
    const tasks = all.filter((task, i) => {
      const evaluation = evaluations[i] as { status: string };
      const activeThisWeek = task.startsOn <= sunday && task.dueOn >= monday;
      const overdueAndOpen = task.dueOn < monday && evaluation.status !== 'DONE';
      return activeThisWeek || overdueAndOpen;
    });
    const progress = await this.progress.progressLoader(loaders).loadMany(tasks.map((t) => t.id));
    const updatedTaskIds = tasks
      .filter((_task, i) =>
        (progress[i] as { updates: ProgressUpdate[] }).updates.some((u) => u.week === week),
      )
      .map((t) => t.id);
    const deadline = calendar.weeklyDeadline(week);
    return {
      week,
      deadline,
      workingHoursRemaining: deadline ? calendar.workingHoursBetween(now, deadline) : 0,
      tasks,
      updatedTaskIds,
    };
  }

  private reportedPercent(task: Task, input: SubmitProgressInput): number {
    const hasPercent = input.percent !== undefined && input.percent !== null;
    const hasValue = input.value !== undefined && input.value !== null;
    if (hasPercent && hasValue) {
      throw badInput(
        'percent',
        'Give either percent or value, not both.',
        '完成百分比与累计完成量只能填写其一。',
      );
    }
    if (task.target !== null) {
      if (!hasValue) {
        throw badInput(
          'value',
          `This task has a target of ${task.target} ${task.measure ?? ''}: report the cumulative value.`,
          `该任务有量化目标（${task.target}${task.measure ?? ''}），请填写累计完成量。`,
        );
      }
      if (input.value! < 0)
        throw badInput('value', 'The value cannot be negative.', '累计完成量不能为负数。');
      return percentOfTarget(input.value!, task.target);
    }
    if (!hasPercent) {
      throw badInput(
        'percent',
        'Report the cumulative percent (0–100) for this task.',
        '请填写累计完成百分比（0–100）。',
      );
    }
    if (input.percent! < 0 || input.percent! > 100) {
      throw badInput(
        'percent',
        `The percent must be between 0 and 100, not ${input.percent}.`,
        `完成百分比须在 0–100 之间（当前为 ${input.percent}）。`,
      );
    }
    return input.percent!;
  }

  /**
   * Every rule of a task's definition that needs no database, as errors rather than a throw: the
   * mutations throw the first, the ledger import lists them all per row.
   */
  definitionProblems(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>, d: TaskDefinition): DomainError[] {
    const problems: DomainError[] = [];
    for (const field of ['startsOn', 'dueOn'] as const) {
      if (!isIsoDate(d[field]))
        problems.push(badInput(field, `${d[field]} is not a date.`, `${d[field]} 不是有效日期。`));
    }
    if (!problems.length) {
      if (d.startsOn > d.dueOn) {
        problems.push(
          badInput('dueOn', 'The due date must not be before the start date.', '截止日期不能早于开始日期。'),
        );
      } else if (d.startsOn < campaign.startsOn || d.dueOn > campaign.endsOn) {
        problems.push(
          badInput(
            d.startsOn < campaign.startsOn ? 'startsOn' : 'dueOn',
            `Tasks run within the campaign (${campaign.startsOn} to ${campaign.endsOn}).`,
            `任务起止日期须在本年度专项治理期间（${campaign.startsOn} 至 ${campaign.endsOn}）内。`,
          ),
        );
      }
    }
    if (d.measure && d.target === null) {
      problems.push(badInput('target', 'A measure needs a target.', '填写计量单位时须同时填写量化目标。'));
    }
    if (d.coUnitIds.includes(d.leadUnitId)) {
      problems.push(
        badInput('coUnitIds', 'The lead unit cannot also co-operate.', '牵头单位不能同时作为配合单位。'),
      );
    }
    return problems;
  }

  private async validateDefinition(
    manager: EntityManager,
    campaign: Campaign,
    d: TaskDefinition,
  ): Promise<void> {
    const [problem] = this.definitionProblems(campaign, d);
    if (problem) throw problem;
    const unitIds = [d.leadUnitId, ...d.coUnitIds];
    const found = await manager.findBy(Unit, { id: In(unitIds) });
    if (!found.some((u) => u.id === d.leadUnitId)) {
      throw badInput('leadUnitId', 'The lead unit does not exist.', '牵头单位不存在。');
    }
    if (found.length !== new Set(unitIds).size) {
      throw badInput('coUnitIds', 'A co-operating unit does not exist.', '配合单位不存在。');
    }
  }

  private async nextCode(manager: EntityManager, campaignId: string): Promise<string> {
    const codes = (await manager.find(Task, { where: { campaignId }, select: { code: true } })).map(
      (t) => t.code,
    );
    const highest = Math.max(0, ...codes.map((c) => Number(/^T(\d+)$/.exec(c)?.[1] ?? 0)));
    return `T${String(highest + 1).padStart(2, '0')}`;
  }

  private async coUnitIdsOf(manager: EntityManager, taskId: string): Promise<string[]> {
    return (await manager.findBy(TaskCoUnit, { taskId })).map((r) => r.unitId);
  }

  private async replaceCoUnits(manager: EntityManager, taskId: string, unitIds: string[]): Promise<void> {
    await manager.delete(TaskCoUnit, { taskId });
    if (unitIds.length)
      await manager.insert(
        TaskCoUnit,
        unitIds.map((unitId) => ({ taskId, unitId })),
      );
  }
}
