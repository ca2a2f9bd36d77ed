import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { WorkingCalendar, isIsoDate } from '@lvze/domain';
import { DataSource, Like } from 'typeorm';
import { badInput } from '../../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CalendarDay, type CalendarDayKind } from './calendar-day.entity.js';

// Overrides change a few times a year; other processes pick up an edit within this time.
const CACHE_MS = 60_000;

@Injectable()
export class CalendarService {
  private cached?: { calendar: WorkingCalendar; stamp: string; loadedAt: number };

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async calendar(): Promise<WorkingCalendar> {
    return (await this.current()).calendar;
  }

  /**
   * The calendar with a short fingerprint of the overrides it is built from, read together:
   * anything computed with a calendar (a stored assignment status) holds only while the stamp is the
   * same, so it must carry the stamp of the very calendar it was computed with.
   */
  async snapshot(): Promise<{ calendar: WorkingCalendar; stamp: string }> {
    return this.current();
  }

  private async current() {
    if (this.cached && Date.now() - this.cached.loadedAt < CACHE_MS) return this.cached;
    const days = await this.dataSource.getRepository(CalendarDay).find({ order: { date: 'ASC' } });
    const overrides = days.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? undefined }));
    const stamp = createHash('sha1')
      .update(JSON.stringify(overrides.map((o) => [o.date, o.kind])))
      .digest('hex');
    this.cached = { calendar: new WorkingCalendar(overrides), stamp, loadedAt: Date.now() };
    return this.cached;
  }

  overrides(year: number): Promise<CalendarDay[]> {
    return this.dataSource
      .getRepository(CalendarDay)
      .find({ where: { date: Like(`${year}-%`) }, order: { date: 'ASC' } });
  }

  async setDay(
    actor: AuthUser,
    date: string,
    kind: CalendarDayKind,
    name: string | null,
  ): Promise<CalendarDay> {
    if (!isIsoDate(date))
      throw badInput('date', `"${date}" is not a date like 2027-10-01.`, `“${date}”不是有效日期。`);
    const saved = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarDay, { date });
      const day = manager.create(CalendarDay, { date, kind, name });
      await manager.save(CalendarDay, day);
      await this.audit.record(manager, {
        actor,
        action: 'calendar.set',
        entity: 'CalendarDay',
        entityId: date,
        before,
        after: day,
      });
      return day;
    });
    this.cached = undefined;
    return saved;
  }

  async removeDay(actor: AuthUser, date: string): Promise<boolean> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarDay, { date });
      if (!before) return false;
      await manager.delete(CalendarDay, { date });
      await this.audit.record(manager, {
        actor,
        action: 'calendar.remove',
        entity: 'CalendarDay',
        entityId: date,
        before,
      });
      return true;
    });
    this.cached = undefined;
    return removed;
  }
}
