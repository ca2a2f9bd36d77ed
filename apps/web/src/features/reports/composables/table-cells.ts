import { isIsoDate, ROW_KEY, type ReportField, type ReportTableColumn } from '@lvze/domain';
import { parseNumberCell } from './table-paste';

// The table editor keeps what the user sees (one text per cell) and derives the content the server
// stores from it: numbers as numbers, blanks as null, and a cell it cannot read as the text itself,
// so the user sees what they typed and validateReportContent names the cell.

export type TableRow = Record<string, unknown>;
export type CellRead = { ok: true; value: string | number | null } | { ok: false };

const DATE_PARTS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

// 2026/5/8, 2026-05-08, 2026年5月8日 → 2026-05-08 (the forms spreadsheets and people write).
export function parseDateCell(raw: string): CellRead {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const match = DATE_PARTS.exec(text);
  if (!match) return { ok: false };
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isIsoDate(date) ? { ok: true, value: date } : { ok: false };
}

export function readCell(column: Pick<ReportTableColumn, 'type' | 'options'>, raw: string): CellRead {
  switch (column.type) {
    case 'NUMBER':
      return parseNumberCell(raw);
    case 'MONEY': {
      const parsed = parseNumberCell(raw);
      // 万元 with at most two decimals (the server's rule); more is a typo, not something to round away.
      if (
        parsed.ok &&
        parsed.value !== null &&
        Math.abs(Math.round(parsed.value * 100) - parsed.value * 100) > 1e-6
      )
        return { ok: false };
      return parsed;
    }
    case 'DATE':
      return parseDateCell(raw);
    case 'CHOICE': {
      const text = raw.trim();
      if (text === '') return { ok: true, value: null };
      return (column.options ?? []).includes(text) ? { ok: true, value: text } : { ok: false };
    }
    case 'TEXT': {
      const text = raw.trim();
      return { ok: true, value: text === '' ? null : text };
    }
  }
}

// What a stored value looks like in its cell: money always with two decimals.
export function cellText(column: Pick<ReportTableColumn, 'type'>, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return column.type === 'MONEY' ? value.toFixed(2) : String(value);
  return String(value);
}

// The text after the user leaves a cell: readable values in their tidy form, the rest untouched.
export function tidyCellText(column: Pick<ReportTableColumn, 'type' | 'options'>, raw: string): string {
  const read = readCell(column, raw);
  return read.ok ? cellText(column, read.value) : raw;
}

export function isPredefined(field: Pick<ReportField, 'rows'>): boolean {
  return Array.isArray(field.rows);
}

// The texts for a table value: one line per predefined row (matched by rowKey, whatever order the
// value has), or one per free row.
export function textsFromRows(field: ReportField, rows: readonly TableRow[] | null | undefined): string[][] {
  const columns = field.columns ?? [];
  const toTexts = (row: TableRow | undefined) => columns.map((column) => cellText(column, row?.[column.key]));
  const value = Array.isArray(rows) ? rows : [];
  if (!field.rows) return value.map(toTexts);
  const byKey = new Map(value.map((row) => [row[ROW_KEY], row]));
  return field.rows.map((row) => toTexts(byKey.get(row.key)));
}

export interface ReadTable {
  rows: TableRow[];
  // "row:column" of every cell whose text could not be read (rows counted as shown).
  bad: Set<string>;
  // For each stored row, the shown row it came from (free tables leave out empty rows).
  shownRow: number[];
}

export const cellId = (row: number, column: string) => `${row}:${column}`;

export function rowsFromTexts(field: ReportField, texts: readonly (readonly string[])[]): ReadTable {
  const columns = field.columns ?? [];
  const bad = new Set<string>();
  const read = texts.map((line, r) => {
    const row: TableRow = {};
    const predefined = field.rows?.[r];
    if (predefined) row[ROW_KEY] = predefined.key;
    columns.forEach((column, c) => {
      const raw = line[c] ?? '';
      const read = readCell(column, raw);
      if (read.ok) {
        if (read.value !== null) row[column.key] = read.value;
      } else {
        row[column.key] = raw;
        bad.add(cellId(r, column.key));
      }
    });
    return row;
  });
  // Free tables leave out empty rows: a row added and never filled is not part of the report.
  const shownRow = read.flatMap((row, r) => (field.rows || Object.keys(row).length > 0 ? [r] : []));
  return { rows: shownRow.map((r) => read[r]!), bad, shownRow };
}
