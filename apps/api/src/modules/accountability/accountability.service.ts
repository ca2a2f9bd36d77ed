import { Injectable } from '@nestjs/common';
import {
  ACCOUNTABILITY_DECISIONS,
  ACCOUNTABILITY_DECISION_NAMES_ZH,
  type AccountabilityDecision,
  beijingDate,
  formatBeijing,
} from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import {
  addHeaderRow,
  addTitleRow,
  newWorkbook,
  setLedgerLayout,
  workbookBuffer,
} from '../../core/excel/ledger-sheet.js';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error.js';
import type { GeneratedFile } from '../../core/graphql/file-download.model.js';
import { groupByKey, type RequestLoaders, rowByIdLoader } from '../../core/graphql/request-loaders.js';
import { assertMayAskForUnit } from '../auth/unit-scope.js';
import { Alert } from '../alert/alert.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, seesWholeCity } from '../auth/auth-user.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Unit } from '../organization/unit.entity.js';
import { AccountabilityRecord } from './accountability-record.entity.js';
import type {
  AccountabilityRecordsArgs,
  RecordAccountabilityInput,
  UpdateAccountabilityRecordInput,
} from './dto/accountability.inputs.js';

const NAMES = { entity: 'accountability record', entityZh: '问责记录' };

type Decided = Pick<RecordAccountabilityInput, 'decision' | 'persons' | 'reason' | 'decidedOn'>;

