import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Multi-row INSERTs, built directly. TypeORM's query builder takes time quadratic in a
 * statement's parameters to build one and then reads generated columns back, which a sweep
 * inserting tens of thousands of alerts pays for dearly. Each value goes through the driver's own
 * conversion, so the row is stored exactly as the entity manager would store it.
 * `ignoreConflicts`: a row that breaks a unique key is skipped (ON CONFLICT DO NOTHING). Many rows
 * go in as few statements as the bound-parameter limit allows.
 */
export async function insertMany<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
  { ignoreConflicts = false } = {},
): Promise<void> {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const postgres = driver.options.type === 'postgres';
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  // As many rows per statement as stay under SQLite's 32,766 bound parameters.
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const parameters: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const placeholders = columns.map((column) => {
        const value = column.getEntityValue(row);
        // A property left out takes the column's default, as an entity manager insert would.
        parameters.push(
          value === undefined && column.default !== undefined
            ? column.default
            : driver.preparePersistentValue(value, column),
        );
        return postgres ? `$${parameters.length}` : '?';
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(
      `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}` +
        (ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''),
      parameters,
    );
  }
}

const MAX_PARAMETERS = 30_000;
