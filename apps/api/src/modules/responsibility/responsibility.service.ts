import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Cadence, isIsoDate } from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { type DomainError, badInput, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Unit } from '../organization/unit.entity.js';
import { Assignment, AssignmentUpdate } from './assignment.entity.js';
import type {
  AssignItemInput,
  CreateResponsibilityItemInput,
  CreateResponsibilityListInput,
  ResponsibilityListsArgs,
  UpdateResponsibilityItemInput,
  UpdateResponsibilityListInput,
} from './dto/responsibility.inputs.js';
import { ResponsibilityItem, ResponsibilityList } from './responsibility.entity.js';

const LIST_NAMES = { entity: 'responsibility list', entityZh: '责任清单' };
const ITEM_NAMES = { entity: 'responsibility item', entityZh: '责任事项' };
const INSERT_CHUNK = 500;
export const CADENCE_LOCKED = () =>
  badInput(
    'cadence',
    'Units have already reported on this item by its cadence; add a new item instead.',
    '已有单位按原周期填报该事项，不能修改周期，请新增事项。',
  );

export type ItemDefinition = Pick<ResponsibilityItem, 'cadence' | 'dueOn' | 'dueWorkingDays'>;

/** Lists, items and who carries them: staff's side of the responsibility lists. */
@Injectable()
export class ResponsibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
  ) {}

  async lists(args: ResponsibilityListsArgs): Promise<ResponsibilityList[]> {
    const campaign = await this.campaigns.resolve(args.campaignId);
    return this.dataSource.getRepository(ResponsibilityList).find({
      where: { campaignId: campaign.id, ...(args.kind && { kind: args.kind }) },
      order: { seq: 'ASC', createdAt: 'ASC' },
    });
  }

  itemsLoader(loaders: RequestLoaders) {
    return loaders.for<string, ResponsibilityItem[]>('responsibility.listItems', async (listIds) => {
      const items = await this.dataSource.getRepository(ResponsibilityItem).find({
        where: { listId: In([...listIds]) },
        order: { seq: 'ASC' },
      });
      return groupByKey(listIds, items, (i) => i.listId);
    });
  }

  assignmentCountLoader(loaders: RequestLoaders) {
    return loaders.for<string, number>('responsibility.assignmentCount', async (itemIds) => {
      const rows = await this.dataSource
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .select('a.item_id', 'itemId')
        .addSelect('COUNT(*)', 'count')
        .where('a.item_id IN (:...itemIds)', { itemIds: [...itemIds] })
        .groupBy('a.item_id')
        .getRawMany<{ itemId: string; count: string | number }>();
      const counts = new Map(rows.map((r) => [r.itemId, Number(r.count)]));
      return itemIds.map((id) => counts.get(id) ?? 0);
    });
  }

  async createList(actor: AuthUser, input: CreateResponsibilityListInput): Promise<ResponsibilityList> {
    const campaign = await this.campaigns.resolve(input.campaignId);
    return this.dataSource.transaction((manager) => this.createListIn(manager, actor, campaign, input));
  }

  /** createResponsibilityList's rules and audit inside the caller's transaction; the import shares it. */
  async createListIn(
    manager: EntityManager,
    actor: AuthUser,
    campaign: Campaign,
    input: Pick<CreateResponsibilityListInput, 'kind' | 'title'>,
    action = 'responsibilityList.create',
  ): Promise<ResponsibilityList> {
    const last = await manager.findOne(ResponsibilityList, {
      where: { campaignId: campaign.id },
      order: { seq: 'DESC' },
    });
    const list = manager.create(ResponsibilityList, {
      id: randomUUID(),
      campaignId: campaign.id,
      kind: input.kind,
      title: input.title.trim(),
      seq: (last?.seq ?? 0) + 1,
      createdAt: this.clock.now(),
    });
    await manager.insert(ResponsibilityList, list);
    const after = await manager.findOneByOrFail(ResponsibilityList, { id: list.id });
    await this.audit.record(manager, {
      actor,
      action,
      entity: 'ResponsibilityList',
      entityId: list.id,
      after,
    });
    return after;
  }

  async updateList(actor: AuthUser, input: UpdateResponsibilityListInput): Promise<ResponsibilityList> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(ResponsibilityList, { id: input.id });
      if (!before) throw notFound('Responsibility list', '责任清单', input.id);
      await updateIfVersion(
        manager,
        ResponsibilityList,
        { id: before.id, version: input.version },
        { title: input.title.trim() },
        LIST_NAMES,
      );
      const after = await manager.findOneByOrFail(ResponsibilityList, { id: before.id });
      await this.audit.record(manager, {
        actor,
        action: 'responsibilityList.update',
        entity: 'ResponsibilityList',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  async createItem(actor: AuthUser, input: CreateResponsibilityItemInput): Promise<ResponsibilityItem> {
    return this.dataSource.transaction(async (manager) => {
      const list = await manager.findOneBy(ResponsibilityList, { id: input.listId });
      if (!list) throw notFound('Responsibility list', '责任清单', input.listId);
      return this.createItemIn(manager, actor, list, input);
    });
  }

  /**
   * createResponsibilityItem's rules and audit inside the caller's transaction; the import shares
   * it and may give the number (seq) the file uses, otherwise the item goes at the end of the list.
   */
  async createItemIn(
    manager: EntityManager,
    actor: AuthUser,
    list: ResponsibilityList,
    input: Omit<CreateResponsibilityItemInput, 'listId'> & { seq?: number },
    action = 'responsibilityItem.create',
  ): Promise<ResponsibilityItem> {
    const campaign = await this.campaigns.resolve(list.campaignId);
    const definition: ItemDefinition = {
      cadence: input.cadence,
      dueOn: input.dueOn ?? null,
      dueWorkingDays: input.dueWorkingDays ?? 5,
    };
    this.validateDefinition(campaign, definition);
    const last = input.seq
      ? null
      : await manager.findOne(ResponsibilityItem, { where: { listId: list.id }, order: { seq: 'DESC' } });
    const item = manager.create(ResponsibilityItem, {
      id: randomUUID(),
      listId: list.id,
      seq: input.seq ?? (last?.seq ?? 0) + 1,
      content: input.content.trim(),
      evidenceExpected: input.evidenceExpected?.trim() ?? '',
      createdAt: this.clock.now(),
      ...definition,
    });
    await manager.insert(ResponsibilityItem, item);
    const after = await manager.findOneByOrFail(ResponsibilityItem, { id: item.id });
    await this.audit.record(manager, {
      actor,
      action,
      entity: 'ResponsibilityItem',
      entityId: item.id,
      after,
    });
    return after;
  }

  async updateItem(actor: AuthUser, input: UpdateResponsibilityItemInput): Promise<ResponsibilityItem> {
    return this.dataSource.transaction((manager) => this.updateItemIn(manager, actor, input));
  }

  /** updateResponsibilityItem's rules and audit inside the caller's transaction; the import shares it. */
  async updateItemIn(
    manager: EntityManager,
    actor: AuthUser,
    input: UpdateResponsibilityItemInput,
    action = 'responsibilityItem.update',
  ): Promise<ResponsibilityItem> {
    const before = await manager.findOneBy(ResponsibilityItem, { id: input.id });
    if (!before) throw notFound('Responsibility item', '责任事项', input.id);
    const list = await manager.findOneByOrFail(ResponsibilityList, { id: before.listId });
    const campaign = await this.campaigns.resolve(list.campaignId);
    const definition: ItemDefinition = {
      cadence: input.cadence ?? before.cadence,
      dueOn: input.dueOn !== undefined ? input.dueOn : before.dueOn,
      dueWorkingDays: input.dueWorkingDays ?? before.dueWorkingDays,
    };
    // A cadence that changes moves dueOn's meaning too: a MONTHLY item drops a ONCE date.
    if (input.cadence && input.dueOn === undefined && !this.takesDueOn(definition.cadence)) {
      definition.dueOn = null;
    }
    this.validateDefinition(campaign, definition);
    if (definition.cadence !== before.cadence && (await this.hasUpdates(manager, before.id))) {
      throw CADENCE_LOCKED();
    }
    await updateIfVersion(
      manager,
      ResponsibilityItem,
      { id: before.id, version: input.version },
      {
        ...definition,
        ...(input.content !== undefined && { content: input.content.trim() }),
        ...(input.evidenceExpected !== undefined && { evidenceExpected: input.evidenceExpected.trim() }),
      },
      ITEM_NAMES,
    );
    const after = await manager.findOneByOrFail(ResponsibilityItem, { id: before.id });
    await this.audit.record(manager, {
      actor,
      action,
      entity: 'ResponsibilityItem',
      entityId: before.id,
      before,
      after,
    });
    return after;
  }

  /**
   * Bulk assignment: the units matching every filter given, plus the hand-picked ones. Idempotent:
   * units already carrying the item keep their assignment, its history and version untouched.
   */
  async assignItem(
    actor: AuthUser,
    input: AssignItemInput,
  ): Promise<{ created: number; existing: number; assignments: Assignment[] }> {
    const filtered =
      input.unitKind !== undefined || input.tag !== undefined || input.functionalDepartmentsOnly;
    if (!filtered && !input.unitIds?.length) {
      throw badInput(
        'unitIds',
        'Choose the units: a unit kind, a tag, the functional departments, or a list of units.',
        '请选择责任单位：按单位类型、标签、职能部门或逐个勾选。',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(ResponsibilityItem, { id: input.itemId });
      if (!item) throw notFound('Responsibility item', '责任事项', input.itemId);
      const units = await manager.find(Unit, { order: { sortOrder: 'ASC', code: 'ASC' } });
      const picked = new Set(input.unitIds ?? []);
      const known = new Set(units.map((u) => u.id));
      const unknown = [...picked].find((id) => !known.has(id));
      if (unknown) throw badInput('unitIds', `Unit ${unknown} does not exist.`, `单位不存在（${unknown}）。`);
      const selected = units.filter(
        (u) =>
          picked.has(u.id) ||
          (filtered &&
            (input.unitKind === undefined || u.kind === input.unitKind) &&
            (input.tag === undefined || u.tags.includes(input.tag)) &&
            (!input.functionalDepartmentsOnly || u.isFunctionalDepartment)),
      );
      const already = new Set(
        (await manager.find(Assignment, { where: { itemId: item.id }, select: { unitId: true } })).map(
          (a) => a.unitId,
        ),
      );
      const now = this.clock.now();
      const fresh = selected
        .filter((u) => !already.has(u.id))
        .map((u) =>
          manager.create(Assignment, { id: randomUUID(), itemId: item.id, unitId: u.id, createdAt: now }),
        );
      for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
        await manager.insert(Assignment, fresh.slice(i, i + INSERT_CHUNK));
      }
      if (fresh.length) {
        await this.audit.record(manager, {
          actor,
          action: 'responsibilityItem.assign',
          entity: 'ResponsibilityItem',
          entityId: item.id,
          after: { assignments: fresh.map((a) => ({ id: a.id, unitId: a.unitId })) },
        });
      }
      const order = new Map(selected.map((u, i) => [u.id, i]));
      const assignments = (await manager.find(Assignment, { where: { itemId: item.id } }))
        .filter((a) => order.has(a.unitId))
        .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
      return { created: fresh.length, existing: selected.length - fresh.length, assignments };
    });
  }

  private takesDueOn(cadence: Cadence): boolean {
    return cadence === 'ONCE' || cadence === 'YEARLY';
  }

  private validateDefinition(campaign: Campaign, d: ItemDefinition): void {
    const [problem] = this.definitionProblems(campaign, d);
    if (problem) throw problem;
  }

  /** What is wrong with an item's due rule, without throwing: the import lists it per row. */
  definitionProblems(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>, d: ItemDefinition): DomainError[] {
    if (d.cadence === 'ONCE' && !d.dueOn) {
      return [badInput('dueOn', 'A one-off item needs a due date.', '一次性事项须填写截止日期。')];
    }
    if (d.dueOn && !this.takesDueOn(d.cadence)) {
      return [
        badInput(
          'dueOn',
          `A ${d.cadence.toLowerCase()} item is due a number of working days after each period (dueWorkingDays), not on a date.`,
          '按月、按季度事项按每期结束后若干工作日截止，不填写截止日期。',
        ),
      ];
    }
    if (d.dueOn && (!isIsoDate(d.dueOn) || d.dueOn < campaign.startsOn || d.dueOn > campaign.endsOn)) {
      return [
        badInput(
          'dueOn',
          `The due date must fall within the campaign (${campaign.startsOn} to ${campaign.endsOn}).`,
          `截止日期须在本年度专项治理期间（${campaign.startsOn} 至 ${campaign.endsOn}）内。`,
        ),
      ];
    }
    return [];
  }

  /** Items (of those given) that units have reported on: their cadence can no longer change. */
  async reportedItemIds(itemIds: string[]): Promise<Set<string>> {
    if (!itemIds.length) return new Set();
    const rows = await this.dataSource
      .getRepository(AssignmentUpdate)
      .createQueryBuilder('u')
      .innerJoin(Assignment, 'a', 'a.id = u.assignment_id')
      .select('DISTINCT a.item_id', 'itemId')
      .where('a.item_id IN (:...itemIds)', { itemIds })
      .getRawMany<{ itemId: string }>();
    return new Set(rows.map((r) => r.itemId));
  }

  private async hasUpdates(manager: EntityManager, itemId: string): Promise<boolean> {
    return manager
      .getRepository(AssignmentUpdate)
      .createQueryBuilder('u')
      .innerJoin(Assignment, 'a', 'a.id = u.assignment_id')
      .where('a.item_id = :itemId', { itemId })
      .getExists();
  }
}
