import { Injectable } from '@nestjs/common';
import { beijingDate, comparePeriods, currentPeriod, isPeriodOf, periodOf } from '@lvze/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, seesWholeCity } from '../auth/auth-user.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { FileService } from '../file/file.service.js';
import { OrganizationService } from '../organization/organization.service.js';
import { Unit } from '../organization/unit.entity.js';
import { AssignmentProgressService, type AssignmentContext, spanOf } from './assignment-progress.service.js';
import { assertMaySee, assertMayUpdate, restrictToScope } from './assignment-scope.js';
import { Assignment, AssignmentReview, AssignmentUpdate } from './assignment.entity.js';
import type {
  AssignmentsArgs,
  ResponsibilityMatrixArgs,
  ReviewAssignmentUpdateInput,
  UpdateAssignmentInput,
} from './dto/responsibility.inputs.js';
import type { ResponsibilityMatrixCellModel } from './dto/assignment.model.js';
import { ResponsibilityItem, ResponsibilityList, type ResponsibilityKind } from './responsibility.entity.js';

const NAMES = { entity: 'assignment', entityZh: '责任事项' };

/** The filters every assignment query shares; all optional but the campaign. */
export interface AssignmentFilter {
  campaignId: string;
  kind?: ResponsibilityKind;
  unitId?: string;
  itemId?: string;
  unitKind?: string;
  countyId?: string;
}

