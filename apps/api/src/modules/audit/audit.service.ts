import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addDays, beijingInstant } from '@lvze/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actor: AuthUser | null;
  action: string;
  entity: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

const SECRET_FIELDS = new Set(['passwordHash']);

/** Copies a row for the trail without secrets. */
export function auditSnapshot(row: object | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_FIELDS.has(key)));
}

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Call inside the transaction of the change it describes, with that transaction's manager. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const event: AuditEvent = {
      id: randomUUID(),
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      at: this.clock.now(),
      before: auditSnapshot(entry.before),
      after: auditSnapshot(entry.after),
    };
    await manager.insert(AuditEvent, event as never);
  }

  /** Newest first; `from` and `to` are Beijing dates, both days included. */
  async list(filter: {
    entityId?: string;
    actorId?: string;
    entity?: string;
    action?: string;
    from?: string;
    to?: string;
    limit: number;
  }): Promise<AuditEvent[]> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.entityId) query.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.entity) query.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.at >= :from', { from: beijingInstant(filter.from) });
    if (filter.to) query.andWhere('e.at < :to', { to: beijingInstant(addDays(filter.to, 1)) });
    return query.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').take(filter.limit).getMany();
  }

  /** The actions and record kinds the trail holds, for the audit page's filters. */
  async filterOptions(): Promise<{ actions: string[]; entities: string[]; actorIds: string[] }> {
    const repository = this.dataSource.getRepository(AuditEvent);
    const distinct = (column: string) =>
      repository
        .createQueryBuilder('e')
        .select(`DISTINCT e.${column}`, 'value')
        .where(`e.${column} IS NOT NULL`)
        .orderBy('value')
        .getRawMany<{ value: string }>()
        .then((rows) => rows.map((r) => r.value));
    const [actions, entities, actorIds] = await Promise.all([
      distinct('action'),
      distinct('entity'),
      distinct('actorId'),
    ]);
    return { actions, entities, actorIds };
  }
}
