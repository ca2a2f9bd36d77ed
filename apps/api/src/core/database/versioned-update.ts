import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { staleVersion } from '../errors/domain-error.js';

/**
 * Applies `changes` only if the row still has the version the editor read, in one statement,
 * so two people editing at once get CONFLICT instead of a silent overwrite.
 */
export async function updateIfVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: { id: string; version: number },
  changes: Partial<T>,
  names: { entity: string; entityZh: string },
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id: row.id, version: row.version })
    .execute();
  if (!result.affected) throw staleVersion(names.entity, names.entityZh);
}
