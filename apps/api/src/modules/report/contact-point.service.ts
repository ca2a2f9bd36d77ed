import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isPeriodOf } from '@lvze/domain';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Unit } from '../organization/unit.entity.js';
import { User } from '../user/user.entity.js';
import { ContactPoint } from './contact-point.entity.js';
import { ReportObligation, ReportTemplate } from './report.entity.js';

/** Contact points (联系点): which leader supervises which county, and whether each quarter's visit is on record. */
@Injectable()
export class ContactPointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ContactPoint[]> {
    return this.dataSource.getRepository(ContactPoint).find({ order: { leaderId: 'ASC', createdAt: 'ASC' } });
  }

  /** Links a leader to exactly these counties: links not listed are removed. STAFF. */
  async setForLeader(actor: AuthUser, leaderId: string, unitIds: string[]): Promise<ContactPoint[]> {
    const wanted = [...new Set(unitIds)];
    return this.dataSource.transaction(async (manager) => {
      const leader = await manager.findOneBy(User, { id: leaderId });
      if (!leader) throw notFound('User', '用户', leaderId);
      if (!leader.roles.includes('LEADER')) {
        throw badInput(
          'leaderId',
          `${leader.displayName} is not a leader.`,
          `${leader.displayName}不是领导账号。`,
        );
      }
      const counties = wanted.length ? await manager.findBy(Unit, { id: In(wanted), kind: 'COUNTY' }) : [];
      if (counties.length !== wanted.length) {
        throw badInput(
          'unitIds',
          'Contact points are county-level areas only.',
          '联系点只能是县（市、区）。',
        );
      }
      const before = await manager.findBy(ContactPoint, { leaderId });
      const keep = new Set(wanted);
      const removed = before.filter((c) => !keep.has(c.unitId));
      if (removed.length) await manager.delete(ContactPoint, { id: In(removed.map((c) => c.id)) });
      const have = new Set(before.map((c) => c.unitId));
      const now = this.clock.now();
      const added = wanted
        .filter((id) => !have.has(id))
        .map((unitId) =>
          manager.create(ContactPoint, { id: randomUUID(), leaderId, unitId, createdAt: now }),
        );
      if (added.length) await manager.insert(ContactPoint, added);
      const after = await manager.findBy(ContactPoint, { leaderId });
      await this.audit.record(manager, {
        actor,
        action: 'contactPoint.set',
        entity: 'User',
        entityId: leaderId,
        before: { unitIds: before.map((c) => c.unitId) },
        after: { unitIds: after.map((c) => c.unitId) },
      });
      return after;
    });
  }

  /**
   * Every county in a quarter with its leaders and the contact record filed by one of them, from
   * the template whose records contact leaders file (or the one named): three queries.
   */
  async coverage(quarter: string, templateId?: string) {
    if (!isPeriodOf(quarter, 'QUARTERLY')) {
      throw badInput(
        'quarter',
        `${quarter} is not a quarter like 2026-Q3.`,
        `${quarter} 不是季度（格式如 2026-Q3）。`,
      );
    }
    const template = await this.dataSource.getRepository(ReportTemplate).findOne({
      where: templateId ? { id: templateId } : { filedBy: 'CONTACT_LEADER', cadence: 'QUARTERLY' },
      order: { createdAt: 'ASC' },
    });
    const [counties, links, reports] = await Promise.all([
      this.dataSource
        .getRepository(Unit)
        .find({ where: { kind: 'COUNTY' }, order: { sortOrder: 'ASC', code: 'ASC' } }),
      this.dataSource.getRepository(ContactPoint).find(),
      template
        ? this.dataSource.getRepository(ReportObligation).findBy({ templateId: template.id, period: quarter })
        : Promise.resolve([]),
    ]);
    const leaderIds = [...new Set(links.map((l) => l.leaderId))];
    const leaders = leaderIds.length
      ? await this.dataSource.getRepository(User).findBy({ id: In(leaderIds) })
      : [];
    const leaderById = new Map(leaders.map((u) => [u.id, u]));
    const reportByUnit = new Map(reports.map((r) => [r.unitId, r]));
    return counties.map((unit) => {
      const report = reportByUnit.get(unit.id) ?? null;
      return {
        unit,
        leaders: links
          .filter((l) => l.unitId === unit.id)
          .map((l) => leaderById.get(l.leaderId)!)
          .filter(Boolean),
        report,
        filed: report !== null && (report.status === 'SUBMITTED' || report.status === 'ACCEPTED'),
      };
    });
  }
}
