import type { EntityManager } from 'typeorm';
import { Unit } from './unit.entity.js';

/** The office inside the commission that runs the campaign and signs its documents. */
export const CAMPAIGN_OFFICE = '专项治理办公室';

/**
 * The commission (纪委监委) as the seeded unit tree names it: the parent of the commission
 * departments. Official documents carry its name in their red header, so it is read, not written
 * into the code; a tree without departments falls back to the city's name.
 */
export async function commissionName(manager: EntityManager): Promise<string> {
  const department = await manager.findOne(Unit, {
    where: { kind: 'COMMISSION_DEPARTMENT' },
    order: { sortOrder: 'ASC' },
  });
  const commission = department?.parentId ? await manager.findOneBy(Unit, { id: department.parentId }) : null;
  if (commission) return commission.name;
  const city = await manager.findOne(Unit, { where: { kind: 'CITY' }, order: { sortOrder: 'ASC' } });
  return `${city?.name ?? ''}纪委监委`;
}

/** The red header's lines: each name of a joint commission on its own line, then the office. */
export async function letterheadLines(manager: EntityManager): Promise<string[]> {
  return [...(await commissionName(manager)).split(/\s+/).filter(Boolean), CAMPAIGN_OFFICE];
}
