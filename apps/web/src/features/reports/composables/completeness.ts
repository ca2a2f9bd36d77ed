import { reportTone, type ReportStatusCode } from './report-labels';

export interface CompletenessCell {
  obligationId: string;
  unitId: string;
  period: string;
  status: ReportStatusCode;
  late: boolean;
  overdue: boolean;
}

export interface CompletenessUnit {
  id: string;
  name: string;
}

export type CellTone = ReturnType<typeof reportTone>;

export interface MatrixRow<U extends CompletenessUnit, C extends CompletenessCell> {
  unit: U;
  // One per period, in the periods' order; null where the unit has no report for it.
  cells: (C | null)[];
  // Reports not filed whose due time has passed: the row staff chase first.
  overdue: number;
}

// Units × periods. `onlyMissing` keeps the units with something overdue or returned.
export function completenessRows<U extends CompletenessUnit, C extends CompletenessCell>(
  units: readonly U[],
  periods: readonly string[],
  cells: readonly C[],
  onlyMissing = false,
): MatrixRow<U, C>[] {
  const byKey = new Map(cells.map((cell) => [`${cell.unitId}|${cell.period}`, cell]));
  const rows = units.map((unit) => {
    const row = periods.map((period) => byKey.get(`${unit.id}|${period}`) ?? null);
    return {
      unit,
      cells: row,
      overdue: row.filter((c) => c && reportTone(c.status, c.overdue) === 'OVERDUE').length,
    };
  });
  return onlyMissing
    ? rows.filter((row) => row.overdue > 0 || row.cells.some((c) => c?.status === 'RETURNED'))
    : rows;
}

export function cellTone(cell: Pick<CompletenessCell, 'status' | 'overdue'>): CellTone {
  return reportTone(cell.status, cell.overdue);
}
