import type { SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../core/errors/domain-error.js';
import { type AuthUser, hasRole, seesWholeCity } from '../auth/auth-user.js';
import type { ReportObligation } from './report.entity.js';

/** A reporter sees their own unit's reports only; staff and leaders see all (domain.md). */
export function restrictToScope(
  query: SelectQueryBuilder<ReportObligation>,
  user: AuthUser,
  alias = 'o',
): void {
  if (seesWholeCity(user)) return;
  query.andWhere(`${alias}.unit_id = :scopeUnit`, { scopeUnit: user.unitId ?? '' });
}

export function assertMaySee(user: AuthUser, obligation: Pick<ReportObligation, 'unitId'>): void {
  if (seesWholeCity(user) || (user.unitId !== null && obligation.unitId === user.unitId)) return;
  throw forbidden('This report belongs to another unit.', '该报备不属于本单位。');
}

/** Drafts and submissions: a REPORTER of the report's unit. */
export function assertMayFile(user: AuthUser, obligation: Pick<ReportObligation, 'unitId'>): void {
  if (hasRole(user, 'REPORTER') && user.unitId !== null && obligation.unitId === user.unitId) return;
  throw forbidden('Only a reporter of the unit may file this report.', '仅本单位填报员可填报该报备。');
}
