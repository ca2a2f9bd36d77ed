// One dialect's benchmark, in its own process: run.ts sets DATA_DIR (and DATABASE_URL for PostgreSQL)
// before this module loads, because entity column types are chosen per dialect at import time.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { WorkingCalendar, toBeijingIso } from '@lvze/domain';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/core/config/app-config.js';
import { seedResponsibilityBenchmark } from '../src/core/database/seeds/demo-responsibility-seed.js';
import { AlertSweepService } from '../src/modules/alert/alert-sweep.service.js';
import { Campaign } from '../src/modules/campaign/campaign.entity.js';
import { ReportTemplateService } from '../src/modules/report/report-template.service.js';
import { ReportObligation } from '../src/modules/report/report.entity.js';
import { Assignment, AssignmentUpdate } from '../src/modules/responsibility/assignment.entity.js';
import {
  ResponsibilityItem,
  ResponsibilityList,
  type ResponsibilityKind,
} from '../src/modules/responsibility/responsibility.entity.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task } from '../src/modules/task/task.entity.js';
import { User } from '../src/modules/user/user.entity.js';
import { startServer } from '../src/server.js';
import { bulkSeedTasks } from './bulk-seed.js';
import {
  BENCH_NOW,
  type DashboardMode,
  type Dialect,
  FILINGS,
  type Measurement,
  QUERIES,
  type QueryName,
  type ScenarioResult,
  STAFF,
  type SweepMeasurement,
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
const MATRIX_UNITS = intFromEnv('BENCH_MATRIX_UNITS', 1500);
/** Freshly started processes the cold dashboard is timed on (each start takes a few seconds). */
const COLD_RUNS = intFromEnv('BENCH_COLD_RUNS', 5);
/** Items of the benchmark list, as many as the demo's COMMISSION_SUPERVISION list (issue 4: 35 × 1,500). */
const MATRIX_ITEMS = 35;
/** The demo's commission-supervision list is the small matrix; the benchmark list gets a kind of its own. */
const MATRIX_SMALL_KIND: ResponsibilityKind = 'COMMISSION_SUPERVISION';
const MATRIX_LARGE_KIND: ResponsibilityKind = 'COMMISSION_DEPARTMENT';
const QUARTER_HOUR = 15 * 60_000;
/** The first sweep after the weekly deadline following BENCH_NOW (Wednesday 2026-11-25). */
const DEADLINE_SWEEP = '2026-11-27T18:01:00+08:00';

const log = (message: string) => process.stderr.write(`[${dialect}] ${message}\n`);

/**
 * The calendar (working days and holidays) is cached per process for a minute (CalendarService), so a
 * request now and then also reloads it; that statement is counted apart from the request's own.
 */
const CACHE_RELOAD = /FROM "calendar_day"/;

/** Counts every SQL statement TypeORM sends, by wrapping the driver's query runner. */
async function installQueryCounter(dataSource: DataSource) {
  const state = {
    count: 0,
    cacheReloads: 0,
    sql: [] as string[],
    /** Full statements with their parameters, for the dashboard's raw-SQL replay. */
    captured: [] as [string, unknown[]][],
  };
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
    if (!CACHE_RELOAD.test(text))
      state.captured.push([String(args[0]), Array.isArray(args[1]) ? args[1] : []]);
    return original.apply(this, args);
  };
  return {
    reset() {
      state.count = 0;
      state.cacheReloads = 0;
      state.sql = [];
      state.captured = [];
    },
    get captured() {
      return state.captured;
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

  const postTo = async (url: string, query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
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
  const post = (query: string, variables?: Record<string, unknown>, token?: string) =>
    postTo(server.url, query, variables, token);
  const parse = (name: string, status: number, text: string) => {
    const body = JSON.parse(text) as GqlResponse;
    if (status !== 200 || body.errors?.length || !body.data) {
      throw new Error(`${name}: HTTP ${status} ${text.slice(0, 500)}`);
    }
    return body.data;
  };

  /** Staff's session token on the server at `url`. */
  const signIn = async (url: string) => {
    const login = await postTo(
      url,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: STAFF.username, p: STAFF.password },
    );
    return (parse('login', login.status, login.text).login as { token: string }).token;
  };
  const token = await signIn(server.url);

  const measurements: Measurement[] = [];
  type MatrixData = { responsibilityMatrix: { units: unknown[]; rows: { cells: unknown[] }[] } };
  const matrixShape = (data: Record<string, unknown>) => {
    const { units, rows } = (data as MatrixData).responsibilityMatrix;
    const cells = rows.reduce((n, row) => n + row.cells.filter((c) => c !== null).length, 0);
    return { items: rows.length, units: units.length, assignments: cells };
  };
  /** What the database holds for the request: tasks and updates, or the matrix's assignments. */
  const expected = async (name: QueryName, kind: ResponsibilityKind | undefined) => {
    if (name === 'battleMap' || name === 'tasks' || name === 'dashboard') {
      const [tasks, progressUpdates] = await Promise.all([
        server.dataSource.getRepository(Task).countBy({ archived: false }),
        server.dataSource.getRepository(ProgressUpdate).count(),
      ]);
      return { tasks, progressUpdates, matrix: undefined };
    }
    const scoped = <T extends object>(entity: new () => T, assignmentId: string) => {
      const query = server.dataSource
        .getRepository(entity)
        .createQueryBuilder('x')
        .innerJoin(Assignment, 'a', `a.id = ${assignmentId}`)
        .innerJoin(ResponsibilityItem, 'i', 'i.id = a.item_id')
        .innerJoin(ResponsibilityList, 'l', 'l.id = i.list_id');
      if (kind) query.where('l.kind = :kind', { kind });
      return query.getCount();
    };
    const [assignments, assignmentUpdates] = await Promise.all([
      scoped(Assignment, 'x.id'),
      scoped(AssignmentUpdate, 'x.assignment_id'),
    ]);
    return { tasks: 0, progressUpdates: 0, matrix: { assignments, assignmentUpdates } };
  };
  /**
   * The dashboard against the raw SQL of the same aggregates, in the same run: one timed request's
   * statements (captured with their parameters) replayed one after another on the driver, timed as
   * often as the request was.
   */
  const replaySql = async (statements: [string, unknown[]][], runs: number, requestMedianMs: number) => {
    const times: number[] = [];
    const each = statements.map(() => 0);
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      for (const [j, [sql, parameters]] of statements.entries()) {
        const s0 = performance.now();
        await server.dataSource.query(sql, parameters);
        each[j] += performance.now() - s0;
      }
      times.push(performance.now() - t0);
    }
    const medianMs = round1(median(times));
    const slowest = each
      .map((ms, j) => ({ ms: round1(ms / runs), sql: statements[j][0].replace(/\s+/g, ' ').slice(0, 160) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    return {
      statements: statements.length,
      medianMs,
      minMs: round1(Math.min(...times)),
      ratio: round1(requestMedianMs / Math.max(medianMs, 0.1)),
      slowest,
    };
  };

  /**
   * The filed mode's filings: one progress update on a started task and one update of an assignment,
   * as staff, a different task and assignment each time (the same sequence in every run).
   */
  const filings = async () => {
    const [tasks, assignments] = await Promise.all([
      server.dataSource
        .getRepository(Task)
        .createQueryBuilder('t')
        .select('t.id', 'id')
        .where('t.archived = :archived AND t.starts_on <= :today', { archived: false, today: '2026-11-25' })
        .andWhere('t.target IS NULL') // a task with a target takes a value, not a percent
        .orderBy('t.code')
        .getRawMany<{ id: string }>(),
      server.dataSource
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .select('a.id', 'id')
        .orderBy('a.id')
        .getRawMany<{ id: string }>(),
    ]);
    let n = 0;
    return async () => {
      n++;
      const task = tasks[(n * 7919) % tasks.length].id;
      const assignment = assignments[(n * 7919) % assignments.length].id;
      const percent = 40 + (n % 50);
      const progress = await post(
        FILINGS.progress,
        { input: { taskId: task, percent, summary: '基准测试：本周进展。' } },
        token,
      );
      parse('submitProgress', progress.status, progress.text);
      const update = await post(
        FILINGS.assignment,
        { input: { assignmentId: assignment, percent, summary: '基准测试：按期推进。' } },
        token,
      );
      parse('updateAssignment', update.status, update.text);
    };
  };

  interface HowAsked {
    kind?: ResponsibilityKind;
    mode?: DashboardMode;
    /** Run, untimed, before each timed request. */
    before?: () => Promise<void>;
    /** Sends each timed request to a freshly started server instead (the cold dashboard). */
    fresh?: boolean;
  }
  /** A freshly started API process on the same database: nothing kept from earlier requests. */
  const freshServer = async () => {
    const fresh = await startServer(config, { listen: false, logger: false });
    return { fresh, token: await signIn(fresh.url) };
  };

  const measure = async (name: QueryName, runs: number, how: HowAsked = {}) => {
    const { kind, mode } = how;
    const variables = kind ? { kind } : undefined;
    const { tasks, progressUpdates, matrix } = await expected(name, kind);
    let shape = { items: 0, units: 0, assignments: 0 };
    const check = (data: Record<string, unknown>) => {
      if (matrix) {
        shape = matrixShape(data);
        if (shape.assignments !== matrix.assignments)
          throw new Error(`${name}: ${shape.assignments} cells for ${matrix.assignments} assignments`);
        return;
      }
      const rows =
        name === 'battleMap'
          ? (data.battleMap as { rows: unknown[] }).rows.length
          : name === 'dashboard'
            ? (data.dashboard as { taskStatusCounts: { count: number }[] }).taskStatusCounts.reduce(
                (n, c) => n + c.count,
                0,
              )
            : (data.tasks as unknown[]).length;
      if (rows !== tasks) throw new Error(`${name}: ${rows} rows for ${tasks} tasks`);
    };
    for (let i = 0; i < (how.fresh ? 0 : WARMUP); i++) {
      const warm = await post(QUERIES[name], variables, token);
      check(parse(name, warm.status, warm.text));
    }
    const times: number[] = [];
    const queries: number[] = [];
    let cacheReloads = 0;
    let bytes = 0;
    const sqlByCount: Record<number, string[]> = {};
    let statements: [string, unknown[]][] = [];
    for (let i = 0; i < runs; i++) {
      await how.before?.();
      const started = how.fresh ? await freshServer() : undefined;
      counter.reset();
      const t0 = performance.now();
      const response = started
        ? await postTo(started.fresh.url, QUERIES[name], variables, started.token)
        : await post(QUERIES[name], variables, token);
      times.push(performance.now() - t0);
      statements = [...counter.captured];
      await started?.fresh.close();
      queries.push(counter.count);
      if (counter.cacheReloads) cacheReloads++;
      sqlByCount[counter.count] ??= [...counter.sql];
      bytes = Buffer.byteLength(response.text);
      check(parse(name, response.status, response.text));
    }
    const rawSql = name === 'dashboard' ? await replaySql(statements, runs, median(times)) : undefined;
    const memory = process.memoryUsage();
    const m: Measurement = {
      dialect,
      query: name,
      ...(mode ? { mode } : {}),
      ...(variables ? { variables } : {}),
      tasks,
      progressUpdates,
      ...(matrix ? { matrix: { ...shape, assignmentUpdates: matrix.assignmentUpdates } } : {}),
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
      ...(rawSql && { rawSql }),
    };
    const size = m.matrix
      ? `${kind ?? 'all kinds'}, ${m.matrix.items} items × ${m.matrix.units} units`
      : `${tasks} tasks`;
    log(
      `${mode ? `${name} (${mode})` : name} × ${size}: median ${m.medianMs} ms, p95 ${m.p95Ms} ms, ${m.responseBytes} B, ` +
        `${m.queries} queries, RSS ${m.rssMb} MB` +
        (rawSql
          ? `; its SQL alone ${rawSql.medianMs} ms (× ${rawSql.ratio}); slowest: ` +
            rawSql.slowest.map((x) => `${x.ms} ms ${x.sql}`).join(' | ')
          : ''),
    );
    measurements.push(m);
  };

  /** The dashboard as a leader refreshes it, through a working day's filings, and from a fresh process. */
  const measureDashboard = async (runs: number) => {
    await measure('dashboard', runs, { mode: 'quiet' });
    await measure('dashboard', runs, { mode: 'filed', before: await filings() });
    await measure('dashboard', Math.min(runs, COLD_RUNS), { mode: 'cold', fresh: true });
  };

  try {
    await measure('battleMap', RUNS);
    await measure('tasks', RUNS);
    // The dashboard counts the assignment states the sweep keeps: measure it as it runs, swept.
    await server.app.get(AlertSweepService).runSweep(config.fixedNow!);
    await measureDashboard(RUNS);
    await measure('responsibilityMatrix', RUNS, { kind: MATRIX_SMALL_KIND });
    await measure('responsibilityMatrixAll', RUNS);

    log(`bulk-inserting tasks up to ${LARGE_TASKS}…`);
    const seedStarted = performance.now();
    const seeded = await bulkSeedTasks(server.dataSource, LARGE_TASKS, config.fixedNow!);
    // Fresh tables: give PostgreSQL's planner the statistics autovacuum would gather soon anyway.
    if (dialect === 'postgres') await server.dataSource.query('ANALYZE');
    const bulkSeed = { ...seeded, ms: Math.round(performance.now() - seedStarted) };
    log(`inserted ${seeded.tasks} tasks and ${seeded.progressUpdates} updates in ${bulkSeed.ms} ms`);

    await measure('battleMap', LARGE_RUNS);
    await measure('tasks', LARGE_RUNS);

    log(`seeding a ${MATRIX_LARGE_KIND} list of ${MATRIX_ITEMS} items × ${MATRIX_UNITS} new units…`);
    const matrixStarted = performance.now();
    const matrixSeeded = await server.dataSource.transaction(async (manager) => {
      const campaigns = await manager.find(Campaign);
      if (campaigns.length !== 1) throw new Error(`the demo has ${campaigns.length} campaigns, not 1`);
      const [campaign] = campaigns;
      const staff = await manager.findOneByOrFail(User, { username: STAFF.username });
      return seedResponsibilityBenchmark(manager, {
        now: config.fixedNow!,
        campaign,
        calendar: new WorkingCalendar(), // as the demo seed: weekends only, no holidays
        unitCount: MATRIX_UNITS,
        itemCount: MATRIX_ITEMS,
        authorId: staff.id,
        kind: MATRIX_LARGE_KIND,
      });
    });
    // The new units' required reports, as the daily scheduler (and every process's start) creates them.
    const reportsCreated = await server.app.get(ReportTemplateService).ensureAll();
    log(`created ${reportsCreated} report obligations for the new units`);
    if (dialect === 'postgres') await server.dataSource.query('ANALYZE');
    const matrixSeed = {
      kind: matrixSeeded.kind,
      items: MATRIX_ITEMS,
      units: matrixSeeded.unitIds.length,
      assignments: matrixSeeded.assignments,
      ms: Math.round(performance.now() - matrixStarted),
    };
    log(
      `inserted ${matrixSeed.units} units and ${matrixSeed.assignments} assignments in ${matrixSeed.ms} ms`,
    );

    // The N+1 guard (run.ts) compares this request's SQL count with the small matrix's above.
    await measure('responsibilityMatrix', LARGE_RUNS, { kind: MATRIX_LARGE_KIND });
    // The alert sweep over every task, assignment and report obligation: first as the year's first
    // sweep (everything fires), then again at the same instant (it must change nothing); then the
    // dashboard, which counts the states that sweep stored; then the sweeps that follow in the week.
    const subjects = {
      tasks: await server.dataSource.getRepository(Task).count(),
      assignments: await server.dataSource.getRepository(Assignment).count(),
      reports: await server.dataSource.getRepository(ReportObligation).count(),
    };
    const sweeps = server.app.get(AlertSweepService);
    const sweep = async (label: SweepMeasurement['label'], asOf: Date): Promise<SweepMeasurement> => {
      counter.reset();
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const started = performance.now();
      const changed = await sweeps.runSweep(asOf);
      const ms = Math.round(performance.now() - started);
      clearInterval(sampler);
      const row = {
        label,
        asOf: toBeijingIso(asOf),
        ms,
        queries: counter.count,
        ...subjects,
        ...changed,
        peakRssMb: round1(peak / 2 ** 20),
      };
      log(`sweep (${label}): ${JSON.stringify(row)}`);
      return row;
    };
    const now = config.fixedNow!;
    const sweepMeasurements = [await sweep('first', now), await sweep('repeat', now)];

    // Province scale: the large task list and the large matrix's units and assignments together.
    await measureDashboard(LARGE_RUNS);

    sweepMeasurements.push(
      await sweep('quiet', new Date(now.getTime() + QUARTER_HOUR)),
      await sweep('deadline', new Date(DEADLINE_SWEEP)),
      await sweep('next', new Date(new Date(DEADLINE_SWEEP).getTime() + QUARTER_HOUR)),
    );

    const result: ScenarioResult = {
      dialect,
      startupMs: Math.round(startupMs),
      bulkSeed,
      matrixSeed,
      measurements,
      sweeps: sweepMeasurements,
    };
    if (out) writeFileSync(out, JSON.stringify(result, null, 2));
    else process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const cause = error instanceof Error && error.cause ? `\ncaused by: ${String(error.cause)}` : '';
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}`);
    process.exit(1);
  },
);
