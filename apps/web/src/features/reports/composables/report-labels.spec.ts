import { describe, expect, it } from 'vitest';
import { beijingTime, countdown, periodLabel, reportTitle, reportTone } from './report-labels';

const t = (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`;

describe('report labels', () => {
  it.each([
    ['2026-05', '2026年5月', 'May 2026'],
    ['2026-Q3', '2026年第三季度', 'Q3 2026'],
    ['2026-W22', '2026年第22周', '2026 week 22'],
    ['2026', '2026年度', 'Year 2026'],
    ['ONCE', '一次性', 'One-off'],
  ])('%s reads %s / %s', (period, zh, en) => {
    expect(periodLabel(period, 'zh-CN')).toBe(zh);
    expect(periodLabel(period, 'en')).toBe(en);
  });

  it('names a report by template and period, a one-off by itself', () => {
    expect(reportTitle('工作月报', '2026-05', 'zh-CN')).toBe('工作月报 · 2026年5月');
    expect(reportTitle('自查自纠清单', 'ONCE', 'zh-CN')).toBe('自查自纠清单');
  });

  it('counts down in working days', () => {
    expect(countdown(null, t)).toBeNull();
    expect(countdown(5, t)).toEqual({ text: 'reports.countdown.left{"days":5}', tone: 'muted' });
    expect(countdown(2, t)?.tone).toBe('warning');
    expect(countdown(0, t)).toEqual({ text: 'reports.countdown.today', tone: 'danger' });
    expect(countdown(-3, t)).toEqual({ text: 'reports.countdown.overdue{"days":3}', tone: 'danger' });
  });

  it('colours overdue unfiled reports red', () => {
    expect(reportTone('PENDING', true)).toBe('OVERDUE');
    expect(reportTone('RETURNED', true)).toBe('OVERDUE');
    expect(reportTone('SUBMITTED', true)).toBe('SUBMITTED');
    expect(reportTone('PENDING', false)).toBe('PENDING');
  });

  it('shows instants on the Beijing clock', () => {
    expect(beijingTime('2026-06-05T10:00:00.000Z')).toBe('2026-06-05 18:00');
    expect(beijingTime(null)).toBe('');
  });
});