@Injectable()
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly files: FileService,
    private readonly organization: OrganizationService,
    private readonly progress: AssignmentProgressService,
  ) {}

  /** The assignments the user may see, filtered; a reporter asking for another unit is FORBIDDEN. */
  async list(user: AuthUser, args: AssignmentsArgs, loaders: RequestLoaders): Promise<Assignment[]> {
    if (args.unitId && !seesWholeCity(user) && args.unitId !== user.unitId) {
      throw forbidden(
        'A reporter sees only their own unit’s responsibilities.',
        '填报员只能查看本单位的责任事项。',
      );
    }
    const campaign = await this.campaigns.resolve(args.campaignId);
    const scope = this.scopeQuery(user, { ...args, campaignId: campaign.id });
    const assignments = await this.ordered(scope).getMany();
    const contexts = await this.progress.contextsOf(assignments, loaders);
    const evaluations = await this.progress.evaluateScope(assignments, scope, contexts, loaders);
    return args.status
      ? assignments.filter((a) => evaluations.get(a.id)!.status === args.status)
      : assignments;
  }

  async get(user: AuthUser, id: string): Promise<Assignment> {
    const assignment = await this.dataSource.getRepository(Assignment).findOneBy({ id });
    if (!assignment) throw notFound('Assignment', '责任事项', id);
    assertMaySee(user, assignment);
    return assignment;
  }

  /** A unit's report on one period; appended, never overwriting an earlier one. */
  async update(actor: AuthUser, input: UpdateAssignmentInput): Promise<Assignment> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOneBy(Assignment, { id: input.assignmentId });
      if (!assignment) throw notFound('Assignment', '责任事项', input.assignmentId);
      assertMayUpdate(actor, assignment);
      if (!(input.percent >= 0 && input.percent <= 100)) {
        throw badInput(
          'percent',
          `The percent must be between 0 and 100, not ${input.percent}.`,
          `完成百分比须在 0–100 之间（当前为 ${input.percent}）。`,
        );
      }
      const summary = input.summary.trim();
      if (!summary) throw badInput('summary', 'Say what was done.', '请填写工作进展情况。');
      const { item, campaign } = await this.contextIn(manager, assignment);
      const period = this.reportablePeriod(item, campaign, input.period, now);
      const update = manager.create(AssignmentUpdate, {
        id: timeOrderedId(),
        assignmentId: assignment.id,
        period,
        percent: input.percent,
        summary,
        authorId: actor.id,
        createdAt: now,
      });
      await manager.insert(AssignmentUpdate, update);
      await this.files.attach(manager, actor, input.attachmentIds ?? [], 'AssignmentUpdate', update.id);
      await this.bumpVersion(manager, assignment, input.version);
      await this.audit.record(manager, {
        actor,
        action: 'assignment.update',
        entity: 'Assignment',
        entityId: assignment.id,
        after: { ...update, attachmentIds: input.attachmentIds ?? [] },
      });
      return manager.findOneByOrFail(Assignment, { id: assignment.id });
    });
  }

  /** Staff's check of an update's evidence; "insufficient" reopens its period. */
  async review(actor: AuthUser, input: ReviewAssignmentUpdateInput): Promise<Assignment> {
    const comment = input.comment?.trim() ?? '';
    if (!input.sufficient && !comment) {
      throw badInput(
        'comment',
        'Say what evidence is missing, so the unit knows what to file.',
        '请说明缺少哪些佐证材料，以便单位补充。',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const update = await manager.findOneBy(AssignmentUpdate, { id: input.updateId });
      if (!update) throw notFound('Update', '进展报告', input.updateId);
      const before = await manager.findOne(AssignmentReview, {
        where: { updateId: update.id },
        order: { id: 'DESC' },
      });
      const review = manager.create(AssignmentReview, {
        id: timeOrderedId(),
        assignmentId: update.assignmentId,
        updateId: update.id,
        sufficient: input.sufficient,
        comment,
        reviewerId: actor.id,
        createdAt: this.clock.now(),
      });
      await manager.insert(AssignmentReview, review);
      const assignment = await manager.findOneByOrFail(Assignment, { id: update.assignmentId });
      await this.bumpVersion(manager, assignment);
      await this.audit.record(manager, {
        actor,
        action: input.sufficient ? 'assignment.acceptEvidence' : 'assignment.rejectEvidence',
        entity: 'Assignment',
        entityId: assignment.id,
        before,
        after: review,
      });
      return manager.findOneByOrFail(Assignment, { id: assignment.id });
    });
  }

  /**
   * Items × units with each cell's current status, in a fixed number of queries whatever the
   * number of items and units: assignments, their items, lists, units, updates and reviews.
   */
  async matrix(user: AuthUser, args: ResponsibilityMatrixArgs, loaders: RequestLoaders) {
    const campaign = await this.campaigns.resolve(args.campaignId);
    const scope = this.scopeQuery(user, { ...args, campaignId: campaign.id });
    const assignments = await scope.clone().getMany();
    const contexts = await this.progress.contextsOf(assignments, loaders);
    const [evaluations, unitRows] = await Promise.all([
      this.progress.evaluateScope(assignments, scope, contexts, loaders),
      this.organization.unitLoader(loaders).loadMany([...new Set(assignments.map((a) => a.unitId))]),
    ]);
    const units = (unitRows.filter((u) => u instanceof Unit) as Unit[]).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
    );
    const column = new Map(units.map((u, i) => [u.id, i]));
    const rows = new Map<
      string,
      { item: ResponsibilityItem; list: ResponsibilityList; cells: (ResponsibilityMatrixCellModel | null)[] }
    >();
    assignments.forEach((assignment, i) => {
      const { item, list } = contexts[i];
      let row = rows.get(item.id);
      if (!row) {
        row = { item, list, cells: units.map(() => null) };
        rows.set(item.id, row);
      }
      const evaluation = evaluations.get(assignment.id)!;
      row.cells[column.get(assignment.unitId)!] = {
        assignmentId: assignment.id,
        unitId: assignment.unitId,
        status: evaluation.status,
        percent: evaluation.percent,
        period: evaluation.period,
        dueOn: evaluation.dueOn,
        reopened: evaluation.reopened,
      };
    });
    const sorted = [...rows.values()].sort((a, b) => a.list.seq - b.list.seq || a.item.seq - b.item.seq);
    return {
      asOf: beijingDate(this.clock.now()),
      units,
      rows: sorted.map(({ item, cells }) => ({ item, cells })),
    };
  }

  /**
   * Assignments matching the filter that the user may see (alias `a`, item `i`, list `l`, unit `un`);
   * a null user is every unit's, for city-wide figures such as the dashboard's unit scores.
   */
  scopeQuery(user: AuthUser | null, filter: AssignmentFilter): SelectQueryBuilder<Assignment> {
    const query = this.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin(ResponsibilityItem, 'i', 'i.id = a.item_id')
      .innerJoin(ResponsibilityList, 'l', 'l.id = i.list_id')
      .innerJoin(Unit, 'un', 'un.id = a.unit_id')
      .where('l.campaign_id = :campaignId', { campaignId: filter.campaignId });
    if (filter.kind) query.andWhere('l.kind = :kind', { kind: filter.kind });
    if (filter.itemId) query.andWhere('a.item_id = :itemId', { itemId: filter.itemId });
    if (filter.unitId) query.andWhere('a.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.unitKind) query.andWhere('un.kind = :unitKind', { unitKind: filter.unitKind });
    // A county-level area and the units under it (townships, once the tree holds them).
    if (filter.countyId) {
      query.andWhere('(un.id = :countyId OR un.parent_id = :countyId)', { countyId: filter.countyId });
    }
    if (user) restrictToScope(query, user);
    return query;
  }

  private ordered(scope: SelectQueryBuilder<Assignment>): SelectQueryBuilder<Assignment> {
    return scope
      .clone()
      .orderBy('l.seq', 'ASC')
      .addOrderBy('i.seq', 'ASC')
      .addOrderBy('un.sort_order', 'ASC')
      .addOrderBy('a.id', 'ASC');
  }

  private async contextIn(manager: EntityManager, assignment: Assignment): Promise<AssignmentContext> {
    const item = await manager.findOneByOrFail(ResponsibilityItem, { id: assignment.itemId });
    const list = await manager.findOneByOrFail(ResponsibilityList, { id: item.listId });
    const campaign = await manager.findOneByOrFail(Campaign, { id: list.campaignId });
    return { item, list, campaign };
  }

  /** The period an update reports on: the current one by default; an earlier one of the campaign may be caught up. */
  private reportablePeriod(
    item: ResponsibilityItem,
    campaign: Campaign,
    requested: string | undefined,
    now: Date,
  ): string {
    const span = spanOf(campaign);
    const current = currentPeriod(beijingDate(now), item.cadence, span);
    const period = requested?.trim() || current;
    if (!isPeriodOf(period, item.cadence)) {
      const example = { ONCE: 'ONCE', MONTHLY: '2026-11', QUARTERLY: '2026-Q4', YEARLY: '2026' }[
        item.cadence
      ];
      throw badInput(
        'period',
        `${period} is not a period of this ${item.cadence.toLowerCase()} item; write it like ${example}.`,
        `${period} 不是该事项的填报周期，格式如 ${example}。`,
      );
    }
    if (comparePeriods(period, current) > 0) {
      throw badInput(
        'period',
        `${period} has not begun; report on ${current} or earlier.`,
        `不能填报未开始的周期（${period}），请填报 ${current} 或之前的周期。`,
      );
    }
    const first = periodOf(span.opensOn, item.cadence);
    if (comparePeriods(period, first) < 0) {
      throw badInput(
        'period',
        `${period} is before the campaign (from ${first}).`,
        `${period} 早于本年度专项治理（自 ${first} 起）。`,
      );
    }
    return period;
  }

  private async bumpVersion(manager: EntityManager, assignment: Assignment, version?: number): Promise<void> {
    await updateIfVersion(
      manager,
      Assignment,
      { id: assignment.id, version: version ?? assignment.version },
      {},
      NAMES,
    );
  }
}
