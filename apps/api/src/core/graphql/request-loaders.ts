import DataLoader from 'dataloader';
import { type DataSource, type FindOptionsWhere, In } from 'typeorm';

/**
 * Per-request DataLoaders, keyed by name: list fields resolve relations in one query per
 * relation, not one per row.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  for<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders rows to match the keys DataLoader asked for (missing → null). */
export function alignByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the keys DataLoader asked for (missing → []). */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Rows of one entity by id, one batch per entity per request, shared by every field that links to
 * it (an alert's task, an extension's task, a supervision order's task…).
 */
export function rowByIdLoader<T extends { id: string }>(
  loaders: RequestLoaders,
  dataSource: DataSource,
  entity: new () => T,
): DataLoader<string, T | null> {
  return loaders.for<string, T | null>(`byId.${entity.name}`, async (ids) =>
    alignByKey(
      ids,
      await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>),
      (row) => row.id,
    ),
  );
}
