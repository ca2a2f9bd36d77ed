import { compareWeeks, weeksBetween } from '@lvze/domain';
import type { TaskDetailFragment } from '@/gql/graphql';
import type { MapCell } from './use-battle-map';

export interface TimelinePoint {
  week: string;
  planned: number | null;
  actual: number | null;
}

type TimelineTask = Pick<TaskDetailFragment, 'startsOn' | 'dueOn' | 'weeklyPlan' | 'updates'>;

// Week by week over the task's own span. The map's cells already carry the planned percent (the
// staff plan or the linear one, domain.md) and the reported percent as each week ended; without
// them (a task not on the map) the staff plan and the updates are used directly.
export function taskTimeline(
  task: TimelineTask,
  currentWeek: string,
  cells?: readonly MapCell[] | null,
): TimelinePoint[] {
  const weeks = weeksBetween(task.startsOn, task.dueOn);
  const byWeek = new Map((cells ?? []).map((cell) => [cell.week, cell]));
  const plan = new Map(task.weeklyPlan.map((entry) => [entry.week, entry.plannedPercent]));
  // Updates arrive newest first; walk them oldest first so a later correction wins.
  const reported = new Map<string, number>();
  for (const update of [...task.updates].reverse()) reported.set(update.week, update.percent);

  let lastActual: number | null = null;
  return weeks.map((week) => {
    const future = currentWeek !== '' && compareWeeks(week, currentWeek) > 0;
    const cell = byWeek.get(week);
    if (cell) {
      return { week, planned: cell.plannedPercent, actual: future ? null : (cell.actualPercent ?? null) };
    }
    if (reported.has(week)) lastActual = reported.get(week) ?? lastActual;
    return { week, planned: plan.get(week) ?? null, actual: future ? null : lastActual };
  });
}

interface TimelineLabels {
  planned: string;
  actual: string;
}

// The ECharts option for the drawer's planned-vs-actual chart; chart-panel adds theme and resize.
export function timelineOption(points: readonly TimelinePoint[], labels: TimelineLabels) {
  const weeks = points.map((point) => point.week.slice(5));
  return {
    grid: { left: 44, right: 16, top: 36, bottom: 28 },
    legend: { top: 0, data: [labels.planned, labels.actual] },
    tooltip: {
      trigger: 'axis' as const,
      valueFormatter: (value: unknown) => (value === null || value === undefined ? '—' : `${value}%`),
    },
    xAxis: { type: 'category' as const, data: weeks, boundaryGap: false },
    yAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: labels.planned,
        type: 'line' as const,
        data: points.map((point) => point.planned),
        connectNulls: true,
        symbol: 'none',
        lineStyle: { type: 'dashed' as const, width: 2 },
      },
      {
        name: labels.actual,
        type: 'line' as const,
        data: points.map((point) => point.actual),
        symbolSize: 5,
        lineStyle: { width: 2 },
      },
    ],
  };
}