/** Accountability decisions (问责记录): recorded by staff, listed, counted and exported. */
@Injectable()
export class AccountabilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
  ) {}

  /** Newest decision first; a reporter sees their own unit's only. */
  async list(user: AuthUser, args: AccountabilityRecordsArgs): Promise<AccountabilityRecord[]> {
    assertMayAskForUnit(user, args.unitId, { en: 'accountability decisions', zh: '问责记录' });
    const campaign = await this.campaigns.resolve(args.campaignId);
    const query = this.dataSource
      .getRepository(AccountabilityRecord)
      .createQueryBuilder('r')
      .where('r.campaign_id = :campaignId', { campaignId: campaign.id });
    const unitId = seesWholeCity(user) ? args.unitId : (user.unitId ?? '');
    if (unitId) query.andWhere('r.unit_id = :unitId', { unitId });
    if (args.decision) query.andWhere('r.decision = :decision', { decision: args.decision });
    return query.orderBy('r.decided_on', 'DESC').addOrderBy('r.id', 'DESC').getMany();
  }

  /** Decisions per kind in the campaign (every kind listed), counted in SQL for dashboards. */
  async counts(
    user: AuthUser,
    campaignId?: string,
  ): Promise<{ decision: AccountabilityDecision; count: number }[]> {
    const campaign = await this.campaigns.resolve(campaignId);
    const query = this.dataSource
      .getRepository(AccountabilityRecord)
      .createQueryBuilder('r')
      .select('r.decision', 'decision')
      .addSelect('COUNT(*)', 'count')
      .where('r.campaign_id = :campaignId', { campaignId: campaign.id })
      .groupBy('r.decision');
    if (!seesWholeCity(user)) query.andWhere('r.unit_id = :unitId', { unitId: user.unitId ?? '' });
    const rows = await query.getRawMany<{ decision: AccountabilityDecision; count: string | number }>();
    const byDecision = new Map(rows.map((r) => [r.decision, Number(r.count)]));
    return ACCOUNTABILITY_DECISIONS.map((decision) => ({ decision, count: byDecision.get(decision) ?? 0 }));
  }

  async record(actor: AuthUser, input: RecordAccountabilityInput): Promise<AccountabilityRecord> {
    const fields = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
      const unitId = await this.unitOf(manager, input);
      const campaign = await this.campaigns.resolve();
      const row: AccountabilityRecord = {
        id: timeOrderedId(),
        campaignId: campaign.id,
        alertId: input.alertId ?? null,
        unitId,
        ...fields,
        recordedById: actor.id,
        recordedAt: this.clock.now(),
        version: 1,
      };
      await manager.insert(AccountabilityRecord, row);
      await this.audit.record(manager, {
        actor,
        action: 'accountability.record',
        entity: 'AccountabilityRecord',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  }

  async update(actor: AuthUser, input: UpdateAccountabilityRecordInput): Promise<AccountabilityRecord> {
    const fields = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(AccountabilityRecord, { id: input.id });
      if (!before) throw notFound('Accountability record', '问责记录', input.id);
      await updateIfVersion(
        manager,
        AccountabilityRecord,
        { id: input.id, version: input.version },
        fields,
        NAMES,
      );
      const after = await manager.findOneByOrFail(AccountabilityRecord, { id: input.id });
      await this.audit.record(manager, {
        actor,
        action: 'accountability.update',
        entity: 'AccountabilityRecord',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  }

  /** The records of a campaign as an .xlsx ledger (问责台账), in the caller's scope. */
  async exportLedger(user: AuthUser, campaignId?: string): Promise<GeneratedFile> {
    const campaign = await this.campaigns.resolve(campaignId);
    const records = await this.list(user, { campaignId: campaign.id });
    const units = new Map(
      (
        await this.dataSource
          .getRepository(Unit)
          .findBy({ id: In([...new Set(records.map((r) => r.unitId))]) })
      ).map((u) => [u.id, u.name]),
    );
    const now = this.clock.now();
    const workbook = newWorkbook(now);
    const sheet = workbook.addWorksheet('问责记录');
    const columns = [
      { header: '序号', width: 6 },
      { header: '决定日期', width: 12 },
      { header: '被问责单位', width: 22 },
      { header: '被问责人员', width: 28 },
      { header: '问责方式', width: 14 },
      { header: '问责事由', width: 60 },
      { header: '登记时间', width: 18 },
    ];
    addTitleRow(sheet, `${campaign.name}问责记录台账`, columns.length);
    addHeaderRow(sheet, 2, columns);
    records.forEach((r, i) => {
      const row = sheet.addRow([
        i + 1,
        r.decidedOn,
        units.get(r.unitId) ?? '',
        r.persons,
        ACCOUNTABILITY_DECISION_NAMES_ZH[r.decision],
        r.reason,
        formatBeijing(r.recordedAt),
      ]);
      row.alignment = { vertical: 'top', wrapText: true };
    });
    setLedgerLayout(sheet, { columns: 3, rows: 2 }, 'A:C');
    return {
      filename: `${campaign.name}问责记录台账-${formatBeijing(now, 'YYYYMMDD-HHmm')}.xlsx`,
      content: await workbookBuffer(workbook),
    };
  }

  /** The records answering each alert, for the alert centre. */
  byAlertLoader(loaders: RequestLoaders) {
    return loaders.for<string, AccountabilityRecord[]>('accountability.byAlert', async (alertIds) =>
      groupByKey(
        alertIds,
        await this.dataSource
          .getRepository(AccountabilityRecord)
          .find({ where: { alertId: In([...alertIds]) }, order: { id: 'ASC' } }),
        (r) => r.alertId!,
      ),
    );
  }

  alertLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, Alert);
  }

  /** Trimmed and checked fields; a decision cannot be dated after today (Beijing). */
  private checked(input: Decided): Decided {
    const persons = input.persons.trim();
    const reason = input.reason.trim();
    if (!persons) throw badInput('persons', 'Name the persons held to account.', '请填写被问责人员。');
    if (!reason) throw badInput('reason', 'Give the reason for the decision.', '请填写问责事由。');
    if (input.decidedOn > beijingDate(this.clock.now())) {
      throw badInput('decidedOn', 'The decision date cannot be in the future.', '决定日期不能晚于今天。');
    }
    return { decision: input.decision, persons, reason, decidedOn: input.decidedOn };
  }

  /** The unit held to account: the alert's, when the record answers one. */
  private async unitOf(manager: EntityManager, input: RecordAccountabilityInput): Promise<string> {
    if (!input.alertId) {
      if (!input.unitId) throw badInput('unitId', 'Choose the unit held to account.', '请选择被问责单位。');
      if (!(await manager.existsBy(Unit, { id: input.unitId }))) throw notFound('Unit', '单位', input.unitId);
      return input.unitId;
    }
    const alert = await manager.findOneBy(Alert, { id: input.alertId });
    if (!alert) throw notFound('Alert', '预警信息', input.alertId);
    if (alert.level !== 'ACCOUNTABILITY') {
      throw badInput(
        'alertId',
        'Only an accountability-level alert leads to an accountability decision.',
        '只有问责级预警才能登记问责记录。',
      );
    }
    if (input.unitId && input.unitId !== alert.unitId) {
      throw forbidden(
        'The record must concern the unit the alert was addressed to.',
        '问责记录的单位须与预警单位一致。',
      );
    }
    return alert.unitId;
  }
}
