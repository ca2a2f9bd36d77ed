import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type ReportCadence,
  type ReportDueRule,
  type ReportForm,
  type WorkingCalendar,
  beijingDate,
  isIsoDate,
  reportDueAt,
  reportPeriodsOpenOn,
  validateReportForm,
} from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { insertMany } from '../../core/database/insert-many.js';
import { isUniqueViolation } from '../../core/database/unique-violation.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { DomainError, badInput, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders, rowByIdLoader } from '../../core/graphql/request-loaders.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Unit } from '../organization/unit.entity.js';
import type {
  CreateReportTemplateInput,
  ReportAudienceInput,
  ReportDueRuleInput,
  UpdateReportTemplateInput,
} from './dto/report.inputs.js';
import {
  type ReportAudience,
  ReportObligation,
  ReportTemplate,
  ReportTemplateVersion,
} from './report.entity.js';

const NAMES = { entity: 'report template', entityZh: '报备模板' };
// Ids per DELETE … IN (…), well under both dialects' bound-parameter limits.
const DELETE_CHUNK = 300;

/** The units an audience names: a union of kinds, tags, the functional departments and picks. */
export function audienceUnits<U extends Pick<Unit, 'id' | 'kind' | 'tags' | 'isFunctionalDepartment'>>(
  units: readonly U[],
  audience: ReportAudience,
): U[] {
  const kinds = new Set(audience.unitKinds);
  const tags = new Set(audience.tags);
  const picked = new Set(audience.unitIds);
  return units.filter(
    (u) =>
      kinds.has(u.kind) ||
      u.tags.some((t) => tags.has(t)) ||
      (audience.functionalDepartments && u.isFunctionalDepartment) ||
      picked.has(u.id),
  );
}

export const formProblem = (form: unknown): DomainError | null => {
  const [first, ...rest] = validateReportForm(form as ReportForm);
  if (!first) return null;
  return new DomainError('BAD_USER_INPUT', `Form: ${first.message}`, `表单：${first.messageZh}`, {
    field: `form.${first.field}`,
    problems: [first, ...rest],
  });
};

