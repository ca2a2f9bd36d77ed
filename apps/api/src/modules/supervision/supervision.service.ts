import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { beijingDate, chineseDate, formatBeijing, isIsoDate, type TaskStatus } from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { OfficialDocument } from '../../core/documents/official-document.js';
import { badInput, DomainError, forbidden, notFound } from '../../core/errors/domain-error.js';
import type { GeneratedFile } from '../../core/graphql/file-download.model.js';
import { alignByKey, type RequestLoaders, rowByIdLoader } from '../../core/graphql/request-loaders.js';
import { Alert } from '../alert/alert.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, seesWholeCity } from '../auth/auth-user.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { CAMPAIGN_OFFICE, letterheadLines } from '../organization/commission.js';
import { Unit } from '../organization/unit.entity.js';
import { Assignment } from '../responsibility/assignment.entity.js';
import { ResponsibilityItem } from '../responsibility/responsibility.entity.js';
import { Task } from '../task/task.entity.js';
import { TaskProgressService } from '../task/task-progress.service.js';
import { TaskService, isTaskCodeCollision } from '../task/task.service.js';
import { User } from '../user/user.entity.js';
import type { IssueSupervisionOrderInput, SupervisionOrdersArgs } from './dto/supervision.inputs.js';
import { SupervisionOrder } from './supervision-order.entity.js';

/** Attempts before concurrent issuers are told to try again. */
const MAX_ISSUE_ATTEMPTS = 5;

/** The office's prefix in document numbers (发文字号): 桂纪专督〔2026〕1号. */
export const ORDER_NUMBER_PREFIX = '桂纪专督';

export const orderNumber = (year: number, serial: number) => `${ORDER_NUMBER_PREFIX}〔${year}〕${serial}号`;

/** The rectification task's code on the battle map: DB-2026-001. */
export const rectificationTaskCode = (year: number, serial: number) =>
  `DB-${year}-${String(serial).padStart(3, '0')}`;

