import type { SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../core/errors/domain-error.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { isOwnUnit, restrictToOwnUnit } from '../auth/unit-scope.js';
import type { ReportFiler, ReportObligation } from './report.entity.js';

/** A reporter sees their own unit's reports only; staff and leaders see all (domain.md). */
export function restrictToScope(
  query: SelectQueryBuilder<ReportObligation>,
  user: AuthUser,
  alias = 'o',
): void {
  restrictToOwnUnit(query, user, alias);
}

export function assertMaySee(user: AuthUser, obligation: Pick<ReportObligation, 'unitId'>): void {
  if (isOwnUnit(user, obligation.unitId)) return;
  throw forbidden('This report belongs to another unit.', '该报备不属于本单位。');
}

/** Whether `user` may file the report (whatever its status): the rule assertMayFile enforces. */
export function mayFile(
  user: AuthUser,
  obligation: Pick<ReportObligation, 'unitId'>,
  filedBy: ReportFiler,
  isContactLeader: boolean,
): boolean {
  if (filedBy === 'CONTACT_LEADER') return hasRole(user, 'LEADER') && isContactLeader;
  return hasRole(user, 'REPORTER') && user.unitId !== null && obligation.unitId === user.unitId;
}

/**
 * Drafts and submissions: a REPORTER of the report's unit; for a contact-point record, the LEADER
 * linked to the unit (`isContactLeader`).
 */
export function assertMayFile(
  user: AuthUser,
  obligation: Pick<ReportObligation, 'unitId'>,
  filedBy: ReportFiler,
  isContactLeader: boolean,
): void {
  if (mayFile(user, obligation, filedBy, isContactLeader)) return;
  if (filedBy === 'CONTACT_LEADER') {
    throw forbidden(
      'Only the leader linked to this county as its contact point may file this record.',
      '仅该县（市、区）的联系点领导可填报此记录。',
    );
  }
  throw forbidden('Only a reporter of the unit may file this report.', '仅本单位填报员可填报该报备。');
}
