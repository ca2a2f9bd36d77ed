import type { ReportField } from '@lvze/domain';
import { describe, expect, it } from 'vitest';
import { cellText, parseDateCell, readCell, rowsFromTexts, textsFromRows, tidyCellText } from './table-cells';

const predefined: ReportField = {
  key: 'categories',
  label: '自查自纠清单',
  type: 'TABLE',
  rows: [
    { key: 'c1', label: '危房改造' },
    { key: 'c2', label: '易地扶贫搬迁' },
  ],
  columns: [
    { key: 'projects', label: '项目数', type: 'NUMBER', total: true },
    { key: 'funds', label: '资金（万元）', type: 'MONEY', total: true },
    { key: 'note', label: '备注', type: 'TEXT' },
  ],
};
const free: ReportField = { ...predefined, key: 'visits', rows: undefined };

describe('readCell', () => {
  it.each([
    [{ type: 'NUMBER' as const }, '1,234', { ok: true, value: 1234 }],
    [{ type: 'NUMBER' as const }, '十二', { ok: false }],
    [{ type: 'MONEY' as const }, '12.34', { ok: true, value: 12.34 }],
    [{ type: 'MONEY' as const }, '12.345', { ok: false }],
    [{ type: 'DATE' as const }, '2026/5/8', { ok: true, value: '2026-05-08' }],
    [{ type: 'DATE' as const }, '2026年5月8日', { ok: true, value: '2026-05-08' }],
    [{ type: 'DATE' as const }, '2026-02-30', { ok: false }],
    [{ type: 'CHOICE' as const, options: ['是', '否'] }, '是', { ok: true, value: '是' }],
    [{ type: 'CHOICE' as const, options: ['是', '否'] }, '也许', { ok: false }],
    [{ type: 'TEXT' as const }, '  ', { ok: true, value: null }],
  ])('%j reads %j', (column, raw, expected) => {
    expect(readCell(column, raw)).toEqual(expected);
  });

  it('parses dates only when they exist', () => {
    expect(parseDateCell('')).toEqual({ ok: true, value: null });
    expect(parseDateCell('2026.13.01')).toEqual({ ok: false });
  });
});

describe('cell texts', () => {
  it('shows money with two decimals and tidies readable input', () => {
    expect(cellText({ type: 'MONEY' }, 3)).toBe('3.00');
    expect(cellText({ type: 'NUMBER' }, 3)).toBe('3');
    expect(tidyCellText({ type: 'MONEY' }, '1,200.5')).toBe('1200.50');
    expect(tidyCellText({ type: 'MONEY' }, '12元')).toBe('12元');
  });

  it('lays predefined rows out in their own order, whatever the stored order', () => {
    expect(
      textsFromRows(predefined, [
        { rowKey: 'c2', projects: 4 },
        { rowKey: 'c1', funds: 12.5, note: '已整改' },
      ]),
    ).toEqual([
      ['', '12.50', '已整改'],
      ['4', '', ''],
    ]);
    expect(textsFromRows(predefined, null)).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('reads the grid back: numbers, row keys, and bad cells kept as typed', () => {
    const read = rowsFromTexts(predefined, [
      ['3', '12.50', ''],
      ['x', '', '备注'],
    ]);
    expect(read.rows).toEqual([
      { rowKey: 'c1', projects: 3, funds: 12.5 },
      { rowKey: 'c2', projects: 'x', note: '备注' },
    ]);
    expect([...read.bad]).toEqual(['1:projects']);
    expect(read.shownRow).toEqual([0, 1]);
  });

  it('leaves empty free rows out of the content but remembers where each row is shown', () => {
    const read = rowsFromTexts(free, [
      ['1', '', ''],
      ['', '', ''],
      ['2', '', ''],
    ]);
    expect(read.rows).toEqual([{ projects: 1 }, { projects: 2 }]);
    expect(read.shownRow).toEqual([0, 2]);
  });
});
