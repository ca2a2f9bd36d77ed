import { describe, expect, it } from 'vitest';
import { taskTimeline } from './use-task-timeline';

const task = {
  startsOn: '2026-11-02',
  dueOn: '2026-11-29',
  weeklyPlan: [
    { week: '2026-W45', plannedPercent: 20 },
    { week: '2026-W48', plannedPercent: 100 },
  ],
  // newest first, as the API sends them; W46 was corrected.
  updates: [
    { week: '2026-W46', percent: 35 },
    { week: '2026-W46', percent: 30 },
    { week: '2026-W45', percent: 15 },
  ] as never,
};

describe('taskTimeline', () => {
  it('spans the task’s weeks and prefers the map cells', () => {
    const cells = ['2026-W45', '2026-W46', '2026-W47', '2026-W48'].map((week, i) => ({
      week,
      status: 'ON_TRACK' as const,
      plannedPercent: (i + 1) * 25,
      actualPercent: i < 2 ? i * 30 : null,
      updated: i < 2,
    }));
    expect(taskTimeline(task, '2026-W47', cells)).toEqual([
      { week: '2026-W45', planned: 25, actual: 0 },
      { week: '2026-W46', planned: 50, actual: 30 },
      { week: '2026-W47', planned: 75, actual: null },
      { week: '2026-W48', planned: 100, actual: null },
    ]);
  });

  it('falls back to the staff plan and the latest update per week', () => {
    expect(taskTimeline(task, '2026-W47')).toEqual([
      { week: '2026-W45', planned: 20, actual: 15 },
      { week: '2026-W46', planned: null, actual: 35 },
      { week: '2026-W47', planned: null, actual: 35 },
      { week: '2026-W48', planned: 100, actual: null },
    ]);
  });
});
