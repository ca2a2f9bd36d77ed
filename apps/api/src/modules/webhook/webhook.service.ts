import { Inject, Injectable } from '@nestjs/common';
import { toBeijingIso } from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { Clock } from '../../core/clock/clock.js';
import { insertMany } from '../../core/database/insert-many.js';
import { timeOrderedId } from '../../core/database/time-ordered-id.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import type { Alert } from '../alert/alert.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Unit } from '../organization/unit.entity.js';
import { type DeliveryStatus, WebhookDelivery } from './webhook-delivery.entity.js';

/** The webhook outbox: what to relay, the delivery log, and a manual retry. */
@Injectable()
export class WebhookService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  get configured(): boolean {
    return this.config.webhook !== undefined;
  }

  /** The receiver's origin, for the admin page (never the path or its query, which may hold a key). */
  get target(): string | null {
    return this.config.webhook ? new URL(this.config.webhook.url).origin : null;
  }

  /**
   * Queues one delivery per fired, escalated or reopened alert, inside the caller's transaction:
   * the relay happens if and only if the change is stored.
   */
  async enqueue(manager: EntityManager, changes: readonly { alert: Alert; kind: string }[]): Promise<void> {
    const relayed = changes.filter((c) => c.kind !== 'RESOLVED');
    if (!this.configured || !relayed.length) return;
    const unitIds = [...new Set(relayed.map((c) => c.alert.unitId))];
    const units = new Map(
      (
        await manager.find(Unit, { select: { id: true, code: true, name: true }, where: { id: In(unitIds) } })
      ).map((u) => [u.id, u]),
    );
    const now = this.clock.now();
    const rows: WebhookDelivery[] = relayed.map(({ alert, kind }) => {
      const unit = units.get(alert.unitId);
      return {
        id: timeOrderedId(),
        alertId: alert.id,
        event: kind,
        payload: {
          event: kind,
          occurredAt: toBeijingIso(now),
          alert: {
            id: alert.id,
            rule: alert.rule,
            level: alert.level,
            status: alert.status,
            period: alert.period,
            message: alert.message,
            firedAt: toBeijingIso(alert.firedAt),
            subjectType: alert.subjectType,
            subjectId: alert.subjectId,
            unit: { id: alert.unitId, code: unit?.code ?? null, name: unit?.name ?? null },
          },
        },
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: now,
        lastAttemptAt: null,
        lastStatusCode: null,
        lastError: null,
        deliveredAt: null,
        createdAt: now,
        version: 1,
      };
    });
    await insertMany(manager, WebhookDelivery, rows);
  }

  list(status: DeliveryStatus | undefined, limit: number): Promise<WebhookDelivery[]> {
    return this.dataSource.getRepository(WebhookDelivery).find({
      where: status ? { status } : {},
      order: { id: 'DESC' },
      take: limit,
    });
  }

  async counts(): Promise<Record<DeliveryStatus, number>> {
    const rows = await this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .select('d.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('d.status')
      .getRawMany<{ status: DeliveryStatus; count: string | number }>();
    const counts = { PENDING: 0, DELIVERED: 0, FAILED: 0 };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** Sends a failed delivery again at the next dispatch. */
  async retry(actor: AuthUser, id: string): Promise<WebhookDelivery> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(WebhookDelivery, { id });
      if (!before) throw notFound('Webhook delivery', '推送记录', id);
      if (before.status !== 'FAILED') {
        throw badInput('id', 'Only a failed delivery can be retried.', '只有推送失败的记录可以重新推送。');
      }
      await manager.update(
        WebhookDelivery,
        { id },
        { status: 'PENDING', nextAttemptAt: this.clock.now(), version: before.version + 1 },
      );
      const after = await manager.findOneByOrFail(WebhookDelivery, { id });
      await this.audit.record(manager, {
        actor,
        action: 'webhook.retry',
        entity: 'WebhookDelivery',
        entityId: id,
        before: { status: before.status, attempts: before.attempts },
        after: { status: after.status, attempts: after.attempts },
      });
      return after;
    });
  }
}
