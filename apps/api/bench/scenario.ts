// One dialect's benchmark, in its own process: run.ts sets DATA_DIR (and DATABASE_URL for PostgreSQL)
// before this module loads, because entity column types are chosen per dialect at import time.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/core/config/app-config.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task } from '../src/modules/task/task.entity.js';
import { startServer } from '../src/server.js';
import { bulkSeedTasks } from './bulk-seed.js';
import {
  BENCH_NOW,
  type Dialect,
  type Measurement,
  QUERIES,
  type QueryName,
  type ScenarioResult,
  STAFF,
  intFromEnv,
  median,
  percentile,
  round1,
} from './shared.js';

const dialect: Dialect = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
const out = process.env.BENCH_OUT;
const WARMUP = intFromEnv('BENCH_WARMUP', 3);
const RUNS = intFromEnv('BENCH_RUNS', 30);
const LARGE_RUNS = intFromEnv('BENCH_LARGE_RUNS', 15);
const LARGE_TASKS = intFromEnv('BENCH_LARGE_TASKS', 1000);

const log = (message: string) => process.stderr.write(`[${dialect}] ${message}\n`);

/**
 * The calendar (working days and holidays) is cached per process for a minute (CalendarService), so a
 * request now and then also reloads it; that statement is counted apart from the request's own.
 */
const CACHE_RELOAD = /FROM "calendar_day"/;

/** Counts every SQL statement TypeORM sends, by wrapping the driver's query runner. */
async function installQueryCounter(dataSource: DataSource) {
  const state = { count: 0, cacheReloads: 0, sql: [] as string[] };
  const runner = dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
  await runner.release();
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const text = String(args[0]).replace(/\s+/g, ' ');
    if (CACHE_RELOAD.test(text)) state.cacheReloads++;
    else state.count++;
    const params = Array.isArray(args[1]) ? args[1].length : 0;
    const from = text.indexOf(' FROM ');
    const short = from > 60 ? `${text.slice(0, 40)} …${text.slice(from, from + 120)}` : text.slice(0, 160);
    state.sql.push(`${short} [${params} params]`);
    return original.apply(this, args);
  };
  return {
    reset() {
      state.count = 0;
      state.cacheReloads = 0;
      state.sql = [];
    },
    get count() {
      return state.count;
    },
    get cacheReloads() {
      return state.cacheReloads;
    },
    get sql() {
      return state.sql;
    },
  };
}

interface GqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    APP_NOW: BENCH_NOW,
    SEED_DEMO: 'true',
    WEB_DIST_DIR: '/nonexistent',
    ALERT_SWEEP: 'false',
    NODE_ENV: 'development',
  });
  const started = performance.now();
  const server = await startServer(config, { listen: false, logger: false });
  const startupMs = performance.now() - started;
  log(`migrated, seeded the demo and started in ${Math.round(startupMs)} ms at ${server.url}`);
  const counter = await installQueryCounter(server.dataSource);

  const post = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text };
  };
  const parse = (name: string, status: number, text: string) => {
    const body = JSON.parse(text) as GqlResponse;
    if (status !== 200 || body.errors?.length || !body.data) {
      throw new Error(`${name}: HTTP ${status} ${text.slice(0, 500)}`);
    }
    return body.data;
  };

  const login = await post(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: STAFF.username, p: STAFF.password },
  );
  const token = (parse('login', login.status, login.text).login as { token: string }).token;

  const measurements: Measurement[] = [];
  const measure = async (name: QueryName, runs: number) => {
    const [tasks, progressUpdates] = await Promise.all([
      server.dataSource.getRepository(Task).countBy({ archived: false }),
      server.dataSource.getRepository(ProgressUpdate).count(),
    ]);
    const rowsOf = (data: Record<string, unknown>) =>
      name === 'battleMap'
        ? (data.battleMap as { rows: unknown[] }).rows.length
        : (data.tasks as unknown[]).length;
    for (let i = 0; i < WARMUP; i++) {
      const warm = await post(QUERIES[name], undefined, token);
      const rows = rowsOf(parse(name, warm.status, warm.text));
      if (rows !== tasks) throw new Error(`${name}: ${rows} rows for ${tasks} tasks`);
    }
    const times: number[] = [];
    const queries: number[] = [];
    let cacheReloads = 0;
    let bytes = 0;
    const sqlByCount: Record<number, string[]> = {};
    for (let i = 0; i < runs; i++) {
      counter.reset();
      const t0 = performance.now();
      const response = await post(QUERIES[name], undefined, token);
      times.push(performance.now() - t0);
      queries.push(counter.count);
      if (counter.cacheReloads) cacheReloads++;
      sqlByCount[counter.count] ??= [...counter.sql];
      bytes = Buffer.byteLength(response.text);
      const rows = rowsOf(parse(name, response.status, response.text));
      if (rows !== tasks) throw new Error(`${name}: ${rows} rows for ${tasks} tasks`);
    }
    const memory = process.memoryUsage();
    const m: Measurement = {
      dialect,
      query: name,
      tasks,
      progressUpdates,
      runs,
      warmup: WARMUP,
      medianMs: round1(median(times)),
      p95Ms: round1(percentile(times, 95)),
      minMs: round1(Math.min(...times)),
      maxMs: round1(Math.max(...times)),
      responseBytes: bytes,
      queries: median(queries),
      queriesMin: Math.min(...queries),
      queriesMax: Math.max(...queries),
      queryCounts: queries,
      runsWithCalendarReload: cacheReloads,
      rssMb: round1(memory.rss / 1048576),
      heapUsedMb: round1(memory.heapUsed / 1048576),
      sqlByCount,
    };
    log(
      `${name} × ${tasks} tasks: median ${m.medianMs} ms, p95 ${m.p95Ms} ms, ${m.responseBytes} B, ` +
        `${m.queries} queries, RSS ${m.rssMb} MB`,
    );
    measurements.push(m);
  };

  try {
    await measure('battleMap', RUNS);
    await measure('tasks', RUNS);

    log(`bulk-inserting tasks up to ${LARGE_TASKS}…`);
    const seedStarted = performance.now();
    const seeded = await bulkSeedTasks(server.dataSource, LARGE_TASKS, config.fixedNow!);
    // Fresh tables: give PostgreSQL's planner the statistics autovacuum would gather soon anyway.
    if (dialect === 'postgres') await server.dataSource.query('ANALYZE');
    const bulkSeed = { ...seeded, ms: Math.round(performance.now() - seedStarted) };
    log(`inserted ${seeded.tasks} tasks and ${seeded.progressUpdates} updates in ${bulkSeed.ms} ms`);

    await measure('battleMap', LARGE_RUNS);
    await measure('tasks', LARGE_RUNS);

    const result: ScenarioResult = { dialect, startupMs: Math.round(startupMs), bulkSeed, measurements };
    if (out) writeFileSync(out, JSON.stringify(result, null, 2));
    else process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
