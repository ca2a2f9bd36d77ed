import { STATUS_PALETTE } from '@lvze/domain';
import { describe, expect, it } from 'vitest';
import { cellColor, cellGlyph, cellTextColor, weekHeader, weekTiming } from './use-battle-map';
import { currentWeekScrollLeft, fixedWidth, mapColumns } from './map-columns';

describe('battle map cells', () => {
  it('colours a cell from the shared palette', () => {
    expect(cellColor('SLIPPED')).toBe(STATUS_PALETTE.SLIPPED.color);
  });

  it('uses dark text on the light fills', () => {
    expect(cellTextColor('AT_RISK')).toBe('#1f2329');
    expect(cellTextColor('NOT_STARTED')).toBe('#1f2329');
    expect(cellTextColor('SLIPPED')).toBe('#ffffff');
  });

  it.each([
    [{ actualPercent: 42.6 }, 'past', '43'],
    [{ actualPercent: null }, 'past', '–'],
    [{ actualPercent: 100 }, 'current', '100'],
    [{ actualPercent: 30 }, 'future', ''],
  ] as const)('shows %j in a %s week as “%s”', (cell, timing, glyph) => {
    expect(cellGlyph(cell, timing)).toBe(glyph);
  });

  it('orders weeks around the current one', () => {
    expect(weekTiming('2026-W47', '2026-W48')).toBe('past');
    expect(weekTiming('2026-W48', '2026-W48')).toBe('current');
    expect(weekTiming('2027-W01', '2026-W48')).toBe('future');
  });

  it('labels a week header with its Monday and full range', () => {
    expect(weekHeader('2026-W48')).toEqual({
      week: '2026-W48',
      short: 'W48',
      monday: '11-23',
      range: '2026-11-23 — 2026-11-29',
    });
  });
});

describe('map columns', () => {
  const t = (key: string) => key;

  it('stacks the fixed columns left to right', () => {
    const columns = mapColumns(t, false);
    expect(columns.map((c) => c.key)).toEqual(['code', 'title', 'leadLeader', 'leadUnit']);
    expect(columns[1].left).toBe(columns[0].width);
    expect(columns[3].left + columns[3].width).toBe(fixedWidth(columns));
  });

  it('keeps only code and title on phones', () => {
    expect(mapColumns(t, true).map((c) => c.key)).toEqual(['code', 'title']);
  });

  it('scrolls so the current week is in view, never before the start', () => {
    const left = currentWeekScrollLeft(47, 44, 526, 1200);
    expect(left).toBeGreaterThan(0);
    const columnStart = 526 + 47 * 44 - left;
    expect(columnStart).toBeGreaterThanOrEqual(526);
    expect(columnStart + 44).toBeLessThanOrEqual(1200);
    expect(currentWeekScrollLeft(2, 44, 526, 1200)).toBe(0);
    expect(currentWeekScrollLeft(-1, 44, 526, 1200)).toBe(0);
  });
});
