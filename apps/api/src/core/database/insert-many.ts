import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One multi-row INSERT, built directly. TypeORM's query builder takes time quadratic in a
 * statement's parameters to build one and then reads generated columns back, which a sweep
 * inserting tens of thousands of alerts pays for dearly. Each value goes through the driver's own
 * conversion, so the row is stored exactly as the entity manager would store it.
 * `ignoreConflicts`: a row that breaks a unique key is skipped (ON CONFLICT DO NOTHING).
 */
export async function insertMany<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
  { ignoreConflicts = false } = {},
): Promise<void> {
  if (!rows.length) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const postgres = driver.options.type === 'postgres';
  const parameters: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = columns.map((column) => {
      parameters.push(driver.preparePersistentValue(column.getEntityValue(row), column));
      return postgres ? `$${parameters.length}` : '?';
    });
    return `(${placeholders.join(', ')})`;
  });
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  await manager.query(
    `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}` +
      (ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''),
    parameters,
  );
}