/** Templates (报备模板), their form versions, and the obligations they create ahead of each period. */
@Injectable()
export class ReportTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendars: CalendarService,
    private readonly campaigns: CampaignService,
  ) {}

  list(): Promise<ReportTemplate[]> {
    return this.dataSource.getRepository(ReportTemplate).find({ order: { createdAt: 'ASC', code: 'ASC' } });
  }

  async get(id: string): Promise<ReportTemplate> {
    const template = await this.dataSource.getRepository(ReportTemplate).findOneBy({ id });
    if (!template) throw notFound('Report template', '报备模板', id);
    return template;
  }

  templateLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, ReportTemplate);
  }

  versionLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, ReportTemplateVersion);
  }

  versionsLoader(loaders: RequestLoaders) {
    return loaders.for<string, ReportTemplateVersion[]>('report.templateVersions', async (templateIds) =>
      groupByKey(
        templateIds,
        await this.dataSource
          .getRepository(ReportTemplateVersion)
          .find({ where: { templateId: In([...templateIds]) }, order: { number: 'DESC' } }),
        (v) => v.templateId,
      ),
    );
  }

  async create(actor: AuthUser, input: CreateReportTemplateInput): Promise<ReportTemplate> {
    const dueRule = this.dueRuleOf(input.cadence, input.dueRule);
    const audience = this.audienceOf(input.audience);
    const problem = formProblem(input.form);
    if (problem) throw problem;
    const activeFrom = input.activeFrom ?? (await this.campaigns.resolve()).startsOn;
    this.checkSpan(activeFrom, input.activeUntil ?? null);
    const calendar = await this.calendars.calendar();
    return this.dataSource.transaction(async (manager) => {
      const code = input.code.trim();
      const codeTaken = () =>
        badInput('code', `A report template with code ${code} exists.`, `报备模板编号 ${code} 已存在。`);
      if (await manager.existsBy(ReportTemplate, { code })) throw codeTaken();
      await this.assertUnitsExist(manager, audience.unitIds);
      const now = this.clock.now();
      const templateId = randomUUID();
      const versionRow = manager.create(ReportTemplateVersion, {
        id: randomUUID(),
        templateId,
        number: 1,
        form: input.form as ReportForm,
        createdById: actor.id,
        createdAt: now,
      });
      await manager.insert(ReportTemplateVersion, versionRow);
      // Two staff creating the same code at once: the unique key lets one in, the other is told.
      await manager
        .insert(ReportTemplate, {
          id: templateId,
          code,
          name: input.name.trim(),
          cadence: input.cadence,
          dueRule,
          audience,
          filedBy: input.filedBy ?? 'UNIT',
          activeFrom,
          activeUntil: input.activeUntil ?? null,
          currentVersionId: versionRow.id,
          createdAt: now,
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? codeTaken() : error;
        });
      const after = await manager.findOneByOrFail(ReportTemplate, { id: templateId });
      const obligations = await this.ensureIn(manager, after, calendar, now);
      await this.audit.record(manager, {
        actor,
        action: 'reportTemplate.create',
        entity: 'ReportTemplate',
        entityId: templateId,
        after: { ...after, form: versionRow.form, obligations },
      });
      return after;
    });
  }

  async update(actor: AuthUser, input: UpdateReportTemplateInput): Promise<ReportTemplate> {
    if (input.form !== undefined) {
      const problem = formProblem(input.form);
      if (problem) throw problem;
    }
    const calendar = await this.calendars.calendar();
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(ReportTemplate, { id: input.id });
      if (!before) throw notFound('Report template', '报备模板', input.id);
      const dueRule = input.dueRule ? this.dueRuleOf(before.cadence, input.dueRule) : before.dueRule;
      const audience = input.audience ? this.audienceOf(input.audience) : before.audience;
      const activeUntil = input.activeUntil !== undefined ? input.activeUntil : before.activeUntil;
      this.checkSpan(before.activeFrom, activeUntil);
      await this.assertUnitsExist(manager, audience.unitIds);
      const now = this.clock.now();
      let currentVersionId = before.currentVersionId;
      let newVersion: ReportTemplateVersion | null = null;
      const current = await manager.findOneByOrFail(ReportTemplateVersion, { id: before.currentVersionId });
      if (input.form !== undefined && !sameJson(input.form, current.form)) {
        newVersion = manager.create(ReportTemplateVersion, {
          id: randomUUID(),
          templateId: before.id,
          number: current.number + 1,
          form: input.form as ReportForm,
          createdById: actor.id,
          createdAt: now,
        });
        await manager.insert(ReportTemplateVersion, newVersion);
        currentVersionId = newVersion.id;
      }
      await updateIfVersion(
        manager,
        ReportTemplate,
        { id: before.id, version: input.version },
        {
          ...(input.name !== undefined && { name: input.name.trim() }),
          ...(input.filedBy !== undefined && { filedBy: input.filedBy }),
          dueRule,
          audience,
          activeUntil,
          currentVersionId,
        },
        NAMES,
      );
      const after = await manager.findOneByOrFail(ReportTemplate, { id: before.id });
      const obligations = await this.ensureIn(manager, after, calendar, now, true);
      await this.audit.record(manager, {
        actor,
        action: 'reportTemplate.update',
        entity: 'ReportTemplate',
        entityId: before.id,
        before,
        after: {
          ...after,
          ...(newVersion && { form: newVersion.form, formVersion: newVersion.number }),
          obligations,
        },
      });
      return after;
    });
  }

  /** Every template's obligations up to the next period; idempotent (startup, daily timer). */
  async ensureAll(): Promise<number> {
    const calendar = await this.calendars.calendar();
    const templates = await this.list();
    let created = 0;
    for (const template of templates) {
      created += await this.dataSource.transaction(async (manager) => {
        const result = await this.ensureIn(manager, template, calendar, this.clock.now());
        if (result.created || result.removed) {
          await this.audit.record(manager, {
            actor: null,
            action: 'reportTemplate.ensureObligations',
            entity: 'ReportTemplate',
            entityId: template.id,
            after: result,
          });
        }
        return result.created;
      });
    }
    return created;
  }

  /**
   * Makes the template's obligations match its audience and periods open today: creates the
   * missing ones (on the current form), drops unfiled ones no longer required, and with `retime`
   * moves unfiled ones to the current due rule and form. Filed reports are never touched.
   */
  async ensureIn(
    manager: EntityManager,
    template: ReportTemplate,
    calendar: WorkingCalendar,
    now: Date,
    retime = false,
  ): Promise<{ created: number; removed: number }> {
    const units = await manager.find(Unit, {
      select: { id: true, kind: true, tags: true, isFunctionalDepartment: true },
    });
    const unitIds = audienceUnits(units, template.audience).map((u) => u.id);
    const periods = reportPeriodsOpenOn(
      template.cadence,
      template.activeFrom,
      template.activeUntil,
      beijingDate(now),
    );
    const existing = await manager.find(ReportObligation, {
      where: { templateId: template.id },
      select: { id: true, unitId: true, period: true, status: true },
    });
    const required = new Set(unitIds);
    const open = new Set(periods);
    const stale = existing
      .filter((o) => o.status === 'PENDING' && (!required.has(o.unitId) || !open.has(o.period)))
      .map((o) => o.id);
    for (let i = 0; i < stale.length; i += DELETE_CHUNK) {
      await manager.delete(ReportObligation, { id: In(stale.slice(i, i + DELETE_CHUNK)) });
    }
    const have = new Set(existing.map((o) => `${o.unitId}|${o.period}`));
    const dueAt = new Map(periods.map((p) => [p, reportDueAt(template.dueRule, p, calendar)]));
    const fresh: Partial<ReportObligation>[] = [];
    for (const period of periods) {
      for (const unitId of unitIds) {
        if (have.has(`${unitId}|${period}`)) continue;
        fresh.push({
          id: timeOrderedId(),
          templateId: template.id,
          templateVersionId: template.currentVersionId,
          unitId,
          period,
          dueAt: dueAt.get(period)!,
          status: 'PENDING',
          draft: null,
          draftSavedAt: null,
          submittedAt: null,
          late: false,
          createdAt: now,
        });
      }
    }
    // Another process may ensure at the same moment: the unique key keeps one row per report.
    await insertMany(manager, ReportObligation, fresh, { ignoreConflicts: true });
    if (retime) {
      for (const [period, at] of dueAt) {
        await manager.update(
          ReportObligation,
          { templateId: template.id, period, status: 'PENDING' },
          { dueAt: at, templateVersionId: template.currentVersionId },
        );
      }
    }
    return { created: fresh.length, removed: stale.length };
  }

  private dueRuleOf(cadence: ReportCadence, input: ReportDueRuleInput): ReportDueRule {
    if (cadence === 'ONCE') {
      if (input.kind !== 'FIXED_DATE' || !input.date || !isIsoDate(input.date)) {
        throw badInput(
          'dueRule.date',
          'A one-off report needs a fixed due date (FIXED_DATE with a date).',
          '一次性报备须设定截止日期。',
        );
      }
      return { kind: 'FIXED_DATE', date: input.date };
    }
    if (input.kind !== 'WORKING_DAYS_AFTER_PERIOD' || input.days === undefined || input.days === null) {
      throw badInput(
        'dueRule.days',
        'A recurring report is due a number of working days after each period (WORKING_DAYS_AFTER_PERIOD with days).',
        '周期性报备须设定每期结束后第几个工作日截止。',
      );
    }
    return { kind: 'WORKING_DAYS_AFTER_PERIOD', days: input.days };
  }

  private audienceOf(input: ReportAudienceInput): ReportAudience {
    const audience: ReportAudience = {
      unitKinds: [...new Set(input.unitKinds ?? [])],
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      functionalDepartments: input.functionalDepartments ?? false,
      unitIds: [...new Set(input.unitIds ?? [])],
    };
    if (
      !audience.unitKinds.length &&
      !audience.tags.length &&
      !audience.functionalDepartments &&
      !audience.unitIds.length
    ) {
      throw badInput(
        'audience',
        'Choose who files: unit kinds, tags, the functional departments or units.',
        '请选择报备单位：按单位类型、标签、职能部门或逐个勾选。',
      );
    }
    return audience;
  }

  private checkSpan(activeFrom: string, activeUntil: string | null): void {
    if (!isIsoDate(activeFrom)) {
      throw badInput('activeFrom', `"${activeFrom}" is not a date.`, `“${activeFrom}”不是有效日期。`);
    }
    if (activeUntil !== null && (!isIsoDate(activeUntil) || activeUntil < activeFrom)) {
      throw badInput(
        'activeUntil',
        `The end date must be a date on or after ${activeFrom}.`,
        `结束日期须不早于 ${activeFrom}。`,
      );
    }
  }

  private async assertUnitsExist(manager: EntityManager, unitIds: string[]): Promise<void> {
    if (!unitIds.length) return;
    const found = await manager.countBy(Unit, { id: In(unitIds) });
    if (found !== unitIds.length) {
      throw badInput(
        'audience.unitIds',
        'Some of the chosen units do not exist.',
        '所选单位中有不存在的单位。',
      );
    }
  }
}

/**
 * Whether two JSON values say the same, whatever the order of their keys: PostgreSQL's jsonb keeps
 * keys in its own order, so comparing serialisations would see every saved form as changed.
 */
function sameJson(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}
