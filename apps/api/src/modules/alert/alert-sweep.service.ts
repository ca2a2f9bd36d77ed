import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ALERT_LEVELS,
  AlertRecheck,
  DEFAULT_ALERT_THRESHOLDS,
  type EscalationDelays,
  expectedReportAlerts,
  type AlertWorkItem,
  type Cadence,
  type ExpectedAlert,
  type PeriodWindow,
  type WorkingCalendar,
  acceptedProgress,
  alertKey,
  alertMessage,
  beijingDate,
  beijingInstant,
  evaluatePeriod,
  expectedAlerts,
  levelRank,
  nextPeriod,
  pauseEscalation,
  periodBounds,
  periodWindow,
  periodsUpTo,
} from '@lvze/domain';
import { Brackets, DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { instantFromRaw } from '../../core/database/columns.js';
import { insertMany } from '../../core/database/insert-many.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { PUB_SUB, type PubSub } from '../../core/pubsub/pubsub.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { ExtensionService } from '../extension/extension.service.js';
import { WebhookService } from '../webhook/webhook.service.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Unit } from '../organization/unit.entity.js';
import { ContactPoint } from '../report/contact-point.entity.js';
import { ReportObligation, ReportSubmission, ReportTemplate } from '../report/report.entity.js';
import {
  type ProgressFiling,
  rejectedUpdateIds,
  ruleOf,
  spanOf,
  toPoints,
} from '../responsibility/assignment-progress.service.js';
import { AssignmentState, STATE_HOLDS, stateHoldsAt } from '../responsibility/assignment-state.entity.js';
import { Assignment, AssignmentReview, AssignmentUpdate } from '../responsibility/assignment.entity.js';
import { ResponsibilityItem, ResponsibilityList } from '../responsibility/responsibility.entity.js';
import { ProgressUpdate } from '../task/progress-update.entity.js';
import { Task, WeeklyPlan } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { Alert, AlertEvent, type AlertEventKind } from './alert.entity.js';
import { ALERT_FIRED } from './alert.topics.js';

export interface SweepResult {
  fired: number;
  escalated: number;
  resolved: number;
  /** Subjects whose rules were evaluated, and assignments skipped because their state still held. */
  evaluated: number;
  skipped: number;
}

// Subjects per page: memory stays bounded, and IN (...) lists stay far below both dialects' limits.
export const SWEEP_CHUNK = 500;
// Rows per multi-row INSERT: 17 columns × 200 rows stays under SQLite's 32,766 bound parameters.
const INSERT_CHUNK = 200;
// States written by one sweep past which PostgreSQL's statistics of them are refreshed at once.
const ANALYZE_AFTER_STATES = 1000;
// A deadlock or serialization failure between two sweeps is retried, not reported.
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 3;
const SUBJECT_LABEL_LENGTH = 24;

const truncate = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/** A change one sweep made, published once its transaction committed. */
type Change = { alert: Alert; kind: AlertEventKind };

/**
 * Reconciles stored alerts with what the rules of libs/domain expect as of an instant: fires new
 * ones, raises levels, reopens and resolves. Subjects are paged; each page is one transaction.
 */
@Injectable()
export class AlertSweepService {
  private readonly logger = new Logger('AlertSweep');
  // SQLite runs every transaction on one shared connection: sweeps in one process take turns there.
  private serial: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly extensions: ExtensionService,
    private readonly webhooks: WebhookService,
    @Inject(PUB_SUB) private readonly pubsub: PubSub,
  ) {}

  /** The sweep as of `asOf` (default now): only updates and reviews filed by then count. */
  runSweep(asOf: Date = this.clock.now()): Promise<SweepResult> {
    if (this.dataSource.options.type !== 'better-sqlite3') return this.sweep(asOf);
    const run = this.serial.then(() => this.sweep(asOf));
    this.serial = run.catch(() => undefined);
    return run;
  }

  private async sweep(asOf: Date): Promise<SweepResult> {
    const started = Date.now();
    const { calendar, stamp: calendarStamp } = await this.calendars.snapshot();
    const today = beijingDate(asOf);
    // Campaigns running on that day; a finished campaign's alerts stay as its last sweep left them.
    const campaigns = await this.dataSource.getRepository(Campaign).find({
      where: { startsOn: LessThanOrEqual(today) },
      order: { startsOn: 'DESC' },
    });
    const result: SweepResult = { fired: 0, escalated: 0, resolved: 0, evaluated: 0, skipped: 0 };
    const running = campaigns.filter((c) => c.endsOn >= today);
    // Unit names label the alerts of assignments and contact records.
    const units = await this.unitNames();
    for (const campaign of running) {
      await this.sweepTasks(campaign, asOf, calendar, result);
      await this.sweepAssignments(campaign, asOf, calendar, calendarStamp, units, result);
    }
    // Reports outlive a campaign's year (the annual report is due in January): every obligation,
    // on the ladder of the latest running campaign, or domain.md's when none runs.
    const delays = running.length ? running[0].settings : DEFAULT_ALERT_THRESHOLDS;
    await this.sweepReports(asOf, calendar, delays, units, result);
    this.logger.log(
      `Sweep as of ${asOf.toISOString()}: ${result.evaluated} subjects evaluated, ${result.skipped} skipped, fired ${result.fired}, escalated ${result.escalated}, resolved ${result.resolved} in ${Date.now() - started} ms`,
    );
    return result;
  }

  private async sweepTasks(
    campaign: Campaign,
    asOf: Date,
    calendar: WorkingCalendar,
    result: SweepResult,
  ): Promise<void> {
    for (let after = ''; ;) {
      const tasks = await this.dataSource
        .getRepository(Task)
        .createQueryBuilder('t')
        .where('t.campaign_id = :campaignId', { campaignId: campaign.id })
        .andWhere('t.id > :after', { after })
        .orderBy('t.id', 'ASC')
        .take(SWEEP_CHUNK)
        .getMany();
      if (!tasks.length) return;
      after = tasks[tasks.length - 1].id;
      result.evaluated += tasks.length;
      const ids = tasks.map((t) => t.id);
      const [updates, plans, stored, paused] = await Promise.all([
        this.dataSource.getRepository(ProgressUpdate).find({
          select: { taskId: true, week: true, percent: true, createdAt: true, id: true },
          where: { taskId: In(ids), createdAt: LessThanOrEqual(asOf) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
        this.dataSource.getRepository(WeeklyPlan).findBy({ taskId: In(ids) }),
        this.storedAlerts(ids),
        this.extensions.pausedTaskIds(ids, asOf),
      ]);
      const updatesBy = groupBy(updates, (u) => u.taskId);
      const plansBy = groupBy(plans, (p) => p.taskId);
      // Archived tasks, and tasks created after asOf, raise nothing: their open alerts resolve.
      const items: AlertWorkItem[] = tasks
        .filter((t) => !t.archived && t.createdAt.getTime() <= asOf.getTime())
        .map((t) => ({
          id: t.id,
          kind: 'TASK',
          unitId: t.leadUnitId,
          startsOn: t.startsOn,
          dueOn: t.dueOn,
          weeklyPlan: Object.fromEntries((plansBy.get(t.id) ?? []).map((p) => [p.week, p.plannedPercent])),
          updates: (updatesBy.get(t.id) ?? []).map((u) => ({
            week: u.week,
            percent: u.percent,
            createdAt: u.createdAt,
          })),
        }));
      const labels = new Map(tasks.map((t) => [t.id, `${t.code} ${t.title}`]));
      const expected = expectedAlerts(items, asOf, calendar, campaign.settings);
      await this.reconcile(stored, expected, labels, asOf, result, paused);
    }
  }

  /**
   * Assignments page by page, each with every obligation period up to today. One whose stored state
   * still holds at `asOf` (same basis, recheck instant not yet come) is skipped: its alerts are
   * what they were. Every other one is evaluated and its state stored. A replay's states hold too:
   * every filing after its instant is an instant of recheck, so they stop holding when one came.
   */
  private async sweepAssignments(
    campaign: Campaign,
    asOf: Date,
    calendar: WorkingCalendar,
    calendarStamp: string,
    units: ReadonlyMap<string, string>,
    result: SweepResult,
  ): Promise<void> {
    const lists = await this.dataSource.getRepository(ResponsibilityList).findBy({ campaignId: campaign.id });
    if (!lists.length) return;
    const items = await this.dataSource
      .getRepository(ResponsibilityItem)
      .findBy({ listId: In(lists.map((l) => l.id)) });
    if (!items.length) return;
    const span = spanOf(campaign);
    const today = beijingDate(asOf);
    const thresholds = campaign.settings;
    const recheck = new AlertRecheck(asOf, calendar, thresholds);
    // Every obligation period up to today, per item: the same for every unit carrying the item; and
    // when the next period opens (the current obligation changes then).
    const windows = new Map<string, PeriodWindow[]>();
    const nextOpens = new Map<string, Date[]>();
    for (const item of items) {
      const periods = periodsUpTo(today, item.cadence, span);
      windows.set(
        item.id,
        periods.map((p) => periodWindow(p, ruleOf(item), span, calendar)),
      );
      nextOpens.set(item.id, nextOpening(periods[periods.length - 1], item.cadence));
    }
    let written = 0;
    // Item by item, in id order (the item's index, then a sort of its units' rows at most), each
    // with whether its stored state still holds: two lookups per row, whatever the planner knows.
    for (const item of items) {
      for (let after = ''; ;) {
        const page = await this.dataSource
          .getRepository(Assignment)
          .createQueryBuilder('a')
          .select('a.id', 'id')
          .addSelect('a.item_id', 'itemId')
          .addSelect('a.unit_id', 'unitId')
          .addSelect('a.version', 'version')
          .addSelect('a.created_at', 'createdAt')
          .addSelect(
            `CASE WHEN EXISTS (SELECT 1 FROM assignment_state s INNER JOIN responsibility_item i ON i.id = a.item_id WHERE s.assignment_id = a.id AND ${STATE_HOLDS}) THEN 1 ELSE 0 END`,
            'holds',
          )
          .where('a.item_id = :itemId', { itemId: item.id })
          .andWhere('a.id > :after', { after })
          .setParameters(stateHoldsAt(campaign, calendarStamp, asOf))
          .orderBy('a.id', 'ASC')
          .limit(SWEEP_CHUNK)
          .getRawMany<{
            id: string;
            itemId: string;
            unitId: string;
            version: number | string;
            createdAt: Date | string;
            holds: number | string;
          }>();
        if (!page.length) break;
        after = page[page.length - 1].id;
        const assignments = page
          .filter((row) => Number(row.holds) !== 1)
          .map((row) => ({
            id: row.id,
            itemId: row.itemId,
            unitId: row.unitId,
            version: Number(row.version),
            createdAt: instantFromRaw(row.createdAt),
          }));
        result.skipped += page.length - assignments.length;
        if (!assignments.length) continue;
        result.evaluated += assignments.length;
        const ids = assignments.map((a) => a.id);
        // Every update and review, also those filed after asOf: the rules read only what was filed by
        // then, and a later filing is when the state stops holding.
        const [updates, reviews, stored] = await Promise.all([
          this.assignmentUpdatesOf(ids),
          this.dataSource.getRepository(AssignmentReview).find({
            select: { id: true, assignmentId: true, updateId: true, sufficient: true, createdAt: true },
            where: { assignmentId: In(ids) },
          }),
          this.storedAlerts(ids),
        ]);
        const updatesBy = groupBy(updates, (u) => u.assignmentId);
        const reviewsBy = groupBy(reviews, (r) => r.assignmentId);
        const workItems: AlertWorkItem[] = [];
        const labels = new Map<string, string>();
        const states: AssignmentState[] = [];
        for (const assignment of assignments) {
          labels.set(
            assignment.id,
            `${units.get(assignment.unitId) ?? ''} · ${truncate(item.content, SUBJECT_LABEL_LENGTH)}`,
          );
          if (assignment.createdAt.getTime() > asOf.getTime()) continue;
          const [known, later] = partition(
            reviewsBy.get(assignment.id) ?? [],
            (r) => r.createdAt.getTime() <= asOf.getTime(),
          );
          const points = toPoints(updatesBy.get(assignment.id) ?? [], rejectedUpdateIds(known));
          const periods = windows.get(item.id)!;
          const own: AlertWorkItem[] = periods.map((window, i) => {
            const currentPeriod = i === periods.length - 1;
            return {
              id: assignment.id,
              kind: 'ASSIGNMENT',
              unitId: assignment.unitId,
              startsOn: window.startsOn,
              dueOn: window.dueOn,
              duePeriod: item.cadence === 'ONCE' ? 'due' : `due:${window.period}`,
              // The current obligation is watched week by week (as its status is); an earlier one
              // that is still unfinished only for its due date.
              rules: currentPeriod ? undefined : ['OVERDUE', 'DUE_SOON'],
              catchUp: true,
              updates: acceptedProgress(points.filter((p) => p.period === window.period)),
            };
          });
          workItems.push(...own);
          states.push({
            assignmentId: assignment.id,
            status: evaluatePeriod(periods[periods.length - 1], points, asOf, calendar, thresholds).status,
            evaluatedAt: asOf,
            recheckAt: recheck.next(own, [...nextOpens.get(item.id)!, ...later.map((r) => r.createdAt)]),
            assignmentVersion: assignment.version,
            itemVersion: item.version,
            campaignVersion: campaign.version,
            calendarStamp,
          });
        }
        const expected = expectedAlerts(workItems, asOf, calendar, thresholds);
        await this.reconcile(stored, expected, labels, asOf, result, new Set(), async (manager) => {
          for (let i = 0; i < states.length; i += INSERT_CHUNK) {
            await manager.upsert(AssignmentState, states.slice(i, i + INSERT_CHUNK), ['assignmentId']);
          }
        });
        written += states.length;
      }
    }
    // PostgreSQL plans joins with the states on the table's statistics: right after a first sweep
    // filled it they still say "empty" until autovacuum comes by, and a join of every assignment with
    // them (the dashboard's) can be planned as a nested loop over the whole table: measured 150 s
    // instead of 0.1 s.
    if (written >= ANALYZE_AFTER_STATES && this.dataSource.options.type === 'postgres') {
      await this.dataSource.query('ANALYZE assignment_state');
    }
  }

  private async sweepReports(
    asOf: Date,
    calendar: WorkingCalendar,
    delays: EscalationDelays,
    units: ReadonlyMap<string, string>,
    result: SweepResult,
  ): Promise<void> {
    const templates = new Map(
      (
        await this.dataSource
          .getRepository(ReportTemplate)
          .find({ select: { id: true, name: true, filedBy: true } })
      ).map((t) => [t.id, t]),
    );
    const leadersUnits = await this.contactLeadersUnits();
    for (let after = ''; ;) {
      // Only obligations that may have an alert: due and not filed by asOf, or with one unresolved.
      // A filed or not yet due report with none has nothing to change, however many there are.
      const obligations = await this.dataSource
        .getRepository(ReportObligation)
        .createQueryBuilder('o')
        .select(['o.id', 'o.templateId', 'o.unitId', 'o.period', 'o.dueAt'])
        .where('o.id > :after', { after })
        .andWhere(
          new Brackets((mayAlert) =>
            mayAlert
              .where(
                'o.due_at <= :asOf AND NOT EXISTS (SELECT 1 FROM report_submission f WHERE f.obligation_id = o.id AND f.submitted_at <= :asOf)',
                { asOf },
              )
              .orWhere(
                'EXISTS (SELECT 1 FROM alert al WHERE al.subject_id = o.id AND al.status <> :resolved)',
                {
                  resolved: 'RESOLVED',
                },
              ),
          ),
        )
        .orderBy('o.id', 'ASC')
        .limit(SWEEP_CHUNK)
        .getMany();
      if (!obligations.length) return;
      after = obligations[obligations.length - 1].id;
      result.evaluated += obligations.length;
      const ids = obligations.map((o) => o.id);
      const [filings, stored] = await Promise.all([
        // The first filing by asOf: a replayed sweep sees the reports as they stood then.
        this.dataSource
          .getRepository(ReportSubmission)
          .createQueryBuilder('s')
          .select('s.obligation_id', 'obligationId')
          .addSelect('MIN(s.submitted_at)', 'firstSubmittedAt')
          .where('s.obligation_id IN (:...ids)', { ids })
          .andWhere('s.submitted_at <= :asOf', { asOf })
          .groupBy('s.obligation_id')
          .getRawMany<{ obligationId: string; firstSubmittedAt: string | Date }>(),
        this.storedAlerts(ids),
      ]);
      const filed = new Map(filings.map((f) => [f.obligationId, instantFromRaw(f.firstSubmittedAt)]));
      const labels = new Map<string, string>();
      const items = obligations.map((o) => {
        const template = templates.get(o.templateId);
        // A record the county's contact leader files (联系督导记录) is theirs to file, not the
        // county's: its alert goes to the leader's unit, and says which county it is about.
        const byLeader = template?.filedBy === 'CONTACT_LEADER' && leadersUnits.has(o.unitId);
        labels.set(
          o.id,
          `${template?.name ?? ''}${byLeader ? ` · ${units.get(o.unitId) ?? ''}` : ''}（${o.period}）`,
        );
        const unitId = byLeader ? leadersUnits.get(o.unitId)! : o.unitId;
        return { ...o, unitId, firstSubmittedAt: filed.get(o.id) ?? null };
      });
      const expected = expectedReportAlerts(items, asOf, calendar, delays);
      await this.reconcile(stored, expected, labels, asOf, result);
    }
  }

  /** What the rules read of the assignments' updates, raw: most of a full sweep's rows. */
  private async assignmentUpdatesOf(assignmentIds: string[]): Promise<ProgressFiling[]> {
    const rows = await this.dataSource
      .getRepository(AssignmentUpdate)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .addSelect('u.assignment_id', 'assignmentId')
      .addSelect('u.period', 'period')
      .addSelect('u.percent', 'percent')
      .addSelect('u.created_at', 'createdAt')
      .where('u.assignment_id IN (:...assignmentIds)', { assignmentIds })
      .getRawMany<{
        id: string;
        assignmentId: string;
        period: string;
        percent: number | string;
        createdAt: Date | string;
      }>();
    return rows.map((r) => ({ ...r, percent: Number(r.percent), createdAt: instantFromRaw(r.createdAt) }));
  }

  private async unitNames(): Promise<Map<string, string>> {
    const units = await this.dataSource.getRepository(Unit).find({ select: { id: true, name: true } });
    return new Map(units.map((u) => [u.id, u.name]));
  }

  /** Each county with a contact leader (联系点): the unit of the leader who files its records. */
  private async contactLeadersUnits(): Promise<Map<string, string>> {
    const rows = await this.dataSource
      .getRepository(ContactPoint)
      .createQueryBuilder('cp')
      .innerJoin(User, 'u', 'u.id = cp.leader_id')
      .select('cp.unit_id', 'unitId')
      .addSelect('u.unit_id', 'leaderUnitId')
      .where('u.unit_id IS NOT NULL')
      .getRawMany<{ unitId: string; leaderUnitId: string }>();
    return new Map(rows.map((r) => [r.unitId, r.leaderUnitId]));
  }

  /**
   * The stored alerts of a page's subjects, without their message, detail and acknowledgement: a
   * diff needs only keys, levels and statuses, and most of them do not change.
   */
  private storedAlerts(subjectIds: string[]): Promise<Alert[]> {
    return this.dataSource.getRepository(Alert).find({
      select: {
        id: true,
        rule: true,
        subjectType: true,
        subjectId: true,
        unitId: true,
        period: true,
        level: true,
        status: true,
        firedAt: true,
        escalatedAt: true,
        resolvedAt: true,
        version: true,
      },
      where: { subjectId: In(subjectIds) },
    });
  }

  /** One page's diff, written in one transaction, published after it commits. */
  private async reconcile(
    stored: Alert[],
    evaluated: ExpectedAlert[],
    labels: Map<string, string>,
    asOf: Date,
    result: SweepResult,
    // Subjects whose escalation is paused (a pending extension request): their levels do not rise.
    paused: ReadonlySet<string> = new Set(),
    // The page's own bookkeeping (assignment states), written in the same transaction.
    record?: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    const storedByKey = new Map(stored.map((a) => [alertKey(a), a]));
    const expected = pauseEscalation(evaluated, paused, (key) => storedByKey.get(key)?.level);
    const toInsert: Alert[] = [];
    const toReopen: [Alert, ExpectedAlert][] = [];
    const toEscalate: [Alert, ExpectedAlert][] = [];
    for (const alert of expected) {
      const existing = storedByKey.get(alertKey(alert));
      if (!existing) toInsert.push(this.newAlert(alert, labels.get(alert.subjectId) ?? '', asOf));
      else if (existing.status === 'RESOLVED') toReopen.push([existing, alert]);
      else if (levelRank(alert.level) > levelRank(existing.level)) toEscalate.push([existing, alert]);
    }
    const expectedKeys = new Set(expected.map(alertKey));
    const toResolve = [...storedByKey.values()].filter(
      (a) => a.status !== 'RESOLVED' && !expectedKeys.has(alertKey(a)),
    );
    if (!toInsert.length && !toReopen.length && !toEscalate.length && !toResolve.length && !record) return;

    const changes = await this.inTransaction(async (manager) => {
      const done: Change[] = [];
      const events: AlertEvent[] = [];
      const event = (alert: Alert, kind: AlertEventKind) => {
        done.push({ alert, kind });
        events.push({
          id: timeOrderedId(),
          alertId: alert.id,
          kind,
          level: alert.level,
          actorId: null,
          at: asOf,
          note: null,
        });
      };

      for (let i = 0; i < toInsert.length; i += INSERT_CHUNK) {
        const rows = toInsert.slice(i, i + INSERT_CHUNK);
        // ON CONFLICT DO NOTHING on the (rule, subject, period) key: a concurrent sweep that got
        // there first keeps its row, and only the rows this sweep really inserted count as fired.
        await insertMany(manager, Alert, rows, { ignoreConflicts: true });
        const ours = new Set(
          (await manager.find(Alert, { select: { id: true }, where: { id: In(rows.map((r) => r.id)) } })).map(
            (r) => r.id,
          ),
        );
        for (const row of rows) if (ours.has(row.id)) event(row, 'FIRED');
      }

      for (const [existing, alert] of toReopen) {
        const changed = {
          status: 'OPEN' as const,
          level: alert.level,
          message: alertMessage(labels.get(alert.subjectId) ?? '', alert),
          detail: alert.detail,
          resolvedAt: null,
          acknowledgedAt: null,
          acknowledgedById: null,
          acknowledgementNote: null,
        };
        const { affected } = await manager
          .createQueryBuilder()
          .update(Alert)
          .set(changed as never)
          .where('id = :id AND status = :resolved', { id: existing.id, resolved: 'RESOLVED' })
          .execute();
        if (affected) event({ ...existing, ...changed, version: existing.version + 1 }, 'REOPENED');
      }

      for (const [existing, alert] of toEscalate) {
        const lower = ALERT_LEVELS.slice(0, levelRank(alert.level));
        // A raised level goes to new people (domain.md ladder), so an acknowledged alert is open again.
        const changed = {
          status: 'OPEN' as const,
          level: alert.level,
          message: alertMessage(labels.get(alert.subjectId) ?? '', alert),
          detail: alert.detail,
          escalatedAt: asOf,
          acknowledgedAt: null,
          acknowledgedById: null,
          acknowledgementNote: null,
        };
        const { affected } = await manager
          .createQueryBuilder()
          .update(Alert)
          .set(changed as never)
          .where('id = :id AND status <> :resolved AND level IN (:...lower)', {
            id: existing.id,
            resolved: 'RESOLVED',
            lower,
          })
          .execute();
        if (affected) event({ ...existing, ...changed, version: existing.version + 1 }, 'ESCALATED');
      }

      // Resolving sets the same values on every row: one locked read (whole rows: the stored ones
      // lack their message) and one update per batch. The lock (PostgreSQL) makes the rows this
      // sweep resolves exactly the ones it counts; SQLite runs one writer at a time anyway.
      const postgres = this.dataSource.options.type === 'postgres';
      for (let i = 0; i < toResolve.length; i += INSERT_CHUNK) {
        const batch = toResolve.slice(i, i + INSERT_CHUNK);
        const read = manager
          .createQueryBuilder(Alert, 'a')
          .where('a.id IN (:...ids)', { ids: batch.map((a) => a.id) })
          .andWhere('a.status <> :resolved', { resolved: 'RESOLVED' });
        if (postgres) read.setLock('pessimistic_write');
        const open = await read.getMany();
        if (!open.length) continue;
        const changed = { status: 'RESOLVED' as const, resolvedAt: asOf };
        await manager
          .createQueryBuilder()
          .update(Alert)
          .set(changed)
          .where('id IN (:...ids)', { ids: open.map((a) => a.id) })
          .execute();
        for (const alert of open) event({ ...alert, ...changed, version: alert.version + 1 }, 'RESOLVED');
      }

      await insertMany(manager, AlertEvent, events);
      await this.webhooks.enqueue(manager, done);
      await record?.(manager);
      return done;
    });

    for (const { alert, kind } of changes) {
      if (kind === 'RESOLVED') result.resolved++;
      else if (kind === 'ESCALATED') result.escalated++;
      else result.fired++;
      if (kind !== 'RESOLVED') await this.pubsub.publish(ALERT_FIRED, alert);
    }
  }

  private newAlert(alert: ExpectedAlert, label: string, asOf: Date): Alert {
    return {
      id: timeOrderedId(),
      rule: alert.rule,
      subjectType: alert.subjectType,
      subjectId: alert.subjectId,
      unitId: alert.unitId,
      period: alert.period,
      level: alert.level,
      status: 'OPEN',
      message: alertMessage(label, alert),
      detail: alert.detail,
      firedAt: asOf,
      escalatedAt: null,
      resolvedAt: null,
      acknowledgedAt: null,
      acknowledgedById: null,
      acknowledgementNote: null,
      version: 1,
    };
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
        if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
        this.logger.warn(`Sweep page retried after ${code} (attempt ${attempt}).`);
      }
    }
  }
}

/** When the obligation after `period` opens, if the item recurs: its current obligation changes then. */
function nextOpening(period: string, cadence: Cadence): Date[] {
  if (cadence === 'ONCE') return [];
  const next = nextPeriod(period, cadence);
  return next ? [beijingInstant(periodBounds(next, cadence).startsOn)] : [];
}

function partition<T>(rows: T[], test: (row: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [yes, no];
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
