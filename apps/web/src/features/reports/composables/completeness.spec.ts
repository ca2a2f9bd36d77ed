import { describe, expect, it } from 'vitest';
import { cellTone, completenessRows } from './completeness';

const cell = (
  unitId: string,
  period: string,
  status: 'PENDING' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED',
  overdue = false,
) => ({
  obligationId: `${unitId}-${period}`,
  unitId,
  period,
  status,
  late: false,
  overdue,
});
const units = [
  { id: 'ziyuan', name: '资源县' },
  { id: 'lingui', name: '临桂区' },
  { id: 'xingan', name: '兴安县' },
];
const periods = ['2026-09', '2026-10'];
const cells = [
  cell('ziyuan', '2026-09', 'ACCEPTED'),
  cell('ziyuan', '2026-10', 'PENDING', true),
  cell('lingui', '2026-09', 'RETURNED'),
  cell('lingui', '2026-10', 'SUBMITTED'),
  cell('xingan', '2026-10', 'ACCEPTED'),
];

describe('completeness matrix', () => {
  it('lays cells out unit by period, with gaps where there is no report', () => {
    const rows = completenessRows(units, periods, cells);
    expect(rows.map((r) => r.cells.map((c) => c?.status ?? null))).toEqual([
      ['ACCEPTED', 'PENDING'],
      ['RETURNED', 'SUBMITTED'],
      [null, 'ACCEPTED'],
    ]);
    expect(rows.map((r) => r.overdue)).toEqual([1, 0, 0]);
  });

  it('keeps only units with something overdue or returned when asked', () => {
    expect(completenessRows(units, periods, cells, true).map((r) => r.unit.id)).toEqual(['ziyuan', 'lingui']);
  });

  it('reads overdue unfiled reports as red', () => {
    expect(cellTone({ status: 'PENDING', overdue: true })).toBe('OVERDUE');
    expect(cellTone({ status: 'ACCEPTED', overdue: false })).toBe('ACCEPTED');
  });
});
