import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl?: string;
  seedDemo: boolean;
  /** APP_NOW: the frozen instant, when set. */
  fixedNow?: Date;
  production: boolean;
  /** TOKEN_SECRET; when unset one is generated once into DATA_DIR. */
  tokenSecret?: string;
  tokenTtlHours: number;
  webDistDir: string;
  alertSweepEnabled: boolean;
  /** ADMIN_INITIAL_PASSWORD: creates the first `admin` account in an empty production database. */
  adminInitialPassword?: string;
  /** UPLOAD_MAX_MB: the largest evidence file accepted. */
  uploadMaxBytes: number;
  /** WEBHOOK_URL and WEBHOOK_SECRET: where alerts are relayed (an SMS or DingTalk gateway), signed. */
  webhook?: { url: string; secret: string };
}

export class ConfigError extends Error {}

/** The only reader of process.env in the API. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  }
  const dataDir = resolve(env.DATA_DIR ?? './data');
  let fixedNow: Date | undefined;
  if (env.APP_NOW) {
    fixedNow = new Date(env.APP_NOW);
    if (Number.isNaN(fixedNow.getTime())) {
      throw new ConfigError(
        `APP_NOW must be an ISO date-time such as 2026-11-23T10:00:00+08:00, got "${env.APP_NOW}"`,
      );
    }
  }
  return {
    port,
    dataDir,
    database: databaseConfig(env, dataDir),
    redisUrl: env.REDIS_URL || undefined,
    seedDemo: env.SEED_DEMO !== 'false',
    fixedNow,
    production: env.NODE_ENV === 'production',
    tokenSecret: env.TOKEN_SECRET || undefined,
    tokenTtlHours: Number(env.TOKEN_TTL_HOURS ?? 12),
    webDistDir: resolve(env.WEB_DIST_DIR ?? new URL('../../../../web/dist', import.meta.url).pathname),
    alertSweepEnabled: env.ALERT_SWEEP !== 'false',
    adminInitialPassword: env.ADMIN_INITIAL_PASSWORD || undefined,
    uploadMaxBytes: Math.round(Number(env.UPLOAD_MAX_MB ?? 20) * 1024 * 1024),
    webhook: webhookConfig(env),
  };
}

function webhookConfig(env: NodeJS.ProcessEnv): AppConfig['webhook'] {
  const url = env.WEBHOOK_URL;
  if (!url) return undefined;
  if (!/^https?:\/\//.test(url)) {
    throw new ConfigError(`WEBHOOK_URL must start with http:// or https://, got "${url}"`);
  }
  // The receiver checks the signature to know the alert came from here, so no secret, no relay.
  if (!env.WEBHOOK_SECRET || env.WEBHOOK_SECRET.length < 16) {
    throw new ConfigError('WEBHOOK_URL is set: WEBHOOK_SECRET must be set too, at least 16 characters.');
  }
  return { url, secret: env.WEBHOOK_SECRET };
}

function databaseConfig(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(`DATABASE_URL must start with postgres://, got "${url.split('@').pop()}"`);
    }
    return { kind: 'postgres', url };
  }
  return { kind: 'sqlite', file: resolve(dataDir, 'lvze.sqlite') };
}

/** Decided at import time so entity decorators can pick per-dialect column types. */
export function databaseDialect(env: NodeJS.ProcessEnv = process.env): 'sqlite' | 'postgres' {
  return env.DATABASE_URL ? 'postgres' : 'sqlite';
}

export function ensureDataDir(config: AppConfig): void {
  try {
    mkdirSync(config.dataDir, { recursive: true });
  } catch (error) {
    throw new ConfigError(`DATA_DIR "${config.dataDir}" cannot be created: ${(error as Error).message}`);
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
