import { ALERT_LEVELS, type AlertLevel } from './alert-rules.js';
import { TASK_STATUSES, type TaskStatus } from './task-status.js';

/**
 * A unit's score (单位得分), the input of the annual performance assessment (年度绩效考核).
 *
 *   score = Σ weight × rate over the parts the unit has, re-weighted to 100
 *           − the open-alert penalty (capped), clamped to 0–100.
 *
 * Parts (each a rate 0–100, or null when the unit has nothing of that kind to count):
 *   - updates      30 %: weekly updates filed by their deadline / weekly updates due (按周推进);
 *   - tasks        30 %: health of the tasks the unit leads, by their status as of now;
 *   - assignments  20 %: health of the unit's responsibility assignments (逐一落实), likewise;
 *   - reports      20 %: required reports filed on time / reports due (报备).
 * Health: DONE and ON_TRACK count 1, AT_RISK ½, SLIPPED 0; NOT_STARTED is not counted yet.
 * Penalty per open (unresolved) alert: REMINDER 1, WARNING 3, ACCOUNTABILITY 8 points; at most 30.
 * A part the unit does not have (a unit that leads no task) drops out and the others' weights scale
 * up, so units are compared on what they were asked to do.
 */
export const SCORE_PARTS = ['updates', 'tasks', 'assignments', 'reports'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export const SCORE_WEIGHTS: Readonly<Record<ScorePart, number>> = {
  updates: 30,
  tasks: 30,
  assignments: 20,
  reports: 20,
};

export const ALERT_PENALTY: Readonly<Record<AlertLevel, number>> = {
  REMINDER: 1,
  WARNING: 3,
  ACCOUNTABILITY: 8,
};
export const MAX_ALERT_PENALTY = 30;

const HEALTH: Readonly<Record<TaskStatus, number | null>> = {
  NOT_STARTED: null,
  ON_TRACK: 1,
  DONE: 1,
  AT_RISK: 0.5,
  SLIPPED: 0,
};

export type StatusTally = Partial<Record<TaskStatus, number>>;
export type LevelTally = Partial<Record<AlertLevel, number>>;

export interface ScoreInput {
  /** Weekly updates due so far and how many were filed by their deadline. */
  updates: { due: number; onTime: number };
  /** The unit's tasks by status as of now. */
  tasks: StatusTally;
  /** The unit's assignments by status as of now. */
  assignments: StatusTally;
  /** Required reports due so far and how many were filed on time. */
  reports: { due: number; onTime: number };
  /** Open (unresolved) alerts addressed to the unit, by level. */
  openAlerts: LevelTally;
}

export interface ScorePartResult {
  part: ScorePart;
  /** 0–100, or null when the unit has nothing of this kind to count. */
  rate: number | null;
  /** The weight this part carried for this unit after re-weighting (0 when rate is null). */
  weight: number;
  /** rate × weight / 100: what the part added to the score. */
  points: number;
}

export interface ScoreResult {
  score: number;
  parts: ScorePartResult[];
  /** Points taken off for open alerts. */
  penalty: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** On-time share 0–100 of what was due; null when nothing was due. */
export function onTimeRate({ due, onTime }: { due: number; onTime: number }): number | null {
  return due > 0 ? round1((Math.min(onTime, due) / due) * 100) : null;
}

/** Health 0–100 of items by status; null when none has started. */
export function healthRate(tally: StatusTally): number | null {
  let counted = 0;
  let sum = 0;
  for (const status of TASK_STATUSES) {
    const weight = HEALTH[status];
    const n = tally[status] ?? 0;
    if (weight === null || n === 0) continue;
    counted += n;
    sum += weight * n;
  }
  return counted > 0 ? round1((sum / counted) * 100) : null;
}

export function alertPenalty(open: LevelTally): number {
  const raw = ALERT_LEVELS.reduce((sum, level) => sum + (open[level] ?? 0) * ALERT_PENALTY[level], 0);
  return Math.min(MAX_ALERT_PENALTY, raw);
}

export function unitScore(input: ScoreInput): ScoreResult {
  const rates: Record<ScorePart, number | null> = {
    updates: onTimeRate(input.updates),
    tasks: healthRate(input.tasks),
    assignments: healthRate(input.assignments),
    reports: onTimeRate(input.reports),
  };
  const present = SCORE_PARTS.filter((part) => rates[part] !== null);
  const totalWeight = present.reduce((sum, part) => sum + SCORE_WEIGHTS[part], 0);
  const parts = SCORE_PARTS.map((part) => {
    const rate = rates[part];
    const weight = rate === null ? 0 : round1((SCORE_WEIGHTS[part] / totalWeight) * 100);
    return { part, rate, weight, points: rate === null ? 0 : round1((rate * weight) / 100) };
  });
  const base =
    totalWeight > 0
      ? present.reduce((sum, part) => sum + rates[part]! * SCORE_WEIGHTS[part], 0) / totalWeight
      : 0;
  const penalty = alertPenalty(input.openAlerts);
  return { score: round1(Math.min(100, Math.max(0, base - penalty))), parts, penalty };
}

/** Standard competition ranking (1, 2, 2, 4) by score, highest first; ties keep the input order. */
export function rankByScore<T extends { score: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.score - a.row.score || a.i - b.i);
  let rank = 0;
  return sorted.map(({ row }, position) => {
    if (position === 0 || sorted[position - 1].row.score !== row.score) rank = position + 1;
    return { ...row, rank };
  });
}
