import type { SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../core/errors/domain-error.js';
import { type AuthUser, hasRole, seesWholeCity } from '../auth/auth-user.js';
import type { Task } from './task.entity.js';

/** A reporter sees and reports on the tasks their unit leads or co-operates on; others see all. */
export function restrictToScope(query: SelectQueryBuilder<Task>, user: AuthUser, alias = 't'): void {
  if (seesWholeCity(user)) return;
  query.andWhere(
    `(${alias}.lead_unit_id = :scopeUnit OR EXISTS (SELECT 1 FROM task_co_unit sc WHERE sc.task_id = ${alias}.id AND sc.unit_id = :scopeUnit))`,
    { scopeUnit: user.unitId ?? '' },
  );
}

export function isInScope(user: AuthUser, task: Pick<Task, 'leadUnitId'>, coUnitIds: string[]): boolean {
  return (
    seesWholeCity(user) ||
    (user.unitId !== null && (task.leadUnitId === user.unitId || coUnitIds.includes(user.unitId)))
  );
}

/** submitProgress: STAFF, or a REPORTER of the lead or a co-operating unit. */
export function assertMayReport(user: AuthUser, task: Pick<Task, 'leadUnitId'>, coUnitIds: string[]): void {
  if (hasRole(user, 'STAFF')) return;
  const ownUnit =
    user.unitId !== null && (task.leadUnitId === user.unitId || coUnitIds.includes(user.unitId));
  if (hasRole(user, 'REPORTER') && ownUnit) return;
  throw forbidden(
    'Only staff or a reporter of the lead or a co-operating unit may report progress on this task.',
    '仅专项办工作人员或该任务牵头、配合单位的填报员可填报进度。',
  );
}
