import { describe, expect, it } from 'vitest';
import { bulletinText, bulletinWeeks, lastCompletedWeek, slippedRows, type Bulletin } from './bulletin-sheet';

const zh = (key: string, named: Record<string, unknown> = {}) =>
  `${key}${Object.keys(named).length ? JSON.stringify(named) : ''}`;

const bulletin = {
  week: '2026-W47',
  startsOn: '2026-11-16',
  endsOn: '2026-11-22',
  asOf: '2026-11-22T23:59:59.999+08:00',
  issuer: ['中共桂林市纪律检查委员会', '专项治理办公室'],
  dateline: '二〇二六年十一月二十五日',
  campaign: { id: 'c', name: '2026年专项治理' },
  taskTotal: 3,
  taskStatusCounts: [
    { status: 'NOT_STARTED', count: 0 },
    { status: 'ON_TRACK', count: 1 },
    { status: 'AT_RISK', count: 0 },
    { status: 'SLIPPED', count: 2 },
    { status: 'DONE', count: 0 },
  ],
  completionRate: 0,
  updatesDue: 0,
  updatesOnTime: 0,
  onTimeUpdateRate: null,
  slippedByUnit: [
    { unit: { id: 'u1', name: '临桂区' }, tasks: [{ id: 't1', code: 'T01' }] },
    {
      unit: { id: 'u2', name: '资源县' },
      tasks: [
        { id: 't2', code: 'T02' },
        { id: 't3', code: 'T03' },
      ],
    },
  ],
  overdueReportCount: 0,
  overdueReports: [],
  alertsFired: [
    { level: 'REMINDER', count: 0 },
    { level: 'WARNING', count: 0 },
    { level: 'ACCOUNTABILITY', count: 0 },
  ],
  decisions: [],
  decisionCounts: [],
} as unknown as Bulletin;

describe('the bulletin sheet', () => {
  it('defaults to the last completed week and offers the campaign’s completed weeks, newest first', () => {
    const now = new Date('2026-01-14T10:00:00+08:00'); // Wednesday of 2026-W03
    expect(lastCompletedWeek(now)).toBe('2026-W02');
    expect(bulletinWeeks('2026-01-01', now)).toEqual([
      { week: '2026-W02', from: '2026-01-05', to: '2026-01-11' },
      { week: '2026-W01', from: '2025-12-29', to: '2026-01-04' },
    ]);
  });

  it('writes the week’s sentences; a finished week is dated without a time', () => {
    const text = bulletinText(bulletin, zh, 'zh-CN');
    expect(text.reference).toBe('bulletin.reference{"year":2026,"week":47}');
    expect(text.range).toContain('"from":"11月16日","to":"11月22日"');
    expect(text.overview).toContain('"asOf":"11月22日"');
    expect(text.overview).toContain('正常推进');
    expect(text.updates).toBe('bulletin.noUpdatesDue');
    expect(text.slippedIntro).toBe('bulletin.slippedIntro{"count":3,"units":2}');
    expect(text.alerts).toBe('bulletin.none');
    expect(bulletinText({ ...bulletin, asOf: '2026-11-20T10:00:00.000+08:00' }, zh, 'en').overview).toContain(
      '"asOf":"11-20 10:00"',
    );
  });

  it('names the unit on every slipped row', () => {
    expect(slippedRows(bulletin).map((r) => [r.unit.name, r.task.code])).toEqual([
      ['临桂区', 'T01'],
      ['资源县', 'T02'],
      ['资源县', 'T03'],
    ]);
  });
});
