import { Inject, Injectable } from '@nestjs/common';
import { ALERT_LEVELS, type AlertLevel, levelRank } from '@lvze/domain';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders, rowByIdLoader } from '../../core/graphql/request-loaders.js';
import { FilteredIterator, PUB_SUB, type PubSub } from '../../core/pubsub/pubsub.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { assertMayAskForUnit } from '../auth/unit-scope.js';
import { ReportObligation } from '../report/report.entity.js';
import { Assignment } from '../responsibility/assignment.entity.js';
import { Task } from '../task/task.entity.js';
import {
  ALERTS,
  assertMayAcknowledge,
  assertMaySee,
  isNotified,
  lowestNotifiedLevel,
  restrictToScope,
} from './alert-scope.js';
import { Alert, AlertEvent } from './alert.entity.js';
import { ALERT_FIRED } from './alert.topics.js';
import type { AlertsArgs } from './dto/alert.inputs.js';

const NAMES = { entity: 'alert', entityZh: '预警信息' };
const DEFAULT_LIMIT = 200;

/** The alert centre: lists, counts, acknowledgement and the live feed. The sweep lives apart. */
@Injectable()
export class AlertService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(PUB_SUB) private readonly pubsub: PubSub,
  ) {}

  /** Alerts in the user's scope, newest first; a reporter asking for another unit is FORBIDDEN. */
  list(user: AuthUser, args: AlertsArgs): Promise<Alert[]> {
    assertMayAskForUnit(user, args.unitId, ALERTS);
    const query = this.dataSource.getRepository(Alert).createQueryBuilder('a');
    if (args.status) query.andWhere('a.status = :status', { status: args.status });
    if (args.unitId) query.andWhere('a.unit_id = :unitId', { unitId: args.unitId });
    if (args.level) query.andWhere('a.level = :level', { level: args.level });
    if (args.rule) query.andWhere('a.rule = :rule', { rule: args.rule });
    if (args.subjectId) query.andWhere('a.subject_id = :subjectId', { subjectId: args.subjectId });
    restrictToScope(query, user);
    return query
      .orderBy('a.fired_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(args.limit ?? DEFAULT_LIMIT)
      .getMany();
  }

  async get(user: AuthUser, id: string): Promise<Alert> {
    const alert = await this.dataSource.getRepository(Alert).findOneBy({ id });
    if (!alert) throw notFound('Alert', '预警信息', id);
    assertMaySee(user, alert);
    return alert;
  }

  /** Unresolved alerts (open or acknowledged) in scope, per level, every level listed. */
  async counts(user: AuthUser, unitId?: string): Promise<{ level: AlertLevel; count: number }[]> {
    assertMayAskForUnit(user, unitId, ALERTS);
    const query = this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('a')
      .select('a.level', 'level')
      .addSelect('COUNT(*)', 'count')
      .where('a.status IN (:...unresolved)', { unresolved: ['OPEN', 'ACKNOWLEDGED'] })
      .groupBy('a.level');
    if (unitId) query.andWhere('a.unit_id = :unitId', { unitId });
    restrictToScope(query, user);
    const rows = await query.getRawMany<{ level: AlertLevel; count: string | number }>();
    const byLevel = new Map(rows.map((r) => [r.level, Number(r.count)]));
    return ALERT_LEVELS.map((level) => ({ level, count: byLevel.get(level) ?? 0 }));
  }

  /** The inbox badge: OPEN alerts this user is told of (see alert-scope: who hears which level). */
  async unreadCount(user: AuthUser): Promise<number> {
    const lowest = lowestNotifiedLevel(user);
    if (!lowest) return 0;
    const query = this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('a')
      .where('a.status = :open', { open: 'OPEN' })
      .andWhere('a.level IN (:...levels)', { levels: ALERT_LEVELS.slice(levelRank(lowest)) });
    restrictToScope(query, user);
    return query.getCount();
  }

  /** Acknowledged (签收) with an optional note; it still counts until the sweep resolves it. */
  async acknowledge(actor: AuthUser, id: string, note?: string): Promise<Alert> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Alert, { id });
      if (!before) throw notFound('Alert', '预警信息', id);
      assertMayAcknowledge(actor, before);
      if (before.status === 'RESOLVED') {
        throw badInput(
          'id',
          'This alert is already resolved; there is nothing to acknowledge.',
          '该预警已消除，无需签收。',
        );
      }
      const acknowledgementNote = note?.trim() || null;
      // Against the version read: a sweep escalating it meanwhile makes this CONFLICT, not a lost update.
      await updateIfVersion(
        manager,
        Alert,
        before,
        { status: 'ACKNOWLEDGED', acknowledgedAt: now, acknowledgedById: actor.id, acknowledgementNote },
        NAMES,
      );
      await manager.insert(AlertEvent, {
        id: timeOrderedId(),
        alertId: id,
        kind: 'ACKNOWLEDGED',
        level: before.level,
        actorId: actor.id,
        at: now,
        note: acknowledgementNote,
      });
      const after = await manager.findOneByOrFail(Alert, { id });
      await this.audit.record(manager, {
        actor,
        action: 'alert.acknowledge',
        entity: 'Alert',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * The live feed of fired and escalated alerts this user is told of, optionally for one unit.
   * Authorised here, with the subscriber's own user: a reporter hears only their unit.
   */
  subscribe(user: AuthUser, unitId?: string): AsyncIterableIterator<Alert> {
    assertMayAskForUnit(user, unitId, ALERTS);
    return new FilteredIterator(
      this.pubsub.asyncIterator(ALERT_FIRED),
      (alert) => (!unitId || alert.unitId === unitId) && isNotified(user, alert),
    );
  }

  historyLoader(loaders: RequestLoaders) {
    return loaders.for<string, AlertEvent[]>('alert.history', async (alertIds) => {
      const rows = await this.dataSource.getRepository(AlertEvent).find({
        where: { alertId: In([...alertIds]) },
        // Ids are UUIDv7: the order things happened, even when a replayed sweep's `at` is earlier.
        order: { id: 'ASC' },
      });
      return groupByKey(alertIds, rows, (e) => e.alertId);
    });
  }

  taskLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, Task);
  }

  assignmentLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, Assignment);
  }

  reportLoader(loaders: RequestLoaders) {
    return rowByIdLoader(loaders, this.dataSource, ReportObligation);
  }
}
