import { type AlertLevel, levelRank } from '@lvze/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../core/errors/domain-error.js';
import { type AuthUser, hasRole, seesWholeCity } from '../auth/auth-user.js';
import { isOwnUnit, restrictToOwnUnit } from '../auth/unit-scope.js';
import type { Alert } from './alert.entity.js';

/** A reporter sees their own unit's alerts only; staff and leaders see all (domain.md). */
export function restrictToScope(query: SelectQueryBuilder<Alert>, user: AuthUser, alias = 'a'): void {
  restrictToOwnUnit(query, user, alias);
}

export function isInScope(user: AuthUser, alert: Pick<Alert, 'unitId'>): boolean {
  return isOwnUnit(user, alert.unitId);
}

/** What a reporter asking for another unit's alerts is told they may not see (assertMayAskForUnit). */
export const ALERTS = { en: 'alerts', zh: '预警信息' };

export function assertMaySee(user: AuthUser, alert: Pick<Alert, 'unitId'>): void {
  if (!isInScope(user, alert)) {
    throw forbidden('This alert concerns another unit.', '该预警信息不属于本单位。');
  }
}

/** acknowledgeAlert: STAFF, a LEADER, or a REPORTER of the alert's unit. */
export function assertMayAcknowledge(user: AuthUser, alert: Pick<Alert, 'unitId'>): void {
  if (hasRole(user, 'STAFF', 'LEADER')) return;
  if (hasRole(user, 'REPORTER') && user.unitId !== null && alert.unitId === user.unitId) return;
  throw forbidden(
    'Only staff, a leader or a reporter of the unit concerned may acknowledge this alert.',
    '仅专项办工作人员、领导或被预警单位的填报员可签收该预警。',
  );
}

/**
 * Who is told of an alert (the notification rule): a reporter of their unit's alerts at
 * every level, staff (and the unit head) from WARNING, leaders at ACCOUNTABILITY. Null: nobody of
 * this role is told.
 */
export function lowestNotifiedLevel(user: AuthUser): AlertLevel | null {
  if (hasRole(user, 'REPORTER') && !seesWholeCity(user)) return 'REMINDER';
  if (hasRole(user, 'STAFF')) return 'WARNING';
  if (hasRole(user, 'LEADER')) return 'ACCOUNTABILITY';
  return null;
}

export function isNotified(user: AuthUser, alert: Pick<Alert, 'unitId' | 'level'>): boolean {
  const lowest = lowestNotifiedLevel(user);
  return lowest !== null && isInScope(user, alert) && levelRank(alert.level) >= levelRank(lowest);
}
