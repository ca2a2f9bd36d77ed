import { Column, type ColumnOptions, VersionColumn } from 'typeorm';
import { databaseDialect } from '../config/app-config.js';

// TypeORM has no column type both dialects accept for instants and JSON,
// so the type is chosen per dialect when the entity module loads (ADR 0002).
const postgres = databaseDialect() === 'postgres';

/** An instant (timestamptz on PostgreSQL, ISO text on SQLite). */
export const DateTimeColumn = (options: ColumnOptions = {}) =>
  Column({ type: postgres ? 'timestamptz' : 'datetime', ...options });

/** A calendar date 'YYYY-MM-DD' kept as text so no time zone can shift it. */
export const DateOnlyColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length: 10, ...options });

export const JsonColumn = (options: ColumnOptions = {}) =>
  Column({ type: postgres ? 'jsonb' : 'simple-json', ...options });

export const IdColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 36, ...options });

/** Optimistic lock: every edit form sends the version it read (CONFLICT when stale). */
export const RowVersionColumn = () => VersionColumn({ default: 1 });

/**
 * An instant read raw (getRawMany): PostgreSQL gives a Date, SQLite the UTC text TypeORM wrote
 * ('2026-11-25 02:00:00.000'), which `new Date` alone would read in the server's own time zone.
 */
export function instantFromRaw(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
