import { weeksBetween } from '@lvze/domain';
import type { TaskDetailFragment } from '@/gql/graphql';

export interface PlanRow {
  week: string;
  // null = no entry for this week; the server then interpolates (domain.md: linear otherwise).
  plannedPercent: number | null;
}

export type PlanProblem = { week: string; kind: 'range' | 'decreasing' };

type PlanTask = Pick<TaskDetailFragment, 'startsOn' | 'dueOn' | 'weeklyPlan'>;

// One row per week of the task. Weeks without a staff entry start from `suggested` (the map's
// planned percent), so editing begins from the plan in force rather than from blanks.
export function planRows(task: PlanTask, suggested?: ReadonlyMap<string, number>): PlanRow[] {
  const entries = new Map(task.weeklyPlan.map((entry) => [entry.week, entry.plannedPercent]));
  const useSuggested = entries.size === 0 && suggested !== undefined;
  return weeksBetween(task.startsOn, task.dueOn).map((week) => ({
    week,
    plannedPercent: entries.get(week) ?? (useSuggested ? (suggested.get(week) ?? null) : null),
  }));
}

// The plan is cumulative: each filled week lies in 0–100 and never below an earlier filled week.
// The server applies the same rule (SetWeeklyPlanInput); checking here names the week at once.
export function planProblems(rows: readonly PlanRow[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  let highest: number | null = null;
  for (const row of rows) {
    const value = row.plannedPercent;
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      problems.push({ week: row.week, kind: 'range' });
      continue;
    }
    if (highest !== null && value < highest) problems.push({ week: row.week, kind: 'decreasing' });
    else highest = value;
  }
  return problems;
}

export function planEntries(rows: readonly PlanRow[]): { week: string; plannedPercent: number }[] {
  return rows
    .filter((row): row is { week: string; plannedPercent: number } => typeof row.plannedPercent === 'number')
    .map((row) => ({ week: row.week, plannedPercent: Math.round(row.plannedPercent * 10) / 10 }));
}
