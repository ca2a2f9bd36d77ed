import { STATUS_PALETTE, TASK_STATUSES, type TaskStatus } from '@lvze/domain';
import ExcelJS from 'exceljs';

// The look every exported ledger (台账) shares: the task ledger and the responsibility matrix.

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});

export const HEADER_FILL = solid('#DDE3EE');

export const THIN: ExcelJS.Borders = {
  top: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  left: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  bottom: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  right: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  diagonal: {},
};

// exceljs's PaperSize enum omits A3; 8 is A3 in the OOXML paper size table.
const A3_PAPER = 8 as ExcelJS.PaperSize;

export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A sheet named after `name`, made legal and unique in the workbook: Excel refuses []:*?/\, more
 * than 31 characters and a name already used (in any letter case), so a repeat gets （2）, （3）….
 */
export function addNamedSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const legal = name.replace(/[[\]:*?/\\]/g, '·');
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const candidate = legal.slice(0, SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return workbook.addWorksheet(candidate);
  }
}

const SHEET_NAME_LENGTH = 31;

export function newWorkbook(now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '履责';
  workbook.created = now;
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Row 1: the ledger's title across every column. */
export function addTitleRow(sheet: ExcelJS.Worksheet, title: string, lastColumn: number): void {
  sheet.mergeCells(1, 1, 1, Math.max(lastColumn, 1));
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 16 };
  cell.alignment = { vertical: 'middle', horizontal: 'left' };
  sheet.getRow(1).height = 30;
}

/** Writes a header row (headings and column widths) in the ledgers' bold, shaded, bordered style. */
export function addHeaderRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: readonly { header: string; width: number }[],
  startColumn = 1,
): ExcelJS.Row {
  const row = sheet.getRow(rowNumber);
  columns.forEach((column, i) => {
    row.getCell(startColumn + i).value = column.header;
    sheet.getColumn(startColumn + i).width = column.width;
  });
  styleHeaderRow(row);
  return row;
}

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

/** A status cell: the palette colour behind white text. */
export function fillStatus(cell: ExcelJS.Cell, status: TaskStatus, size?: number): void {
  cell.fill = solid(STATUS_PALETTE[status].color);
  cell.font = { color: { argb: 'FFFFFFFF' }, bold: size === undefined, ...(size && { size }) };
}

/** Frozen headings, A3 landscape one page wide, headings repeated on every printed page. */
export function setLedgerLayout(
  sheet: ExcelJS.Worksheet,
  frozen: { columns: number; rows: number },
  printTitlesColumn: string,
): void {
  const topLeft = sheet.getCell(frozen.rows + 1, frozen.columns + 1).address;
  sheet.views = [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows, topLeftCell: topLeft }];
  sheet.pageSetup = {
    paperSize: A3_PAPER,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${frozen.rows}`,
    printTitlesColumn,
  };
}

/** The 图例 sheet: each status's colour and names, then a note on what the coloured cells hold. */
export function addStatusLegend(workbook: ExcelJS.Workbook, note: string): void {
  const legend = workbook.addWorksheet('图例');
  legend.columns = [
    { header: '颜色', key: 'swatch', width: 8 },
    { header: '状态', key: 'zh', width: 12 },
    { header: 'Status', key: 'en', width: 14 },
    { header: '色值', key: 'color', width: 10 },
  ];
  legend.getRow(1).font = { bold: true };
  for (const status of TASK_STATUSES) {
    const style = STATUS_PALETTE[status];
    const row = legend.addRow({ swatch: '', zh: style.zh, en: style.en, color: style.color });
    row.getCell('swatch').fill = solid(style.color);
  }
  legend.addRow({});
  legend.addRow({ zh: note });
}

/** An import template's 填写说明 sheet: one row per column, then the rules. */
export function addHelpSheet(
  workbook: ExcelJS.Workbook,
  rows: { column: string; required: string; help: string }[],
): void {
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'column', width: 16 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'help', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRows(rows);
  help.getColumn('help').alignment = { wrapText: true, vertical: 'top' };
}

/** Range validations exist at runtime (worksheet.dataValidations) but exceljs 4.4's typings omit them. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** A drop-down on a template column's data rows: a list formula (a range, or "a,b,c" in quotes). */
export function addDropdown(
  sheet: ExcelJS.Worksheet,
  column: number,
  rows: { from: number; to: number },
  formula: string,
  message: { title: string; error: string; strict?: boolean },
): void {
  const letter = sheet.getColumn(column).letter;
  (sheet as unknown as RangeValidations).dataValidations.add(`${letter}${rows.from}:${letter}${rows.to}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: message.strict ?? true,
    errorTitle: message.title,
    error: message.error,
  });
}
