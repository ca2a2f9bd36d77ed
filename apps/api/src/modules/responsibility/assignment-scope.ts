import type { SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../core/errors/domain-error.js';
import { type AuthUser, hasRole, seesWholeCity } from '../auth/auth-user.js';
import type { Assignment } from './assignment.entity.js';

/** A reporter sees their own unit's assignments only; staff and leaders see all (domain.md). */
export function restrictToScope(query: SelectQueryBuilder<Assignment>, user: AuthUser, alias = 'a'): void {
  if (seesWholeCity(user)) return;
  query.andWhere(`${alias}.unit_id = :scopeUnit`, { scopeUnit: user.unitId ?? '' });
}

export function assertMaySee(user: AuthUser, assignment: Pick<Assignment, 'unitId'>): void {
  if (seesWholeCity(user) || (user.unitId !== null && assignment.unitId === user.unitId)) return;
  throw forbidden('This responsibility belongs to another unit.', '该责任事项不属于本单位。');
}

/** updateAssignment: STAFF, or a REPORTER of the assignment's unit. */
export function assertMayUpdate(user: AuthUser, assignment: Pick<Assignment, 'unitId'>): void {
  if (hasRole(user, 'STAFF')) return;
  if (hasRole(user, 'REPORTER') && user.unitId !== null && assignment.unitId === user.unitId) return;
  throw forbidden(
    'Only staff or a reporter of the responsible unit may report on this item.',
    '仅专项办工作人员或责任单位的填报员可填报该责任事项。',
  );
}
