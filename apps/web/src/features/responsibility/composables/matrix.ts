import { STATUS_PALETTE, type TaskStatus } from '@lvze/domain';
import type { RespMatrixQuery, ResponsibilityKind, UnitKind } from '@/gql/graphql';
import { isResponsibilityKind, isUnitKind } from './kinds';

export type MatrixData = RespMatrixQuery['responsibilityMatrix'];
export type MatrixRow = MatrixData['rows'][number];
export type MatrixUnit = MatrixData['units'][number];
export type MatrixCellData = NonNullable<MatrixRow['cells'][number]>;

export interface MatrixFilter {
  kind: ResponsibilityKind | '';
  unitKind: UnitKind | '';
  countyId: string;
}

export const DEFAULT_MATRIX_FILTER: MatrixFilter = { kind: 'PARTY_PRINCIPAL', unitKind: '', countyId: '' };

type QueryValue = string | null | (string | null)[] | undefined;
const first = (value: QueryValue): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

// The filter lives in the address (?kind=&unitKind=&county=), so a matrix view can be shared.
// `kind=ALL` is the explicit "every kind" (an absent kind means the default, 主体责任).
export function filterFromQuery(query: Record<string, QueryValue>): MatrixFilter {
  const kind = first(query.kind);
  const unitKind = first(query.unitKind);
  return {
    kind: kind === 'ALL' ? '' : isResponsibilityKind(kind) ? kind : DEFAULT_MATRIX_FILTER.kind,
    unitKind: isUnitKind(unitKind) ? unitKind : '',
    countyId: first(query.county),
  };
}

export function filterToQuery(filter: MatrixFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.kind !== DEFAULT_MATRIX_FILTER.kind) query.kind = filter.kind || 'ALL';
  if (filter.unitKind) query.unitKind = filter.unitKind;
  if (filter.countyId) query.county = filter.countyId;
  return query;
}

// Variables for responsibilityMatrix: empty choices are left out (the server then shows all).
export function matrixVariables(filter: MatrixFilter) {
  return {
    kind: filter.kind || null,
    unitKind: filter.unitKind || null,
    countyId: filter.countyId || null,
  };
}

type RowItem = Pick<MatrixRow['item'], 'seq'> & { list: Pick<MatrixRow['item']['list'], 'kind' | 'seq'> };

// How a row is named in test ids: the item number when the numbers shown are unique (one list, e.g.
// 主体责任 `3`); otherwise `<listKind>-<seq>` (`PARTY_PRINCIPAL-3`), and `<listKind>-<listSeq>-<seq>`
// only for rows whose kind has several lists carrying that number (领导班子成员 `LEADERSHIP_MEMBER-5-2`).
export function rowKeys(items: readonly RowItem[]): string[] {
  const bySeq = items.map((item) => String(item.seq));
  if (new Set(bySeq).size === bySeq.length) return bySeq;
  const byKind = items.map((item) => `${item.list.kind}-${item.seq}`);
  const seen = new Map<string, number>();
  for (const key of byKind) seen.set(key, (seen.get(key) ?? 0) + 1);
  return items.map((item, i) =>
    seen.get(byKind[i])! > 1 ? `${item.list.kind}-${item.list.seq}-${item.seq}` : byKind[i],
  );
}

export function cellTestId(rowKey: string, unitCode: string): string {
  return `matrix-cell-${rowKey}-${unitCode}`;
}

// Yellow and grey fills are too light for white text; those take the ink colour instead.
const DARK_TEXT: ReadonlySet<TaskStatus> = new Set(['AT_RISK', 'NOT_STARTED']);

// The palette as CSS custom properties set once on the grid, so each cell needs only a class.
export function matrixColorVars(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const status of Object.keys(STATUS_PALETTE) as TaskStatus[]) {
    vars[`--status-${status}`] = STATUS_PALETTE[status].color;
    vars[`--status-ink-${status}`] = DARK_TEXT.has(status) ? '#1f2329' : '#ffffff';
  }
  return vars;
}

export function cellText(cell: Pick<MatrixCellData, 'percent'> | null): string {
  return cell ? String(Math.round(cell.percent)) : '';
}

export interface MatrixCellView {
  key: string;
  testId: string;
  unitId: string;
  unitCode: string;
  cell: MatrixCellData | null;
  label: string;
}

export interface MatrixRowView {
  key: string;
  row: MatrixRow;
  cells: MatrixCellView[];
}

type Translate = (key: string, named?: Record<string, unknown>) => string;
type StatusLabel = (status: TaskStatus) => string;

// The spoken name of a cell: unit, item, status and percent (colour is never the only signal).
export function cellLabel(
  t: Translate,
  statusLabel: StatusLabel,
  unit: Pick<MatrixUnit, 'name'>,
  row: MatrixRow,
  cell: MatrixCellData | null,
): string {
  const item = t('responsibility.matrix.itemRef', { seq: row.item.seq, list: row.item.list.title });
  if (!cell) return t('responsibility.matrix.cellNone', { unit: unit.name, item });
  return t(cell.reopened ? 'responsibility.matrix.cellReopened' : 'responsibility.matrix.cell', {
    unit: unit.name,
    item,
    status: statusLabel(cell.status),
    percent: Math.round(cell.percent * 10) / 10,
    period: cell.period,
    due: cell.dueOn,
  });
}

// One pass over the server's rows: cells are already in column order, null where not assigned.
export function buildMatrix(
  data: Pick<MatrixData, 'units' | 'rows'> | null,
  label: (unit: MatrixUnit, row: MatrixRow, cell: MatrixCellData | null) => string,
): MatrixRowView[] {
  if (!data) return [];
  const keys = rowKeys(data.rows.map((row) => row.item));
  return data.rows.map((row, r) => ({
    key: keys[r],
    row,
    cells: data.units.map((unit, u) => {
      const cell = row.cells[u] ?? null;
      return {
        key: unit.id,
        testId: cellTestId(keys[r], unit.code),
        unitId: unit.id,
        unitCode: unit.code,
        cell,
        label: label(unit, row, cell),
      };
    }),
  }));
}

export type StatusCounts = Record<TaskStatus | 'NONE', number>;

// Per-column and overall tallies (the legend's counts).
export function statusCounts(rows: readonly Pick<MatrixRow, 'cells'>[]): StatusCounts {
  const counts: StatusCounts = { NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 0, SLIPPED: 0, DONE: 0, NONE: 0 };
  for (const row of rows) for (const cell of row.cells) counts[cell ? cell.status : 'NONE'] += 1;
  return counts;
}

// Counties for the county filter: COUNTY units, in unit order.
export function countyOptions<U extends { kind: UnitKind }>(units: readonly U[]): U[] {
  return units.filter((unit) => unit.kind === 'COUNTY');
}
