// npm run bench: the API's read-heavy GraphQL queries on SQLite and PostgreSQL, 58 and 1,000 tasks,
// the responsibility matrix on the demo and at 35 items × 1,500 units, and the dashboard at both sizes
// against the raw SQL of its aggregates, and the alert sweep over all of it.
// Each dialect runs in its own child process (scenario.js) with its own throwaway database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Dialect, Measurement, ScenarioResult } from './shared.js';

const scenarioScript = fileURLToPath(new URL('./scenario.js', import.meta.url));
const resultsFile = fileURLToPath(new URL('../results.json', import.meta.url));
const adminUrl =
  process.env.BENCH_DATABASE_URL ||
  process.env.TEST_DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/test';
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs scenario.js against a fresh database of the dialect, and drops it afterwards. */
async function runDialect(dialect: Dialect): Promise<ScenarioResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `lvze-bench-${dialect}-`));
  const out = join(dataDir, 'result.json');
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, BENCH_OUT: out };
  delete env.DATABASE_URL;
  let database: string | undefined;
  try {
    if (dialect === 'postgres') {
      database = `lvze_bench_${randomBytes(5).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${database}`);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      env.DATABASE_URL = url.toString();
    }
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [scenarioScript], {
        env,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) throw new Error(`the ${dialect} scenario exited with code ${code}`);
    return JSON.parse(readFileSync(out, 'utf8')) as ScenarioResult;
  } finally {
    if (database) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** What a request covered: tasks, or the matrix's kind with items × units. */
const sizeOf = (m: Measurement) => (m.matrix ? `${m.matrix.items} × ${m.matrix.units}` : `${m.tasks}`);
const labelOf = (m: Measurement) =>
  m.matrix
    ? `${String(m.variables?.kind ?? 'all kinds')} ${m.matrix.items} items × ${m.matrix.units} units`
    : `${m.tasks} tasks`;

function table(rows: Measurement[]): string {
  const header = [
    'dialect',
    'query',
    'kind',
    'tasks / items × units',
    'updates',
    'runs',
    'median ms',
    'p95 ms',
    'min ms',
    'bytes',
    'queries',
    'RSS MB',
    'heap MB',
  ];
  const lines = rows.map((m) => [
    m.dialect,
    m.mode ? `${m.query} (${m.mode})` : m.query,
    m.matrix ? String(m.variables?.kind ?? 'all') : '',
    sizeOf(m),
    String(m.matrix ? m.matrix.assignmentUpdates : m.progressUpdates),
    String(m.runs),
    m.medianMs.toFixed(1),
    m.p95Ms.toFixed(1),
    m.minMs.toFixed(1),
    m.responseBytes.toLocaleString('en-US'),
    (m.queriesMin === m.queriesMax ? String(m.queries) : `${m.queriesMin}–${m.queriesMax}`) +
      (m.runsWithCalendarReload ? ` (+1 in ${m.runsWithCalendarReload})` : ''),
    m.rssMb.toFixed(0),
    m.heapUsedMb.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/**
 * The N+1 guard: per dialect and query, every timed request at every size must send the same number
 * of SQL statements (the minute-by-minute calendar cache reload aside).
 */
function queryCountProblems(results: ScenarioResult[]): string[] {
  const problems: string[] = [];
  for (const result of results) {
    const byQuery = new Map<string, Measurement[]>();
    for (const m of result.measurements) {
      const query = m.mode ? `${m.query} (${m.mode})` : m.query;
      byQuery.set(query, [...(byQuery.get(query) ?? []), m]);
    }
    for (const [query, ms] of byQuery) {
      const counts = new Set(ms.flatMap((m) => m.queryCounts));
      if (counts.size > 1)
        problems.push(
          `${result.dialect} ${query}: ` +
            ms.map((m) => `${labelOf(m)} → ${[...new Set(m.queryCounts)].join('/')} statements`).join(', '),
        );
    }
  }
  return problems;
}

async function main(): Promise<void> {
  if (!dialects.length) throw new Error('BENCH_DIALECTS names no dialect (sqlite, postgres)');
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
  const results: ScenarioResult[] = [];
  for (const dialect of dialects) results.push(await runDialect(dialect));

  const measurements = results.flatMap((r) => r.measurements);
  const problems = queryCountProblems(results);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1073741824),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  writeFileSync(
    resultsFile,
    JSON.stringify({ machine, queryCountGuard: { ok: problems.length === 0, problems }, results }, null, 2),
  );

  console.log(
    `\nLvze API bench: ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ${machine.date}, ` +
      `load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end\n`,
  );
  console.log(table(measurements));
  console.log('');
  for (const r of results) {
    console.log(
      `${r.dialect}: start (migrate + demo seed + boot) ${r.startupMs} ms; bulk seed of ${r.bulkSeed.tasks} tasks ` +
        `and ${r.bulkSeed.progressUpdates} updates ${r.bulkSeed.ms} ms (not measured above)`,
    );
    if (r.matrixSeed)
      console.log(
        `${r.dialect}: matrix seed of a ${r.matrixSeed.kind} list, ${r.matrixSeed.items} items × ` +
          `${r.matrixSeed.units} new units (${r.matrixSeed.assignments} assignments, with their updates) ` +
          `${r.matrixSeed.ms} ms (not measured above)`,
      );
  }
  for (const r of results) {
    for (const s of r.sweeps ?? []) {
      console.log(
        `${r.dialect}: alert sweep (${s.label}, as of ${s.asOf}) over ${s.tasks} tasks, ${s.assignments} ` +
          `assignments and ${s.reports} report obligations: ${s.ms} ms, ${s.queries} SQL statements, ` +
          `${s.evaluated} subjects evaluated, ${s.skipped} skipped, fired ${s.fired}, escalated ` +
          `${s.escalated}, resolved ${s.resolved}, peak RSS ${s.peakRssMb} MB`,
      );
    }
  }
  for (const m of measurements.filter((x) => x.rawSql)) {
    const raw = m.rawSql!;
    console.log(
      `${m.dialect}: dashboard (${m.mode}) × ${m.tasks} tasks: request median ${m.medianMs} ms; its ${raw.statements} SQL ` +
        `statements replayed on the driver ${raw.medianMs} ms (min ${raw.minMs}); ratio ${raw.ratio}`,
    );
  }
  console.log(
    '\nupdates: progress updates in the database, or for the matrix, updates of the assignments shown.' +
      '\nqueries: SQL statements per request; "(+1 in n)": n runs also reloaded the calendar, which ' +
      'CalendarService caches for a minute.',
  );
  console.log(`Results: ${resultsFile}`);
  if (problems.length) {
    console.error(`\nN+1 guard FAILED: the SQL statement count is not constant:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('N+1 guard: each query sends the same number of SQL statements at every size.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
