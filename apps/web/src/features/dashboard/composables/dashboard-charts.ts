import { STATUS_PALETTE, TASK_STATUSES, type TaskStatus } from '@lvze/domain';
import type { ChartOption } from '@/components/chart-panel.vue';
import type { AlertLevel, DashboardQuery, DashboardUnitScoreFragment } from '@/gql/graphql';

export type DashboardData = DashboardQuery['dashboard'];
type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Where a number leads when clicked: a route with the query that filters the list behind it. */
export interface DrillDown {
  name: string;
  query?: Record<string, string>;
}

export interface HeadlineCard {
  key: string;
  label: string;
  value: number;
  /** '%' for rates, '' for counts. */
  suffix: string;
  previous: number;
  delta: number;
  /** Whether a rise is good news (rates) or bad (open alerts): it picks the arrow's colour. */
  goodWhen: 'up' | 'down';
  hint: string;
  to: DrillDown;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const countOf = (counts: readonly { level: AlertLevel; count: number }[], level: AlertLevel) =>
  counts.find((c) => c.level === level)?.count ?? 0;

/** The headline figures with their change since last week, each linked to the list behind it. */
export function headlineCards(d: DashboardData, t: Translate): HeadlineCard[] {
  const rate = (key: string, value: number, previous: number, hint: string, to: DrillDown): HeadlineCard => ({
    key,
    label: t(`dashboard.headline.${key}`),
    value,
    suffix: '%',
    previous,
    delta: round1(value - previous),
    goodWhen: 'up',
    hint,
    to,
  });
  const cards = [
    rate(
      'completionRate',
      d.completionRate,
      d.lastWeek.completionRate,
      t('dashboard.headline.tasksHint', { n: d.taskStatusCounts.reduce((n, c) => n + c.count, 0) }),
      { name: 'battle-map' },
    ),
    rate(
      'onTimeRate',
      d.onTimeRate,
      d.lastWeek.onTimeRate,
      t('dashboard.headline.updatesHint', { onTime: d.updatesOnTime, due: d.updatesDue }),
      { name: 'battle-map' },
    ),
    rate(
      'reportOnTimeRate',
      d.reportOnTimeRate,
      d.lastWeek.reportOnTimeRate,
      t('dashboard.headline.reportsHint', { onTime: d.reportsOnTime, due: d.reportsDue }),
      { name: 'alerts', query: { rule: 'REPORT_OVERDUE' } },
    ),
  ];
  const levels: AlertLevel[] = ['REMINDER', 'WARNING', 'ACCOUNTABILITY'];
  for (const level of levels) {
    const value = countOf(d.openAlerts, level);
    const previous = countOf(d.lastWeek.openAlerts, level);
    cards.push({
      key: `alerts-${level}`,
      label: t('dashboard.headline.openAlerts', { level: t(`alerts.levels.${level}`) }),
      value,
      suffix: '',
      previous,
      delta: value - previous,
      goodWhen: 'down',
      hint: t('dashboard.headline.alertsHint'),
      to: { name: 'alerts', query: { level } },
    });
  }
  return cards;
}

export type Trend = 'better' | 'worse' | 'same';
export function trendOf(card: Pick<HeadlineCard, 'delta' | 'goodWhen'>): Trend {
  if (card.delta === 0) return 'same';
  return card.delta > 0 === (card.goodWhen === 'up') ? 'better' : 'worse';
}

const statusName = (status: TaskStatus, locale: string) =>
  locale === 'zh-CN' ? STATUS_PALETTE[status].zh : STATUS_PALETTE[status].en;

/** The status donut; each slice carries its status for the drill-down. */
/** Whether the dashboard covers any task: with none, the task charts would draw a picture of nothing. */
const hasTasks = (d: DashboardData) => d.taskStatusCounts.some((c) => c.count > 0);

/** The tasks by status, or null when there is no task (ECharts draws a zero-sum ring as equal slices). */
export function statusDonut(d: DashboardData, locale: string): ChartOption | null {
  if (!hasTasks(d)) return null;
  const data = TASK_STATUSES.map((status) => ({
    name: statusName(status, locale),
    value: d.taskStatusCounts.find((c) => c.status === status)?.count ?? 0,
    status,
    itemStyle: { color: STATUS_PALETTE[status].color },
  }));
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['42%', '72%'],
        center: ['50%', '42%'],
        // Counts inside the ring: outside labels get cut off at a phone's width.
        label: { position: 'inside', formatter: (p) => (p.value ? String(p.value) : ''), color: '#fff' },
        data,
      },
    ],
  };
}

