// Shared between the bench orchestrator (run.ts) and each dialect's child process (scenario.ts).
// Nothing here may import an entity module: column types are chosen per dialect at import time.

export type Dialect = 'sqlite' | 'postgres';

export const BENCH_NOW = '2026-11-25T10:00:00+08:00';
export const STAFF = { username: 'staff', password: 'Lvze@2026' };

const MATRIX_QUERY = `query BenchResponsibilityMatrix($kind: ResponsibilityKind) {
  responsibilityMatrix(kind: $kind) {
    asOf
    units { id code name kind }
    rows {
      item { id seq content cadence list { id seq kind title } }
      cells { assignmentId unitId status percent period dueOn reopened }
    }
  }
}`;

/** The screens that read the most: the battle map, the task list with its history, the matrix. */
export const QUERIES = {
  battleMap: `query BenchBattleMap {
  battleMap {
    weeks
    rows {
      task { code title leadUnit { name } coUnits { name } status percent plannedPercent }
      cells { week status plannedPercent actualPercent updated }
    }
  }
}`,
  tasks: `query BenchTasks {
  tasks {
    code title leadUnit { name } coUnits { name } status percent plannedPercent
    updates { week percent author { displayName } }
  }
}`,
  /** The leaders' dashboard (the web app's Dashboard query, without the task list's detail). */
  dashboard: `query BenchDashboard {
  dashboard {
    taskStatusCounts { status count } completionRate onTimeRate reportOnTimeRate updatesDue updatesOnTime
    reportsDue reportsOnTime openAlerts { level count }
    lastWeek { taskStatusCounts { status count } completionRate onTimeRate reportOnTimeRate openAlerts { level count } }
    unitRanking { unit { id name } score rank penalty parts { part rate weight points } }
    weeks trend { week plannedPercent actualPercent }
    heatMap { unit { id name } cells { week status } }
    slippedTasks { id code title percent plannedPercent leadUnit { name } }
    overdueReports { id templateName period dueAt unit { name } }
    accountabilityDecisions { decision count }
  }
}`,
  /** The responsibility matrix screen (the web app's RespMatrix query), filtered by kind in the bench. */
  responsibilityMatrix: MATRIX_QUERY,
  /** The same, every kind at once. */
  responsibilityMatrixAll: MATRIX_QUERY,
} as const;

export type QueryName = keyof typeof QUERIES;

/**
 * How the dashboard was asked. The API keeps what it worked out per task and per unit while the data
 * under it stands still, so one request differs from another by what moved since the last:
 * quiet: nothing (a leader refreshing); filed: one task progress update and one assignment update
 * filed between requests (a working day); cold: the first request of a freshly started API process.
 */
export type DashboardMode = 'quiet' | 'filed' | 'cold';

/** Mutations the bench files between the dashboard's timed requests in the `filed` mode. */
export const FILINGS = {
  progress: `mutation BenchProgress($input: SubmitProgressInput!) { submitProgress(input: $input) { id } }`,
  assignment: `mutation BenchAssignment($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }`,
} as const;

export interface Measurement {
  dialect: Dialect;
  query: QueryName;
  /** Dashboard only: how it was asked. */
  mode?: DashboardMode;
  /** The GraphQL variables sent (the matrix's kind). */
  variables?: Record<string, unknown>;
  tasks: number;
  progressUpdates: number;
  /** Matrix rows only: what the response held (updates: the shown assignments' updates). */
  matrix?: { items: number; units: number; assignments: number; assignmentUpdates: number };
  runs: number;
  warmup: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  responseBytes: number;
  /**
   * SQL statements per request (median over the timed runs), their range and every run's count, not
   * counting the calendar cache reload that CalendarService does at most once a minute.
   */
  queries: number;
  queriesMin: number;
  queriesMax: number;
  queryCounts: number[];
  /** Timed runs that also reloaded the calendar cache (one extra SELECT on calendar_day). */
  runsWithCalendarReload: number;
  rssMb: number;
  heapUsedMb: number;
  /** The statements of the first timed request with each count, shortened, with their parameter count. */
  sqlByCount: Record<number, string[]>;
  /**
   * Dashboard only: the same request's SQL statements (its aggregates and the rows the status rules
   * read) replayed straight on the driver, timed the same way; `ratio` = request median / SQL median.
   */
  rawSql?: {
    statements: number;
    medianMs: number;
    minMs: number;
    ratio: number;
    /** The three slowest statements (mean ms, shortened SQL). */
    slowest: { ms: number; sql: string }[];
  };
}

/** One alert sweep over the whole database (AlertSweepService.runSweep), not through GraphQL. */
export interface SweepMeasurement {
  /**
   * first: the year's alerts all fire; repeat: the same instant again, which must change nothing;
   * quiet: the 15-minute sweep after it (a Wednesday morning); deadline: Friday 18:01, just after
   * the weekly update deadline; next: the 15-minute sweep after that.
   */
  label: 'first' | 'repeat' | 'quiet' | 'deadline' | 'next';
  /** The instant swept (Beijing). */
  asOf: string;
  ms: number;
  /** SQL statements the sweep sent (pages of 500 subjects, each a few reads and one transaction). */
  queries: number;
  tasks: number;
  assignments: number;
  reports: number;
  fired: number;
  escalated: number;
  resolved: number;
  /** Subjects the rules were evaluated for, and assignments skipped because their state held. */
  evaluated: number;
  skipped: number;
  /** The process's peak resident memory during the sweep, sampled every 20 ms. */
  peakRssMb: number;
}

export interface ScenarioResult {
  dialect: Dialect;
  /** startServer with SEED_DEMO (migrate + demo seed + Nest boot). */
  startupMs: number;
  /** The bulk insert up to the large size, not counted in any measurement. */
  bulkSeed: { tasks: number; progressUpdates: number; ms: number };
  /** seedResponsibilityBenchmark: a list of `items` items carried by `units` new units, not measured. */
  matrixSeed?: { kind: string; items: number; units: number; assignments: number; ms: number };
  measurements: Measurement[];
  sweeps?: SweepMeasurement[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile: with 15 runs p95 is the slowest run, with 30 the second slowest. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export function intFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer`);
  return parsed;
}
