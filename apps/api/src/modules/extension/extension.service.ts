import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { isUniqueViolation } from '../../core/database/unique-violation.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { DomainError, badInput, forbidden, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders, rowByIdLoader } from '../../core/graphql/request-loaders.js';
import { assertMayAskForUnit } from '../auth/unit-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, hasRole, seesWholeCity } from '../auth/auth-user.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Task } from '../task/task.entity.js';
import { DueDateExtension } from './due-date-extension.entity.js';
import type {
  DecideDueDateExtensionInput,
  DueDateExtensionsArgs,
  RequestDueDateExtensionInput,
} from './dto/extension.inputs.js';

const NAMES = { entity: 'extension request', entityZh: '延期申请' };

/** Requests for more time (延期) on tasks: asked by the lead unit, decided by staff or a leader. */
@Injectable()
export class ExtensionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Newest first; a reporter sees their own unit's requests only. */
  list(user: AuthUser, args: DueDateExtensionsArgs): Promise<DueDateExtension[]> {
    assertMayAskForUnit(user, args.unitId, { en: 'extension requests', zh: '延期申请' });
    const query = this.dataSource.getRepository(DueDateExtension).createQueryBuilder('e');
    const unitId = seesWholeCity(user) ? args.unitId : (user.unitId ?? '');
    if (unitId) query.andWhere('e.unit_id = :unitId', { unitId });
    if (args.status) query.andWhere('e.status = :status', { status: args.status });
    if (args.taskId) query.andWhere('e.task_id = :taskId', { taskId: args.taskId });
    return query.orderBy('e.id', 'DESC').take(500).getMany();
  }

  async request(actor: AuthUser, input: RequestDueDateExtensionInput): Promise<DueDateExtension> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'Say why more time is justified.', '请填写延期理由。');
    return this.dataSource.transaction(async (manager) => {
      const task = await manager.findOneBy(Task, { id: input.taskId });
      if (!task) throw notFound('Task', '任务', input.taskId);
      if (!hasRole(actor, 'STAFF') && !(hasRole(actor, 'REPORTER') && actor.unitId === task.leadUnitId)) {
        throw forbidden(
          'Only the lead unit’s reporter or staff may ask for more time on this task.',
          '仅牵头单位填报员或专项办工作人员可申请延期。',
        );
      }
      if (task.archived) throw badInput('taskId', 'This task is archived.', '该任务已归档。');
      const campaign = await manager.findOneByOrFail(Campaign, { id: task.campaignId });
      if (input.requestedDueOn <= task.dueOn) {
        throw badInput(
          'requestedDueOn',
          `The new due date must be after the current one (${task.dueOn}).`,
          `申请的截止日期须晚于现截止日期（${task.dueOn}）。`,
        );
      }
      if (input.requestedDueOn > campaign.endsOn) {
        throw badInput(
          'requestedDueOn',
          `The new due date must fall within the campaign (until ${campaign.endsOn}).`,
          `申请的截止日期不能晚于本年度专项治理结束日期（${campaign.endsOn}）。`,
        );
      }
      if (await manager.existsBy(DueDateExtension, { pendingKey: task.id })) {
        throw pendingAlready();
      }
      const row: DueDateExtension = {
        id: timeOrderedId(),
        taskId: task.id,
        unitId: task.leadUnitId,
        pendingKey: task.id,
        status: 'PENDING',
        originalDueOn: task.dueOn,
        requestedDueOn: input.requestedDueOn,
        reason,
        requestedById: actor.id,
        requestedAt: this.clock.now(),
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
        version: 1,
      };
      try {
        await manager.insert(DueDateExtension, row);
      } catch (error) {
        // Two requests at once: the unique pending key lets one in.
        if (isUniqueViolation(error)) throw pendingAlready();
        throw error;
      }
      await this.audit.record(manager, {
        actor,
        action: 'extension.request',
        entity: 'DueDateExtension',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  }

  /** Approval moves the task's due date in the same transaction; refusal changes nothing else. */
  async decide(actor: AuthUser, input: DecideDueDateExtensionInput): Promise<DueDateExtension> {
    const note = input.note?.trim() || null;
    if (!input.approve && !note) {
      throw badInput('note', 'Give the unit the reason for refusing.', '不予批准时请填写理由。');
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(DueDateExtension, { id: input.id });
      if (!before) throw notFound('Extension request', '延期申请', input.id);
      if (before.status !== 'PENDING') {
        throw badInput('id', 'This request has already been decided.', '该延期申请已处理。');
      }
      await updateIfVersion(
        manager,
        DueDateExtension,
        { id: input.id, version: input.version },
        {
          status: input.approve ? 'APPROVED' : 'REFUSED',
          pendingKey: null,
          decidedById: actor.id,
          decidedAt: now,
          decisionNote: note,
        },
        NAMES,
      );
      if (input.approve) await this.moveDueDate(manager, actor, before);
      const after = await manager.findOneByOrFail(DueDateExtension, { id: input.id });
      await this.audit.record(manager, {
        actor,
        action: input.approve ? 'extension.approve' : 'extension.refuse',
        entity: 'DueDateExtension',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Tasks with a request awaiting a decision as of `asOf` (a replayed sweep sees them as they stood). */
  async pausedTaskIds(taskIds: readonly string[], asOf: Date): Promise<Set<string>> {
    if (!taskIds.length) return new Set();
    const rows = await this.dataSource.getRepository(DueDateExtension).find({
      select: { taskId: true },
      where: [
        { taskId: In([...taskIds]), requestedAt: LessThanOrEqual(asOf), decidedAt: IsNull() },
        { taskId: In([...taskIds]), requestedAt: LessThanOrEqual(asOf), decidedAt: MoreThan(asOf) },
      ],
    });
    return new Set(rows.map((r) => r.taskId));
  }

  byTaskLoader(loaders: RequestLoaders) {
    return loaders.for<string, DueDateExtension[]>('extension.byTask', async (taskIds) =>
      groupByKey(
        taskIds,
        await this.dataSource
          .getRepository(DueDateExtension)
          .find({ where: { taskId: In([...taskIds]) }, order: { id: 'ASC' } }),
        (e) => e.taskId,
      ),
    );
  }

  taskLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, Task);
  }

  private async moveDueDate(
    manager: EntityManager,
    actor: AuthUser,
    request: DueDateExtension,
  ): Promise<void> {
    const task = await manager.findOneByOrFail(Task, { id: request.taskId });
    // The request was for the due date it saw; if staff moved it since, the decision must be retaken.
    if (task.dueOn !== request.originalDueOn) {
      throw new DomainError(
        'CONFLICT',
        `The task’s due date changed to ${task.dueOn} after this request was made; ask the unit to request again.`,
        `该任务截止日期在申请后已调整为 ${task.dueOn}，请单位重新申请。`,
        { field: 'id' },
      );
    }
    await updateIfVersion(
      manager,
      Task,
      task,
      { dueOn: request.requestedDueOn },
      { entity: 'task', entityZh: '任务' },
    );
    await this.audit.record(manager, {
      actor,
      action: 'task.extend-due-date',
      entity: 'Task',
      entityId: task.id,
      before: { dueOn: task.dueOn },
      after: { dueOn: request.requestedDueOn, extensionId: request.id },
    });
  }
}

const pendingAlready = () =>
  badInput(
    'taskId',
    'A request for this task is already awaiting a decision.',
    '该任务已有待审批的延期申请，请勿重复提交。',
  );
