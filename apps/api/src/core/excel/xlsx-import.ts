import ExcelJS from 'exceljs';
import { badInput } from '../errors/domain-error.js';

// Reading an import file (.xlsx) the same way for every import: the header row is found by its
// headings, every row's cells are taken by column name, and the cells are read as people fill them.

export interface ImportRowError {
  /** 1-based Excel row; 0 for the file as a whole. */
  row: number;
  field: string;
  message: string;
  messageZh: string;
}

export interface ImportColumn<F extends string> {
  field: F;
  header: string;
  width: number;
  required?: boolean;
}

export interface ImportRow<F extends string> {
  row: number;
  values: Record<F, ExcelJS.CellValue>;
}

export interface ImportSheetSpec<F extends string> {
  columns: readonly ImportColumn<F>[];
  /** Two headings that identify the header row. */
  keyHeaders: readonly [string, string];
  maxRows: number;
  /** What a row holds, for messages: e.g. { en: 'task', zh: '任务' }. */
  noun: { en: string; zh: string };
}

/** Collects a row's problems, one per field; the first problem of a field wins. */
export function collectRowErrors<F extends string>(row: number) {
  const errors: ImportRowError[] = [];
  const fail = (field: F, message: string, messageZh: string) => {
    if (!errors.some((e) => e.field === field)) errors.push({ row, field, message, messageZh });
  };
  return { errors, fail };
}

/** The first sheet's rows below its header row; BAD_USER_INPUT on field `file` for a bad file. */
export async function readImportRows<F extends string>(
  content: Buffer,
  spec: ImportSheetSpec<F>,
): Promise<ImportRow<F>[]> {
  const { columns, keyHeaders, maxRows, noun } = spec;
  const notXlsx = () =>
    badInput(
      'file',
      'The file is not an Excel workbook (.xlsx). Save it as .xlsx (Excel 2007 or later) and try again.',
      '文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 格式后重新导入。',
    );
  // An .xlsx is a zip archive; anything else (old .xls, CSV, garbage) fails here with a clear message.
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      content.buffer.slice(content.byteOffset, content.byteOffset + content.length) as ArrayBuffer,
    );
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notXlsx();

  let headerRow = 0;
  let columnOf = new Map<string, number>();
  for (let r = 1; r <= Math.min(5, sheet.rowCount) && !headerRow; r++) {
    const found = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, column) => {
      const text = cellText(cell.value)
        .split('\n')[0]
        .replace(/[\s*＊]/g, '');
      if (text && !found.has(text)) found.set(text, column);
    });
    if (keyHeaders.every((h) => found.has(h))) {
      headerRow = r;
      columnOf = found;
    }
  }
  if (!headerRow) {
    throw badInput(
      'file',
      `No header row with ${keyHeaders.join(' and ')} in the first 5 rows of the first sheet. Use the import template.`,
      `第一个工作表前 5 行中未找到含${keyHeaders.map((h) => `“${h}”`).join('')}的表头行，请使用导入模板。`,
    );
  }
  // Headings are matched without spaces, so 完成时限（工作日） and 完成时限(工作日) alike need the same.
  const key = (header: string) => header.replace(/[\s*＊]/g, '');
  const missing = columns.filter((c) => c.required && !columnOf.has(key(c.header))).map((c) => c.header);
  if (missing.length) {
    throw badInput(
      'file',
      `The header row (row ${headerRow}) lacks the columns ${missing.join(', ')}. Use the import template.`,
      `表头（第 ${headerRow} 行）缺少以下列：${missing.join('、')}，请使用导入模板。`,
    );
  }

  const rows: ImportRow<F>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(
      columns.map((c) => {
        const column = columnOf.get(key(c.header));
        return [c.field, column ? row.getCell(column).value : null];
      }),
    ) as Record<F, ExcelJS.CellValue>;
    if (columns.every((c) => cellText(values[c.field]) === '')) continue;
    rows.push({ row: r, values });
    if (rows.length > maxRows) {
      throw badInput(
        'file',
        `The file has more than ${maxRows} ${noun.en} rows; split it into several files.`,
        `文件超过 ${maxRows} 行${noun.zh}，请拆分为多个文件分批导入。`,
      );
    }
  }
  if (!rows.length) {
    throw badInput(
      'file',
      `The file has no ${noun.en} rows below its header.`,
      `文件表头下没有${noun.zh}行。`,
    );
  }
  return rows;
}

/** A cell's text: rich text joined, formulas by their result, hyperlinks by their text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return utcDate(value);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

export function cellDate(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return cellDate((value.result ?? null) as ExcelJS.CellValue);
  }
  // A date whose cell lost its date format (e.g. pasted into the template's text columns) arrives
  // as the bare Excel serial: days since 1899-12-30.
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2958466) {
    return utcDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  }
  return cellText(value);
}

// Excel stores a date cell as a zone-less wall-clock serial and exceljs hands it over as that wall
// clock in UTC, so its UTC calendar date is the date the user typed, i.e. the Beijing calendar date.
function utcDate(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** null for blank, undefined when not a number. */
export function cellNumber(value: ExcelJS.CellValue): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value);
  if (!text) return null;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : undefined;
}
