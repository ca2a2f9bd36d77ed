import { describe, expect, it } from 'vitest';
import { planEntries, planProblems, planRows } from './weekly-plan';

const task = {
  startsOn: '2026-11-04',
  dueOn: '2026-11-25',
  weeklyPlan: [{ week: '2026-W46', plannedPercent: 40 }],
};

describe('weekly plan', () => {
  it('has one row per week of the task, filled from the staff plan', () => {
    expect(planRows(task)).toEqual([
      { week: '2026-W45', plannedPercent: null },
      { week: '2026-W46', plannedPercent: 40 },
      { week: '2026-W47', plannedPercent: null },
      { week: '2026-W48', plannedPercent: null },
    ]);
  });

  it('starts from the plan in force when staff never wrote one', () => {
    const suggested = new Map([
      ['2026-W45', 25],
      ['2026-W48', 100],
    ]);
    expect(planRows({ ...task, weeklyPlan: [] }, suggested).map((r) => r.plannedPercent)).toEqual([
      25,
      null,
      null,
      100,
    ]);
    // A written plan is never mixed with suggestions.
    expect(planRows(task, suggested).map((r) => r.plannedPercent)).toEqual([null, 40, null, null]);
  });

  it('accepts a cumulative plan with gaps and equal weeks', () => {
    const rows = [
      { week: 'a', plannedPercent: 10 },
      { week: 'b', plannedPercent: null },
      { week: 'c', plannedPercent: 10 },
      { week: 'd', plannedPercent: 100 },
    ];
    expect(planProblems(rows)).toEqual([]);
    expect(planEntries(rows)).toEqual([
      { week: 'a', plannedPercent: 10 },
      { week: 'c', plannedPercent: 10 },
      { week: 'd', plannedPercent: 100 },
    ]);
  });

  it('names the weeks that go down or leave 0–100', () => {
    const rows = [
      { week: 'a', plannedPercent: 30 },
      { week: 'b', plannedPercent: 20 },
      { week: 'c', plannedPercent: 120 },
      { week: 'd', plannedPercent: 25 },
      { week: 'e', plannedPercent: 60 },
    ];
    expect(planProblems(rows)).toEqual([
      { week: 'b', kind: 'decreasing' },
      { week: 'c', kind: 'range' },
      { week: 'd', kind: 'decreasing' },
    ]);
  });
});
