import { describe, expect, it } from 'vitest';
import {
  headlineCards,
  heatMap,
  rankingBars,
  statusDonut,
  topAndBottom,
  trendLines,
  trendOf,
} from './dashboard-charts';
import type { DashboardData } from './dashboard-charts';
import { debounce, filterFromQuery, filterToQuery } from './use-dashboard';
import { vi } from 'vitest';

const t = (key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;
const figures = {
  taskStatusCounts: [
    { status: 'ON_TRACK', count: 3 },
    { status: 'SLIPPED', count: 1 },
  ],
  completionRate: 40,
  onTimeRate: 80,
  reportOnTimeRate: 100,
  openAlerts: [
    { level: 'REMINDER', count: 2 },
    { level: 'WARNING', count: 0 },
    { level: 'ACCOUNTABILITY', count: 1 },
  ],
  updatesDue: 10,
  reportsDue: 0,
};
const unit = (id: string, score: number, rank: number) => ({
  unit: { id, code: id, name: `单位${id}`, kind: 'COUNTY' },
  score,
  rank,
});
const data = {
  ...figures,
  updatesOnTime: 8,
  reportsOnTime: 0,
  lastWeek: {
    ...figures,
    completionRate: 35.5,
    onTimeRate: 90,
    openAlerts: [
      { level: 'REMINDER', count: 1 },
      { level: 'WARNING', count: 0 },
      { level: 'ACCOUNTABILITY', count: 1 },
    ],
  },
  weeks: ['2026-W47', '2026-W48'],
  heatMap: [
    {
      unit: { id: 'a', name: '甲' },
      cells: [
        { week: '2026-W47', status: 'DONE' },
        { week: '2026-W48', status: 'SLIPPED' },
      ],
    },
  ],
  unitRanking: [unit('a', 90, 1), unit('b', 70, 2), unit('c', 40, 3)],
} as unknown as DashboardData;

describe('dashboard headline cards', () => {
  it('give each figure with its change since last week and where it leads', () => {
    const cards = headlineCards(data, t);
    const byKey = Object.fromEntries(cards.map((c) => [c.key, c]));
    expect(byKey.completionRate).toMatchObject({ value: 40, previous: 35.5, delta: 4.5, suffix: '%' });
    expect(trendOf(byKey.completionRate)).toBe('better');
    expect(trendOf(byKey.onTimeRate)).toBe('worse');
    // More open reminders is worse news.
    expect(byKey['alerts-REMINDER']).toMatchObject({
      value: 2,
      delta: 1,
      to: { name: 'alerts', query: { level: 'REMINDER' } },
    });
    expect(trendOf(byKey['alerts-REMINDER'])).toBe('worse');
    expect(trendOf(byKey['alerts-ACCOUNTABILITY'])).toBe('same');
  });
});

describe('dashboard charts', () => {
  it('lists every status in the donut, with its colour and status for the drill-down', () => {
    const series = (statusDonut(data, 'zh-CN')!.series as { data: { status: string; value: number }[] }[])[0];
    expect(series.data.map((d) => [d.status, d.value])).toEqual([
      ['NOT_STARTED', 0],
      ['ON_TRACK', 3],
      ['AT_RISK', 0],
      ['SLIPPED', 1],
      ['DONE', 0],
    ]);
  });

  it('draws no task charts when the view holds no task (a zero ring would show equal slices)', () => {
    const none = { ...data, taskStatusCounts: data.taskStatusCounts.map((c) => ({ ...c, count: 0 })) };
    expect(statusDonut(none, 'zh-CN')).toBeNull();
    expect(trendLines(none, t)).toBeNull();
    expect(statusDonut(data, 'zh-CN')).not.toBeNull();
    expect(trendLines({ ...data, trend: [] }, t)).not.toBeNull();
  });

  it('splits the ranking into top and bottom without repeating a unit', () => {
    expect(topAndBottom([1, 2, 3], 10)).toEqual({ top: [1, 2, 3], bottom: [] });
    expect(topAndBottom([1, 2, 3, 4, 5], 2)).toEqual({ top: [1, 2], bottom: [4, 5] });
    const bars = rankingBars(data.unitRanking);
    expect((bars.series as { data: { unitId: string }[] }[])[0].data.map((d) => d.unitId)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('colours heat-map cells by the worst status', () => {
    const series = (heatMap(data, 'zh-CN').series as { data: { value: number[] }[] }[])[0];
    expect(series.data.map((d) => d.value)).toEqual([
      [0, 0, 1],
      [1, 0, 4],
    ]);
  });
});

describe('dashboard filter and live refresh', () => {
  it('round-trips the filter through the address', () => {
    const filter = { campaignId: 'c1', countyId: 'u1', unitKind: 'COUNTY' as const };
    expect(filterFromQuery(filterToQuery(filter) as never)).toEqual(filter);
    expect(filterFromQuery({ kind: 'NOPE' })).toEqual({ campaignId: '', countyId: '', unitKind: '' });
  });

  it('refetches once after a burst of alerts', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const call = debounce(fn, 2000);
    call();
    call();
    vi.advanceTimersByTime(1500);
    call();
    vi.advanceTimersByTime(1999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