/** Supervision orders (督办单): issued from accountability alerts, tracked as battle-map tasks. */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly tasks: TaskService,
    private readonly progress: TaskProgressService,
  ) {}

  /** Orders in the user's scope, newest first; `status` is the rectification task's status now. */
  async list(user: AuthUser, args: SupervisionOrdersArgs): Promise<SupervisionOrder[]> {
    if (args.unitId && !seesWholeCity(user) && args.unitId !== user.unitId) {
      throw forbidden('A reporter sees only their own unit’s orders.', '填报员只能查看本单位的督办单。');
    }
    const query = this.dataSource.getRepository(SupervisionOrder).createQueryBuilder('o');
    if (args.unitId) query.andWhere('o.unit_id = :unitId', { unitId: args.unitId });
    if (!seesWholeCity(user)) query.andWhere('o.unit_id = :scopeUnit', { scopeUnit: user.unitId ?? '' });
    const orders = await query.orderBy('o.issued_at', 'DESC').addOrderBy('o.serial', 'DESC').getMany();
    if (!args.status || !orders.length) return orders;
    const statuses = await this.statusesOf(orders.map((o) => o.taskId));
    return orders.filter((o) => statuses.get(o.taskId) === args.status);
  }

  async get(user: AuthUser, id: string): Promise<SupervisionOrder> {
    const order = await this.dataSource.getRepository(SupervisionOrder).findOneBy({ id });
    if (!order) throw notFound('SupervisionOrder', '督办单', id);
    if (!seesWholeCity(user) && order.unitId !== user.unitId) {
      throw forbidden('This order concerns another unit.', '该督办单不属于本单位。');
    }
    return order;
  }

  /**
   * Issues the order and creates its rectification task in one transaction: lead unit = the
   * alert's unit, due = the deadline, so weekly updates, status and alerts apply unchanged.
   */
  async issue(actor: AuthUser, input: IssueSupervisionOrderInput): Promise<SupervisionOrder> {
    const now = this.clock.now();
    const today = beijingDate(now);
    const year = Number(today.slice(0, 4));
    const campaign = await this.campaigns.resolve(undefined);
    const requirements = input.requirements.trim();
    if (!requirements) {
      throw badInput('requirements', 'Write the rectification requirements.', '请填写整改要求。');
    }
    if (!isIsoDate(input.rectifyBy) || input.rectifyBy < today || input.rectifyBy > campaign.endsOn) {
      throw badInput(
        'rectifyBy',
        `The rectification deadline must be a date from today (${today}) to the campaign's end (${campaign.endsOn}).`,
        `整改时限须在今天（${today}）至本年度专项治理结束（${campaign.endsOn}）之间。`,
      );
    }
    // Two issuers at once read the same highest serial; the unique keys let one commit and the
    // other runs again with the next number (or, for the same alert, is told it has its order).
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.issueOnce(actor, input, { now, today, year, campaign, requirements });
      } catch (error) {
        // A unique key (the order's number, its task's code) or createIn's own code check: another
        // issuer got there first with the year's next number.
        if (!isTaskCodeCollision(error)) throw error;
        if (attempt === MAX_ISSUE_ATTEMPTS) {
          throw new DomainError(
            'CONFLICT',
            'Other supervision orders were being issued at the same moment. Try again.',
            '同一时间有其他督办单正在下发，请重试。',
          );
        }
      }
    }
  }

  private issueOnce(
    actor: AuthUser,
    input: IssueSupervisionOrderInput,
    context: { now: Date; today: string; year: number; campaign: Campaign; requirements: string },
  ): Promise<SupervisionOrder> {
    const { now, today, year, campaign, requirements } = context;
    return this.dataSource.transaction(async (manager) => {
      const alert = await manager.findOneBy(Alert, { id: input.alertId });
      if (!alert) throw notFound('Alert', '预警信息', input.alertId);
      if (alert.level !== 'ACCOUNTABILITY') {
        throw badInput(
          'alertId',
          'Only an accountability-level alert can be turned into a supervision order.',
          '仅问责级预警可下发督办单。',
        );
      }
      const existing = await manager.findOneBy(SupervisionOrder, { alertId: alert.id });
      if (existing) {
        throw badInput(
          'alertId',
          `This alert already has supervision order ${existing.number}.`,
          `该预警已下发督办单（${existing.number}），一事一单。`,
        );
      }
      const leader = await manager.findOneBy(User, { id: input.leaderId });
      if (!leader || leader.disabled || !leader.roles.includes('LEADER')) {
        throw badInput(
          'leaderId',
          'The responsible leader must be an active leader account.',
          '责任领导须为有效的领导账号。',
        );
      }
      const matter = (input.matter?.trim() || (await this.matterOf(manager, alert))).slice(0, 300);
      const serial = await this.nextSerial(manager, year);
      const task = await this.tasks.createIn(manager, actor, campaign, {
        code: rectificationTaskCode(year, serial),
        title: `督办：${matter}`.slice(0, 200),
        leadUnitId: alert.unitId,
        startsOn: today < campaign.startsOn ? campaign.startsOn : today,
        dueOn: input.rectifyBy,
        category: '督办整改',
        description: requirements,
        leadLeader: leader.displayName.slice(0, 50),
      });
      const order = manager.create(SupervisionOrder, {
        id: randomUUID(),
        campaignId: campaign.id,
        year,
        serial,
        number: orderNumber(year, serial),
        alertId: alert.id,
        taskId: task.id,
        unitId: alert.unitId,
        matter,
        rectifyBy: input.rectifyBy,
        leaderId: leader.id,
        requirements,
        issuedById: actor.id,
        issuedAt: now,
      });
      await manager.insert(SupervisionOrder, order);
      await this.audit.record(manager, {
        actor,
        action: 'supervision.issue',
        entity: 'SupervisionOrder',
        entityId: order.id,
        after: order,
      });
      return order;
    });
  }

  /** Who may be named the responsible leader: active LEADER accounts, by name. */
  async leaders(): Promise<User[]> {
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.disabled = :disabled', { disabled: false })
      .andWhere('u.roles LIKE :leader', { leader: '%LEADER%' })
      .orderBy('u.display_name', 'ASC')
      .getMany();
    return users.filter((u) => u.roles.includes('LEADER'));
  }

  /** The order as an official .docx (督办单). */
  async document(user: AuthUser, id: string): Promise<GeneratedFile> {
    const order = await this.get(user, id);
    const manager = this.dataSource.manager;
    const [unit, leader, issuer, task, lines] = await Promise.all([
      manager.findOneByOrFail(Unit, { id: order.unitId }),
      manager.findOneByOrFail(User, { id: order.leaderId }),
      manager.findOneByOrFail(User, { id: order.issuedById }),
      manager.findOneByOrFail(Task, { id: order.taskId }),
      letterheadLines(manager),
    ]);
    const issuedOn = beijingDate(order.issuedAt);
    const content = await new OfficialDocument({
      issuer: lines,
      reference: order.number,
      title: '督 办 单',
    })
      .addressee(unit.name)
      .paragraph(
        `经预警监测，你单位下列事项已达问责级预警。现予督办，请于${chineseDate(order.rectifyBy)}前整改到位，并按周在“履责”系统填报整改进展，逾期未完成的将依规依纪追责问责。`,
      )
      .heading('督办事项')
      .fields([
        ['督办编号', order.number],
        ['督办事项', order.matter],
        ['责任单位', unit.name],
        ['整改时限', chineseDate(order.rectifyBy)],
        ['责任领导', leader.displayName],
        ['跟踪任务', `${task.code}（挂图作战任务，按周填报整改进展）`],
      ])
      .heading('整改要求')
      .paragraph(order.requirements)
      .heading('工作要求')
      .paragraph(
        '请责任单位主要负责同志亲自部署，逐项明确责任人和完成时限，整改完成后将整改报告及佐证材料报送专项治理办公室。',
      )
      .paragraph(`联系人：${issuer.displayName}`)
      .signature(CAMPAIGN_OFFICE, chineseDate(issuedOn))
      .toBuffer();
    return {
      filename: `督办单-${order.number}-${unit.name}-${formatBeijing(order.issuedAt, 'YYYYMMDD')}.docx`,
      content,
    };
  }

  /** The rectification task's status now, from the battle map's rules, for many orders at once. */
  statusLoader(loaders: RequestLoaders) {
    return loaders.for<string, TaskStatus>('supervision.status', async (taskIds) => {
      const statuses = await this.statusesOf(taskIds);
      return taskIds.map((id) => statuses.get(id)!);
    });
  }

  taskLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, Task);
  }

  alertLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, Alert);
  }

  /** The red header's lines, read once per request however many orders ask. */
  letterheadLoader(loaders: RequestLoaders) {
    return loaders.for<'letterhead', string[]>('supervision.letterhead', async (keys) => {
      const lines = await letterheadLines(this.dataSource.manager);
      return keys.map(() => lines);
    });
  }

  /** Order per alert, for the alert centre's 已督办 mark. */
  byAlertLoader(loaders: RequestLoaders) {
    return loaders.for<string, SupervisionOrder | null>('supervision.byAlert', async (alertIds) =>
      alignByKey(
        alertIds,
        await this.dataSource.getRepository(SupervisionOrder).findBy({ alertId: In([...alertIds]) }),
        (o) => o.alertId,
      ),
    );
  }

  private async statusesOf(taskIds: readonly string[]): Promise<Map<string, TaskStatus>> {
    const tasks = await this.dataSource.getRepository(Task).findBy({ id: In([...taskIds]) });
    const { evaluations } = await this.progress.evaluateMany(tasks);
    return new Map(tasks.map((t) => [t.id, evaluations.get(t.id)!.status]));
  }

  /** The matter as the alert's subject names it: the task's title, the list item's duty. */
  private async matterOf(manager: EntityManager, alert: Alert): Promise<string> {
    if (alert.subjectType === 'TASK') {
      const task = await manager.findOneBy(Task, { id: alert.subjectId });
      if (task) return `${task.code} ${task.title}`;
    }
    if (alert.subjectType === 'ASSIGNMENT') {
      const assignment = await manager.findOneBy(Assignment, { id: alert.subjectId });
      const item = assignment && (await manager.findOneBy(ResponsibilityItem, { id: assignment.itemId }));
      if (item) return item.content;
    }
    return alert.message;
  }

  private async nextSerial(manager: EntityManager, year: number): Promise<number> {
    const row = await manager
      .getRepository(SupervisionOrder)
      .createQueryBuilder('o')
      .select('MAX(o.serial)', 'max')
      .where('o.year = :year', { year })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }
}
