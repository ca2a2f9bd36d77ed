import { Injectable } from '@nestjs/common';
import {
  ACCOUNTABILITY_DECISIONS,
  ACCOUNTABILITY_DECISION_NAMES_ZH,
  ALERT_LEVELS,
  ALERT_LEVEL_NAMES_ZH,
  STATUS_PALETTE,
  TASK_STATUSES,
  type TaskStatus,
  addDays,
  addWeeks,
  beijingDate,
  beijingInstant,
  chineseDateOf,
  compareWeeks,
  formatBeijing,
  isIsoWeek,
  isoWeekOf,
  parseIsoWeek,
  weekMonday,
  weekSunday,
} from '@lvze/domain';
import { Between, DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { instantFromRaw } from '../../core/database/columns.js';
import { OfficialDocument } from '../../core/documents/official-document.js';
import { badInput } from '../../core/errors/domain-error.js';
import type { GeneratedFile } from '../../core/graphql/file-download.model.js';
import { AccountabilityRecord } from '../accountability/accountability-record.entity.js';
import { Alert } from '../alert/alert.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { CAMPAIGN_OFFICE, letterheadLines } from '../organization/commission.js';
import { Unit } from '../organization/unit.entity.js';
import { ReportObligation, ReportTemplate } from '../report/report.entity.js';
import { ProgressUpdate } from '../task/progress-update.entity.js';
import { TaskProgressService } from '../task/task-progress.service.js';
import { TaskService } from '../task/task.service.js';
import type {
  SlipReason,
  BulletinOverdueReportModel,
  BulletinTaskModel,
  BulletinUnitTasksModel,
  WeeklyBulletinModel,
} from './dto/bulletin.model.js';
import type { WeeklyBulletinArgs } from './dto/bulletin.inputs.js';

export type WeeklyBulletin = WeeklyBulletinModel;

const SLIP_REASON_ZH: Record<SlipReason, string> = {
  OVERDUE: '逾期未完成',
  BEHIND_PLAN: '落后计划',
  MISSED_UPDATES: '两周未填报',
};

/** The document lists this many overdue reports and counts the rest. */
const MAX_OVERDUE_LISTED = 100;

const round1 = (x: number) => Math.round(x * 10) / 10;
const percentOf = (part: number, whole: number) => (whole > 0 ? round1((part / whole) * 100) : null);
const weekEndOf = (sunday: string) => beijingInstant(addDays(sunday, 1)).getTime();
/** 11月23日 */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * The weekly bulletin (周通报): the campaign as it stood at the end of an ISO week. Task status is
 * evaluated by the battle map's service and rules as of the week's end; everything counted across
 * rows (on-time updates, alerts fired, decisions) is counted in the database.
 */
@Injectable()
export class BulletinService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly campaigns: CampaignService,
    private readonly tasks: TaskService,
    private readonly progress: TaskProgressService,
  ) {}

  async weeklyBulletin(user: AuthUser, args: WeeklyBulletinArgs): Promise<WeeklyBulletin> {
    const now = this.clock.now();
    const currentWeek = isoWeekOf(now);
    // The default is the last completed week: the one a Monday-morning bulletin reports on.
    const week = args.week ?? addWeeks(currentWeek, -1);
    if (!isIsoWeek(week) || compareWeeks(week, currentWeek) > 0) {
      throw badInput(
        'week',
        `${week} is not a week up to the current one (${currentWeek}).`,
        `${week} 不是有效周次（须不晚于本周 ${currentWeek}）。`,
      );
    }
    const startsOn = weekMonday(week);
    const endsOn = weekSunday(week);
    const weekStart = beijingInstant(startsOn);
    const asOf = new Date(Math.min(weekEndOf(endsOn) - 1, now.getTime()));
    const campaign = await this.campaigns.resolve(args.campaignId);

    const [all, calendar, issuer] = await Promise.all([
      this.tasks.list(user, { campaignId: campaign.id }),
      this.calendars.calendar(),
      letterheadLines(this.dataSource.manager),
    ]);
    // A task created after the week did not exist for it (e.g. a later supervision order's).
    const tasks = all.filter((t) => t.createdAt.getTime() <= asOf.getTime());
    const progress = await this.progress.progressOf(tasks.map((t) => t.id));
    const evaluations = new Map(
      tasks.map((t) => [
        t.id,
        this.progress.evaluate(t, progress.get(t.id)!, calendar, campaign.settings, asOf),
      ]),
    );
    const tally = new Map<TaskStatus, number>();
    for (const e of evaluations.values()) tally.set(e.status, (tally.get(e.status) ?? 0) + 1);

    // Whose update fell due this week: started by the deadline, not finished in an earlier week.
    const deadline = calendar.weeklyDeadline(week);
    const due =
      deadline && deadline.getTime() <= asOf.getTime()
        ? tasks.filter(
            (t) =>
              t.startsOn <= beijingDate(deadline) &&
              !progress.get(t.id)!.updates.some((u) => u.percent >= 100 && compareWeeks(u.week, week) < 0),
          )
        : [];

    const [updatesOnTime, alertsFired, decisions, decisionCounts, units] = await Promise.all([
      this.onTimeUpdates(
        week,
        due.map((t) => t.id),
        asOf,
      ),
      this.alertsFired(weekStart, asOf),
      this.dataSource.getRepository(AccountabilityRecord).find({
        where: { campaignId: campaign.id, decidedOn: Between(startsOn, endsOn) },
        order: { decidedOn: 'ASC', id: 'ASC' },
      }),
      this.decisionCounts(campaign.id, startsOn, endsOn),
      this.dataSource.getRepository(Unit).find({ order: { sortOrder: 'ASC' } }),
    ]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const overdue = await this.overdueReports(weekStart, asOf, unitById);

    const slipped = tasks.filter((t) => evaluations.get(t.id)!.status === 'SLIPPED');
    const slippedByUnit: BulletinUnitTasksModel[] = units
      .map((unit) => ({
        unit,
        tasks: slipped
          .filter((t) => t.leadUnitId === unit.id)
          .map((t): BulletinTaskModel => {
            const e = evaluations.get(t.id)!;
            return {
              id: t.id,
              code: t.code,
              title: t.title,
              leadLeader: t.leadLeader,
              dueOn: t.dueOn,
              percent: round1(e.percent),
              plannedPercent: round1(e.plannedPercent),
              reason:
                t.dueOn < beijingDate(asOf)
                  ? 'OVERDUE'
                  : e.plannedPercent - e.percent >= campaign.settings.slippedPoints
                    ? 'BEHIND_PLAN'
                    : 'MISSED_UPDATES',
            };
          }),
      }))
      .filter((group) => group.tasks.length > 0);

    return {
      week,
      startsOn,
      endsOn,
      asOf,
      campaign,
      issuer,
      dateline: chineseDateOf(now),
      taskTotal: tasks.length,
      taskStatusCounts: TASK_STATUSES.map((status) => ({ status, count: tally.get(status) ?? 0 })),
      completionRate: percentOf(tally.get('DONE') ?? 0, tasks.length) ?? 0,
      updatesDue: due.length,
      updatesOnTime,
      onTimeUpdateRate: percentOf(updatesOnTime, due.length),
      slippedByUnit,
      overdueReportCount: overdue.total,
      overdueReports: overdue.list,
      alertsFired,
      decisions,
      decisionCounts,
    };
  }

  /** The bulletin as the official .docx the commission circulates. */
  async weeklyBulletinDocument(user: AuthUser, args: WeeklyBulletinArgs): Promise<GeneratedFile> {
    const b = await this.weeklyBulletin(user, args);
    const { year, week } = parseIsoWeek(b.week)!;
    const count = (status: TaskStatus) => b.taskStatusCounts.find((c) => c.status === status)!.count;
    const units = new Map(
      (await this.dataSource.getRepository(Unit).findBy({ id: In(b.decisions.map((d) => d.unitId)) })).map(
        (u) => [u.id, u],
      ),
    );
    const alertTotal = b.alertsFired.reduce((sum, a) => sum + a.count, 0);
    const doc = new OfficialDocument({
      issuer: b.issuer,
      reference: `${year}年第${week}期`,
      title: '专项治理工作周通报',
      subtitle: `（${year}年第${week}周：${monthDay(b.startsOn)}—${monthDay(b.endsOn)}）`,
    });

    doc
      .heading('总体情况')
      .paragraph(
        `截至${monthDay(beijingDate(b.asOf))}${b.asOf.getTime() < weekEndOf(b.endsOn) - 1 ? formatBeijing(b.asOf, 'HH:mm') : ''}，${b.campaign.name}共有任务${b.taskTotal}项，` +
          TASK_STATUSES.map((s) => `${STATUS_PALETTE[s].zh}${count(s)}项`).join('、') +
          `，完成率${b.completionRate}%。` +
          (b.updatesDue
            ? `本周应填报周进度${b.updatesDue}项，按时填报${b.updatesOnTime}项，按时填报率${b.onTimeUpdateRate}%。`
            : '本周无应填报的周进度。'),
      );

    doc.heading('滞后任务');
    if (b.slippedByUnit.length) {
      const slippedCount = b.slippedByUnit.reduce((sum, g) => sum + g.tasks.length, 0);
      doc.paragraph(`本周共有${slippedCount}项任务滞后，涉及${b.slippedByUnit.length}个牵头单位，具体如下：`);
      doc.table(
        [
          { header: '牵头单位', weight: 2.2 },
          { header: '编号', weight: 1, align: 'center' },
          { header: '任务', weight: 3.5 },
          { header: '实际/计划进度（%）', weight: 2.2, align: 'center' },
          { header: '截止日期', weight: 2.1, align: 'center' },
          { header: '滞后情形', weight: 2.2 },
        ],
        // The unit on every row: a merged cell would leave the rows after a page break unnamed.
        b.slippedByUnit.flatMap((group) =>
          group.tasks.map((t) => [
            group.unit.name,
            t.code,
            t.title,
            `${t.percent} / ${t.plannedPercent}`,
            monthDay(t.dueOn),
            SLIP_REASON_ZH[t.reason],
          ]),
        ),
      );
    } else {
      doc.paragraph('本周无。');
    }

    doc.heading('逾期未报送报告');
    if (b.overdueReports.length) {
      doc.paragraph(
        `截至本周末，累计逾期未报送报告${b.overdueReportCount}份，其中本周新增${b.overdueReports.length}份：`,
      );
      doc.table(
        [
          { header: '单位', weight: 2 },
          { header: '报告', weight: 4 },
          { header: '期次', weight: 1.5, align: 'center' },
          { header: '截止时间', weight: 2.4, align: 'center' },
        ],
        b.overdueReports.map((r) => [
          r.unit.name,
          r.templateName,
          r.period,
          `${monthDay(beijingDate(r.dueAt))} ${formatBeijing(r.dueAt, 'HH:mm')}`,
        ]),
      );
    } else {
      doc.paragraph(
        b.overdueReportCount
          ? `截至本周末，累计逾期未报送报告${b.overdueReportCount}份，本周无新增。`
          : '本周无。',
      );
    }

    doc
      .heading('本周预警')
      .paragraph(
        alertTotal
          ? `本周新触发预警${alertTotal}条，其中` +
              ALERT_LEVELS.map(
                (level) =>
                  `${ALERT_LEVEL_NAMES_ZH[level]}${b.alertsFired.find((a) => a.level === level)?.count ?? 0}条`,
              ).join('、') +
              '。'
          : '本周无。',
      );

    doc.heading('问责情况');
    if (b.decisions.length) {
      doc.paragraph(
        `本周作出问责决定${b.decisions.length}起，其中` +
          b.decisionCounts
            .filter((c) => c.count > 0)
            .map(
              (c) =>
                `${ACCOUNTABILITY_DECISION_NAMES_ZH[c.decision as keyof typeof ACCOUNTABILITY_DECISION_NAMES_ZH]}${c.count}起`,
            )
            .join('、') +
          '。',
      );
      doc.table(
        [
          { header: '单位', weight: 2 },
          { header: '问责方式', weight: 1.6, align: 'center' },
          { header: '问责对象', weight: 2.4 },
          { header: '事由', weight: 4 },
          { header: '日期', weight: 1.6, align: 'center' },
        ],
        b.decisions.map((d) => [
          units.get(d.unitId)?.name ?? '',
          ACCOUNTABILITY_DECISION_NAMES_ZH[d.decision],
          d.persons,
          d.reason,
          monthDay(d.decidedOn),
        ]),
      );
    } else {
      doc.paragraph('本周无。');
    }

    doc
      .heading('工作要求')
      .paragraph(
        '各牵头单位要对照滞后任务逐项分析原因、制定措施，于下周五18:00前在“履责”系统填报整改进展；逾期未报送报告的单位要立即补报。对连续滞后、整改不力的，将依规依纪严肃追责问责。',
      )
      .signature(CAMPAIGN_OFFICE, b.dateline);

    return {
      filename: `专项治理工作周通报-${year}年第${week}周.docx`,
      content: await doc.toBuffer(),
    };
  }

  /** Due tasks with an on-time update for the week: one COUNT in the database. */
  private async onTimeUpdates(week: string, taskIds: string[], asOf: Date): Promise<number> {
    if (!taskIds.length) return 0;
    const row = await this.dataSource
      .getRepository(ProgressUpdate)
      .createQueryBuilder('pu')
      .select('COUNT(DISTINCT pu.task_id)', 'count')
      .where('pu.week = :week', { week })
      .andWhere('pu.late = :late', { late: false })
      .andWhere('pu.created_at <= :asOf', { asOf })
      .andWhere('pu.task_id IN (:...taskIds)', { taskIds })
      .getRawOne<{ count: string | number }>();
    return Number(row?.count ?? 0);
  }

  /** Alerts fired during the week, per current level (GROUP BY). */
  private async alertsFired(from: Date, to: Date) {
    const rows = await this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('a')
      .select('a.level', 'level')
      .addSelect('COUNT(*)', 'count')
      .where('a.fired_at >= :from AND a.fired_at <= :to', { from, to })
      .groupBy('a.level')
      .getRawMany<{ level: string; count: string | number }>();
    const byLevel = new Map(rows.map((r) => [r.level, Number(r.count)]));
    return ALERT_LEVELS.map((level) => ({ level, count: byLevel.get(level) ?? 0 }));
  }

  private async decisionCounts(campaignId: string, from: string, to: string) {
    const rows = await this.dataSource
      .getRepository(AccountabilityRecord)
      .createQueryBuilder('r')
      .select('r.decision', 'decision')
      .addSelect('COUNT(*)', 'count')
      .where('r.campaign_id = :campaignId', { campaignId })
      .andWhere('r.decided_on >= :from AND r.decided_on <= :to', { from, to })
      .groupBy('r.decision')
      .getRawMany<{ decision: string; count: string | number }>();
    const byDecision = new Map(rows.map((r) => [r.decision, Number(r.count)]));
    return ACCOUNTABILITY_DECISIONS.map((decision) => ({ decision, count: byDecision.get(decision) ?? 0 }));
  }

  /**
   * Reports past their due time with nothing filed by the week's end (as it stood then, so a later
   * filing does not rewrite an old bulletin): all of them counted, those that fell due this week
   * listed, oldest due first. A standing backlog is one number; the week's new ones are named.
   */
  private async overdueReports(weekStart: Date, asOf: Date, units: Map<string, Unit>) {
    const query = this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .innerJoin(ReportTemplate, 'rt', 'rt.id = o.template_id')
      .where('o.due_at < :asOf', { asOf })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM report_submission s WHERE s.obligation_id = o.id AND s.submitted_at <= :asOf)',
      );
    const [total, rows] = await Promise.all([
      query.clone().getCount(),
      query
        .clone()
        .select(['o.id AS id', 'o.unit_id AS "unitId"', 'o.period AS period', 'o.due_at AS "dueAt"'])
        .addSelect('rt.name', 'templateName')
        .andWhere('o.due_at >= :weekStart', { weekStart })
        .orderBy('o.due_at', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .limit(MAX_OVERDUE_LISTED)
        .getRawMany<{
          id: string;
          unitId: string;
          period: string;
          dueAt: Date | string;
          templateName: string;
        }>(),
    ]);
    const list: BulletinOverdueReportModel[] = rows.map((r) => ({
      id: r.id,
      unit: units.get(r.unitId)!,
      templateName: r.templateName,
      period: r.period,
      dueAt: instantFromRaw(r.dueAt),
    }));
    return { total, list };
  }
}
