import { Injectable } from '@nestjs/common';
import {
  type ReportContent,
  type ReportForm,
  reportAttachmentIds,
  validateReportContent,
} from '@lvze/domain';
import { Brackets, DataSource, type EntityManager, In, LessThan, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { DomainError, badInput, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders, rowByIdLoader } from '../../core/graphql/request-loaders.js';
import { AuditService } from '../audit/audit.service.js';
import { StoredFile } from '../file/stored-file.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { OrganizationService } from '../organization/organization.service.js';
import { Unit } from '../organization/unit.entity.js';
import type {
  ReportObligationsArgs,
  ReviewReportInput,
  SaveReportDraftInput,
  SubmitReportInput,
} from './dto/report.inputs.js';
import { ContactPoint } from './contact-point.entity.js';
import { ReportTemplateService } from './report-template.service.js';
import { assertMayAskForUnit } from '../auth/unit-scope.js';
import { assertMayFile, assertMaySee, restrictToScope } from './report-scope.js';
import {
  ReportObligation,
  ReportReview,
  type ReportStatus,
  ReportSubmission,
  ReportTemplate,
  ReportTemplateVersion,
} from './report.entity.js';

const NAMES = { entity: 'report', entityZh: '报备' };
const OPEN: readonly ReportStatus[] = ['PENDING', 'RETURNED'];

export const isOverdue = (o: Pick<ReportObligation, 'status' | 'dueAt'>, now: Date): boolean =>
  OPEN.includes(o.status) && o.dueAt.getTime() < now.getTime();

export interface PeriodCounts {
  period: string;
  total: number;
  pending: number;
  submitted: number;
  returned: number;
  accepted: number;
  late: number;
  overdue: number;
}

/** Units' reports (报备): listing, drafts, filing and review. */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly templates: ReportTemplateService,
    private readonly organization: OrganizationService,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The reports the user may see, filtered; a reporter asking for another unit is FORBIDDEN. */
  async list(user: AuthUser, args: ReportObligationsArgs): Promise<ReportObligation[]> {
    assertMayAskForUnit(user, args.unitId, { en: 'reports', zh: '报备' });
    const query = this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .innerJoin(Unit, 'u', 'u.id = o.unit_id');
    if (args.unitId) query.andWhere('o.unit_id = :unitId', { unitId: args.unitId });
    if (args.status) query.andWhere('o.status = :status', { status: args.status });
    if (args.templateId) query.andWhere('o.template_id = :templateId', { templateId: args.templateId });
    if (args.period) query.andWhere('o.period = :period', { period: args.period });
    if (args.filedByMe) {
      query
        .innerJoin(ReportTemplate, 't', 't.id = o.template_id')
        .andWhere(
          new Brackets((mine) =>
            mine
              .where(`t.filed_by = 'UNIT' AND o.unit_id = :myUnit`, { myUnit: user.unitId ?? '' })
              .orWhere(
                `t.filed_by = 'CONTACT_LEADER' AND o.unit_id IN (SELECT cp.unit_id FROM contact_point cp WHERE cp.leader_id = :me)`,
                { me: user.id },
              ),
          ),
        );
    }
    if (args.overdue !== undefined && args.overdue !== null) {
      const overdue = { status: In([...OPEN]), dueAt: LessThan(this.clock.now()) };
      if (args.overdue) query.andWhere(overdue);
      else query.andWhere(`NOT (o.status IN ('PENDING', 'RETURNED') AND o.due_at < :nowAt)`, this.nowParam());
    }
    restrictToScope(query, user);
    return query
      .orderBy('o.due_at', 'ASC')
      .addOrderBy('u.sort_order', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  async get(user: AuthUser, id: string): Promise<ReportObligation> {
    const obligation = await this.dataSource.getRepository(ReportObligation).findOneBy({ id });
    if (!obligation) throw notFound('Report', '报备', id);
    assertMaySee(user, obligation);
    return obligation;
  }

  submissionsLoader(loaders: RequestLoaders) {
    return loaders.for<string, ReportSubmission[]>('report.submissions', async (ids) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(ReportSubmission)
          .find({ where: { obligationId: In([...ids]) }, order: { id: 'ASC' } }),
        (s) => s.obligationId,
      ),
    );
  }

  reviewsLoader(loaders: RequestLoaders) {
    return loaders.for<string, ReportReview[]>('report.reviews', async (ids) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(ReportReview)
          .find({ where: { obligationId: In([...ids]) }, order: { id: 'ASC' } }),
        (r) => r.obligationId,
      ),
    );
  }

  /** The counties each leader is the contact point of, batched per request. */
  contactUnitsLoader(loaders: RequestLoaders) {
    return loaders.for<string, Set<string>>('report.contactUnits', async (leaderIds) => {
      const links = await this.dataSource
        .getRepository(ContactPoint)
        .findBy({ leaderId: In([...leaderIds]) });
      return groupByKey(leaderIds, links, (l) => l.leaderId).map((own) => new Set(own.map((l) => l.unitId)));
    });
  }

  async saveDraft(actor: AuthUser, input: SaveReportDraftInput): Promise<ReportObligation> {
    const content = this.contentOf(input.content);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.openObligation(manager, actor, input.obligationId);
      const { form } = await manager.findOneByOrFail(ReportTemplateVersion, { id: before.templateVersionId });
      await this.checkAttachments(manager, actor, before, form, content);
      const draftSavedAt = this.clock.now();
      await updateIfVersion(
        manager,
        ReportObligation,
        { id: before.id, version: input.version ?? before.version },
        { draft: content, draftSavedAt },
        NAMES,
      );
      await this.audit.record(manager, {
        actor,
        action: 'report.saveDraft',
        entity: 'ReportObligation',
        entityId: before.id,
        // Drafts autosave as the reporter types: the trail notes each save and which fields it held;
        // the content itself is recorded in full when it is filed.
        before: { draftSavedAt: before.draftSavedAt },
        after: { draftSavedAt, fields: Object.keys(content) },
      });
      return manager.findOneByOrFail(ReportObligation, { id: before.id });
    });
  }

  /** Files a report: validated against the form it is filed on; PENDING or RETURNED → SUBMITTED. */
  async submit(actor: AuthUser, input: SubmitReportInput): Promise<ReportObligation> {
    const content = this.contentOf(input.content);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.openObligation(manager, actor, input.obligationId);
      const version = await manager.findOneByOrFail(ReportTemplateVersion, { id: before.templateVersionId });
      const [first, ...rest] = validateReportContent(version.form, content);
      if (first) {
        throw new DomainError('BAD_USER_INPUT', first.message, first.messageZh, {
          field: `content.${first.field}`,
          problems: [first, ...rest],
        });
      }
      const unclaimed = await this.checkAttachments(manager, actor, before, version.form, content);
      if (unclaimed.length) {
        await manager.update(
          StoredFile,
          { id: In(unclaimed) },
          { ownerType: 'ReportObligation', ownerId: before.id },
        );
      }
      const submittedAt = this.clock.now();
      const late = submittedAt.getTime() > before.dueAt.getTime();
      const submission = manager.create(ReportSubmission, {
        id: timeOrderedId(),
        obligationId: before.id,
        templateVersionId: version.id,
        content,
        submittedById: actor.id,
        submittedAt,
        late,
      });
      // JSON content does not fit TypeORM's deep-partial insert type.
      await manager.insert(ReportSubmission, submission as never);
      await updateIfVersion(
        manager,
        ReportObligation,
        { id: before.id, version: input.version ?? before.version },
        { status: 'SUBMITTED', submittedAt, late, draft: null, draftSavedAt: null },
        NAMES,
      );
      const after = await manager.findOneByOrFail(ReportObligation, { id: before.id });
      await this.audit.record(manager, {
        actor,
        action: before.status === 'RETURNED' ? 'report.resubmit' : 'report.submit',
        entity: 'ReportObligation',
        entityId: before.id,
        before: { status: before.status, submittedAt: before.submittedAt, late: before.late },
        after: { status: after.status, submittedAt, late, submissionId: submission.id, content },
      });
      return after;
    });
  }

  /** Staff accept a submitted report, or return it with what to fix. */
  async review(actor: AuthUser, input: ReviewReportInput): Promise<ReportObligation> {
    const comment = input.comment?.trim() ?? '';
    if (!input.accept && !comment) {
      throw badInput(
        'comment',
        'Say what the unit must fix before filing again.',
        '退回时请说明需要修改的内容。',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(ReportObligation, { id: input.obligationId });
      if (!before) throw notFound('Report', '报备', input.obligationId);
      if (before.status !== 'SUBMITTED') {
        throw badInput(
          'obligationId',
          `Only a submitted report can be reviewed; this one is ${before.status}.`,
          `只能审核已报送的报备（当前状态：${STATUS_ZH[before.status]}）。`,
        );
      }
      const submission = await manager.findOneOrFail(ReportSubmission, {
        where: { obligationId: before.id },
        order: { id: 'DESC' },
      });
      const review = manager.create(ReportReview, {
        id: timeOrderedId(),
        obligationId: before.id,
        submissionId: submission.id,
        accepted: input.accept,
        comment,
        reviewerId: actor.id,
        reviewedAt: this.clock.now(),
      });
      await manager.insert(ReportReview, review);
      await updateIfVersion(
        manager,
        ReportObligation,
        { id: before.id, version: input.version ?? before.version },
        { status: input.accept ? 'ACCEPTED' : 'RETURNED' },
        NAMES,
      );
      const after = await manager.findOneByOrFail(ReportObligation, { id: before.id });
      await this.audit.record(manager, {
        actor,
        action: input.accept ? 'report.accept' : 'report.return',
        entity: 'ReportObligation',
        entityId: before.id,
        before: { status: before.status },
        after: { status: after.status, review },
      });
      return after;
    });
  }

  /** Units × periods of a template in two queries: the cells, and the counts per period (GROUP BY). */
  async completeness(user: AuthUser, templateId: string, loaders: RequestLoaders) {
    const template = await this.templates.get(templateId);
    const cellsQuery = this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .select(['o.id', 'o.unitId', 'o.period', 'o.status', 'o.late', 'o.dueAt', 'o.submittedAt'])
      .where('o.template_id = :templateId', { templateId });
    restrictToScope(cellsQuery, user);
    const countsQuery = this.countsQuery(templateId);
    restrictToScope(countsQuery, user);
    const [rows, counts] = await Promise.all([
      cellsQuery.orderBy('o.period', 'ASC').getMany(),
      this.periodCounts(countsQuery),
    ]);
    const now = this.clock.now();
    const unitRows = await this.organization
      .unitLoader(loaders)
      .loadMany([...new Set(rows.map((r) => r.unitId))]);
    const units = (unitRows.filter((u) => u instanceof Unit) as Unit[]).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
    );
    return {
      template,
      periods: counts.map((c) => c.period),
      units,
      cells: rows.map((o) => ({
        obligationId: o.id,
        unitId: o.unitId,
        period: o.period,
        status: o.status,
        late: o.late,
        overdue: isOverdue(o, now),
        dueAt: o.dueAt,
        submittedAt: o.submittedAt,
      })),
      counts,
    };
  }

  /** Per period of a template: how many reports stand in each status, late and overdue. */
  countsQuery(templateId: string): SelectQueryBuilder<ReportObligation> {
    const sum = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    return this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .select('o.period', 'period')
      .addSelect('COUNT(*)', 'total')
      .addSelect(sum(`o.status = 'PENDING'`), 'pending')
      .addSelect(sum(`o.status = 'SUBMITTED'`), 'submitted')
      .addSelect(sum(`o.status = 'RETURNED'`), 'returned')
      .addSelect(sum(`o.status = 'ACCEPTED'`), 'accepted')
      .addSelect(sum('o.late = :yes'), 'late')
      .addSelect(sum(`o.status IN ('PENDING', 'RETURNED') AND o.due_at < :nowAt`), 'overdue')
      .where('o.template_id = :templateId', { templateId, ...this.nowParam(), yes: this.yesParam() })
      .groupBy('o.period')
      .orderBy('o.period', 'ASC');
  }

  async periodCounts(query: SelectQueryBuilder<ReportObligation>): Promise<PeriodCounts[]> {
    const rows = await query.getRawMany<Record<keyof PeriodCounts, string | number>>();
    return rows.map((r) => ({
      period: String(r.period),
      total: Number(r.total),
      pending: Number(r.pending),
      submitted: Number(r.submitted),
      returned: Number(r.returned),
      accepted: Number(r.accepted),
      late: Number(r.late),
      overdue: Number(r.overdue),
    }));
  }

  /** The clock as the due_at column stores it, for raw comparisons on either dialect. */
  private nowParam(): { nowAt: unknown } {
    const column = this.dataSource.getMetadata(ReportObligation).findColumnWithPropertyName('dueAt')!;
    return { nowAt: this.dataSource.driver.preparePersistentValue(this.clock.now(), column) };
  }

  private yesParam(): unknown {
    const column = this.dataSource.getMetadata(ReportObligation).findColumnWithPropertyName('late')!;
    return this.dataSource.driver.preparePersistentValue(true, column);
  }

  /** The report the actor may file now (PENDING or RETURNED), read inside the transaction. */
  private async openObligation(
    manager: EntityManager,
    actor: AuthUser,
    id: string,
  ): Promise<ReportObligation> {
    const obligation = await manager.findOneBy(ReportObligation, { id });
    if (!obligation) throw notFound('Report', '报备', id);
    const { filedBy } = await manager.findOneOrFail(ReportTemplate, {
      where: { id: obligation.templateId },
      select: { id: true, filedBy: true },
    });
    const isContactLeader =
      filedBy === 'CONTACT_LEADER' &&
      (await manager.existsBy(ContactPoint, { leaderId: actor.id, unitId: obligation.unitId }));
    assertMayFile(actor, obligation, filedBy, isContactLeader);
    if (!OPEN.includes(obligation.status)) {
      throw badInput(
        'obligationId',
        `This report is ${obligation.status.toLowerCase()}; it can be changed only while pending or returned.`,
        `该报备${STATUS_ZH[obligation.status]}，只有待报送或被退回的报备可以修改。`,
      );
    }
    return obligation;
  }

  /**
   * Attachments may be the actor's own new uploads or files this report already holds (a
   * resubmission keeps them); anything else names its field. Returns the new uploads to claim.
   */
  private async checkAttachments(
    manager: EntityManager,
    actor: AuthUser,
    obligation: ReportObligation,
    form: ReportForm,
    content: ReportContent,
  ): Promise<string[]> {
    const byField = reportAttachmentIds(form, content);
    const ids = [...new Set(Object.values(byField).flat())];
    if (!ids.length) return [];
    const files = await manager.findBy(StoredFile, { id: In(ids) });
    const usable = new Map(
      files
        .filter((f) =>
          f.ownerType === null
            ? f.uploadedById === actor.id
            : f.ownerType === 'ReportObligation' && f.ownerId === obligation.id,
        )
        .map((f) => [f.id, f]),
    );
    for (const [field, fieldIds] of Object.entries(byField)) {
      if (fieldIds.some((id) => !usable.has(id))) {
        throw badInput(
          `content.${field}`,
          'An attachment is missing, belongs to another record, or was uploaded by someone else. Upload it again.',
          '附件不存在、属于其他记录或非本人上传，请重新上传。',
        );
      }
    }
    return [...usable.values()].filter((f) => f.ownerType === null).map((f) => f.id);
  }

  /** Files by id; the fields that show them keep to the files the report holds. */
  filesLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, StoredFile);
  }

  private contentOf(value: unknown): ReportContent {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw badInput('content', 'The content must be an object of fields.', '报备内容格式不正确。');
    }
    return value as ReportContent;
  }
}

export const STATUS_ZH: Record<ReportStatus, string> = {
  PENDING: '待报送',
  SUBMITTED: '已报送',
  RETURNED: '已退回',
  ACCEPTED: '已通过',
};
