import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { SnakeNamingStrategy } from './snake-naming-strategy.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
export type EntityList = MixedList<Function>;

export function dataSourceOptions(config: AppConfig, entities: EntityList): DataSourceOptions {
  const common = {
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all' as const,
    logging: ['error' as const],
  };
  if (config.database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.database.url,
      migrations: postgresMigrations,
      extra: { max: 10, connectionTimeoutMillis: 5000 },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    migrations: sqliteMigrations,
    // WAL lets dashboards read while a weekly update is being written.
    enableWAL: true,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('busy_timeout = 5000');
    },
  };
}

export function createDataSource(config: AppConfig, entities: EntityList): DataSource {
  return new DataSource(dataSourceOptions(config, entities));
}
