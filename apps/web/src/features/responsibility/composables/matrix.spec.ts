import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX_FILTER,
  buildMatrix,
  cellLabel,
  cellText,
  countyOptions,
  filterFromQuery,
  filterToQuery,
  matrixColorVars,
  matrixVariables,
  rowKeys,
  statusCounts,
  type MatrixData,
  type MatrixRow,
} from './matrix';

const t = (key: string, named?: Record<string, unknown>) => `${key}${named ? JSON.stringify(named) : ''}`;

function row(
  seq: number,
  kind: MatrixRow['item']['list']['kind'],
  listSeq: number,
  cells: MatrixRow['cells'],
): MatrixRow {
  return {
    item: {
      id: `${kind}-${listSeq}-${seq}`,
      seq,
      content: `事项 ${seq}`,
      cadence: 'QUARTERLY',
      list: { id: `l${listSeq}`, seq: listSeq, kind, title: `清单 ${listSeq}` },
    },
    cells,
  };
}

const cell = (unitId: string, status: 'DONE' | 'SLIPPED' | 'AT_RISK', percent: number, reopened = false) => ({
  assignmentId: `a-${unitId}-${percent}`,
  unitId,
  status,
  percent,
  period: '2026-Q4',
  dueOn: '2027-01-08',
  reopened,
});

const units: MatrixData['units'] = [
  { id: 'u1', code: 'ziyuan', name: '资源县', kind: 'COUNTY' },
  { id: 'u2', code: 'fupinban', name: '市扶贫办', kind: 'MUNICIPAL_UNIT' },
];

describe('matrix filters', () => {
  it('reads the address, defaulting to 主体责任 and ignoring junk', () => {
    expect(filterFromQuery({})).toEqual(DEFAULT_MATRIX_FILTER);
    expect(filterFromQuery({ kind: 'ALL', unitKind: 'COUNTY', county: 'c1' })).toEqual({
      kind: '',
      unitKind: 'COUNTY',
      countyId: 'c1',
    });
    expect(filterFromQuery({ kind: 'NOPE', unitKind: ['MUNICIPAL_UNIT', 'COUNTY'] })).toEqual({
      kind: 'PARTY_PRINCIPAL',
      unitKind: 'MUNICIPAL_UNIT',
      countyId: '',
    });
  });

  it('round-trips through the address, keeping the default out of it', () => {
    expect(filterToQuery(DEFAULT_MATRIX_FILTER)).toEqual({});
    const all = { kind: '' as const, unitKind: 'COUNTY' as const, countyId: 'c9' };
    expect(filterToQuery(all)).toEqual({ kind: 'ALL', unitKind: 'COUNTY', county: 'c9' });
    expect(filterFromQuery(filterToQuery(all))).toEqual(all);
  });

  it('sends null for every empty choice', () => {
    expect(matrixVariables({ kind: '', unitKind: '', countyId: '' })).toEqual({
      kind: null,
      unitKind: null,
      countyId: null,
    });
    expect(matrixVariables({ kind: 'COMMISSION_SUPERVISION', unitKind: 'COUNTY', countyId: 'x' })).toEqual({
      kind: 'COMMISSION_SUPERVISION',
      unitKind: 'COUNTY',
      countyId: 'x',
    });
  });

  it('offers only counties in the county filter', () => {
    expect(countyOptions(units).map((u) => u.code)).toEqual(['ziyuan']);
  });
});

describe('matrix row keys', () => {
  it('uses the bare number within one list', () => {
    expect(rowKeys([row(1, 'PARTY_PRINCIPAL', 1, []).item, row(2, 'PARTY_PRINCIPAL', 1, []).item])).toEqual([
      '1',
      '2',
    ]);
  });

  it('adds the kind when several kinds are shown', () => {
    const items = [row(1, 'PARTY_PRINCIPAL', 1, []).item, row(1, 'DEPARTMENT_SUPERVISORY', 2, []).item];
    expect(rowKeys(items)).toEqual(['PARTY_PRINCIPAL-1', 'DEPARTMENT_SUPERVISORY-1']);
  });

  it('adds the list number only where one kind has several lists with that number', () => {
    const items = [
      row(1, 'PARTY_PRINCIPAL', 1, []).item,
      row(1, 'LEADERSHIP_MEMBER', 4, []).item,
      row(1, 'LEADERSHIP_MEMBER', 5, []).item,
      row(4, 'LEADERSHIP_MEMBER', 4, []).item,
    ];
    expect(rowKeys(items)).toEqual([
      'PARTY_PRINCIPAL-1',
      'LEADERSHIP_MEMBER-4-1',
      'LEADERSHIP_MEMBER-5-1',
      'LEADERSHIP_MEMBER-4',
    ]);
  });
});

describe('matrix cells', () => {
  const data: Pick<MatrixData, 'units' | 'rows'> = {
    units,
    rows: [
      row(1, 'PARTY_PRINCIPAL', 1, [cell('u1', 'DONE', 100), null]),
      row(2, 'PARTY_PRINCIPAL', 1, [cell('u1', 'SLIPPED', 33.3, true), cell('u2', 'AT_RISK', 49.6)]),
    ],
  };

  it('maps each cell to its unit column, keeping unassigned ones empty', () => {
    const views = buildMatrix(data, () => 'label');
    expect(views.map((v) => v.cells.map((c) => [c.testId, c.cell?.status ?? 'NONE']))).toEqual([
      [
        ['matrix-cell-1-ziyuan', 'DONE'],
        ['matrix-cell-1-fupinban', 'NONE'],
      ],
      [
        ['matrix-cell-2-ziyuan', 'SLIPPED'],
        ['matrix-cell-2-fupinban', 'AT_RISK'],
      ],
    ]);
    expect(buildMatrix(null, () => '')).toEqual([]);
  });

  it('shows the rounded percent as text, nothing when unassigned', () => {
    expect(cellText(cell('u1', 'AT_RISK', 49.6))).toBe('50');
    expect(cellText(null)).toBe('');
  });

  it('names status, percent and reopening in the label (not colour alone)', () => {
    const status = (s: string) => `S:${s}`;
    const r = data.rows[1];
    expect(cellLabel(t, status, units[0], r, r.cells[0])).toContain('responsibility.matrix.cellReopened');
    expect(cellLabel(t, status, units[0], r, r.cells[0])).toContain('"status":"S:SLIPPED","percent":33.3');
    expect(cellLabel(t, status, units[1], data.rows[0], null)).toContain('responsibility.matrix.cellNone');
  });

  it('counts statuses, unassigned included', () => {
    expect(statusCounts(data.rows)).toEqual({
      NOT_STARTED: 0,
      ON_TRACK: 0,
      AT_RISK: 1,
      SLIPPED: 1,
      DONE: 1,
      NONE: 1,
    });
  });

  it('gives yellow and grey cells dark text, the others white', () => {
    const vars = matrixColorVars();
    expect(vars['--status-ink-AT_RISK']).toBe('#1f2329');
    expect(vars['--status-ink-DONE']).toBe('#ffffff');
    expect(vars['--status-DONE']).toMatch(/^#/);
  });
});
