import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { forbidden } from '../../core/errors/domain-error.js';
import { type AuthUser, seesWholeCity } from './auth-user.js';

/** Rows addressed to a unit (`alias.unit_id`): a reporter sees their own unit's only. */
export function restrictToOwnUnit<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  user: AuthUser,
  alias: string,
): void {
  if (seesWholeCity(user)) return;
  query.andWhere(`${alias}.unit_id = :scopeUnit`, { scopeUnit: user.unitId ?? '' });
}

export function isOwnUnit(user: AuthUser, unitId: string): boolean {
  return seesWholeCity(user) || (user.unitId !== null && unitId === user.unitId);
}

/**
 * A reporter asking for another unit's rows is refused rather than shown nothing; `what` names the
 * rows ('alerts', '预警信息').
 */
export function assertMayAskForUnit(
  user: AuthUser,
  unitId: string | null | undefined,
  what: { en: string; zh: string },
): void {
  if (unitId && !isOwnUnit(user, unitId)) {
    throw forbidden(
      `A reporter sees only their own unit’s ${what.en}.`,
      `填报员只能查看本单位的${what.zh}。`,
    );
  }
}