/** Planned against actual average progress, week by week; null when there is no task. */
export function trendLines(d: DashboardData, t: Translate): ChartOption | null {
  if (!hasTasks(d)) return null;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: d.trend.map((p) => p.week.slice(5)), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: t('dashboard.trend.planned'),
        type: 'line',
        data: d.trend.map((p) => p.plannedPercent),
        showSymbol: false,
        lineStyle: { type: 'dashed' },
        color: '#909399',
      },
      {
        name: t('dashboard.trend.actual'),
        type: 'line',
        data: d.trend.map((p) => p.actualPercent),
        showSymbol: false,
        areaStyle: { opacity: 0.12 },
        color: '#2F6FDE',
      },
    ],
  };
}

/** The first `n` units of the ranking and the last `n` (without repeating any). */
export function topAndBottom<T>(rows: readonly T[], n: number): { top: T[]; bottom: T[] } {
  const top = rows.slice(0, n);
  const bottom = rows.slice(Math.max(n, rows.length - n));
  return { top, bottom };
}

const scoreColor = (score: number) => (score >= 85 ? '#3A9E4A' : score >= 60 ? '#E6A23C' : '#D93026');

/** A horizontal bar of unit scores, best at the top; bars carry the unit for the drill-down. */
export function rankingBars(rows: readonly DashboardUnitScoreFragment[]): ChartOption {
  const ordered = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => `${r.rank}. ${r.unit.name}`),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        label: { show: true, position: 'right', formatter: '{c}' },
        data: ordered.map((r) => ({
          value: r.score,
          unitId: r.unit.id,
          itemStyle: { color: scoreColor(r.score) },
        })),
      },
    ],
  };
}

const SEVERITY: TaskStatus[] = ['NOT_STARTED', 'DONE', 'ON_TRACK', 'AT_RISK', 'SLIPPED'];

/** Units × weeks, each cell the worst light of the unit's tasks that week. */
export function heatMap(d: DashboardData, locale: string): ChartOption {
  const rows = d.heatMap;
  const data = rows.flatMap((row, y) =>
    row.cells.map((cell, x) => ({ value: [x, y, SEVERITY.indexOf(cell.status)], unitId: row.unit.id })),
  );
  return {
    tooltip: {
      formatter: (p) => {
        const { value } = (p as unknown as { data: { value: [number, number, number] } }).data;
        const row = rows[value[1]];
        return `${row.unit.name} ${d.weeks[value[0]]}：${statusName(SEVERITY[value[2]], locale)}`;
      },
    },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.weeks.map((w) => w.slice(6)), splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.unit.name),
      axisLabel: { width: 90, overflow: 'truncate' },
      inverse: true,
    },
    // Colours only: the legend is the page's status tags, which wrap on a phone.
    visualMap: {
      type: 'piecewise',
      show: false,
      pieces: SEVERITY.map((status, i) => ({
        value: i,
        label: statusName(status, locale),
        color: STATUS_PALETTE[status].color,
      })),
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
}

/** Heat-map height: enough for every unit's row, within reason on a phone. */
export const heatMapHeight = (rows: number) => `${Math.min(900, Math.max(180, rows * 22 + 40))}px`;
