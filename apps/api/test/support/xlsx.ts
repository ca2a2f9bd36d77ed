import ExcelJS from 'exceljs';

// Reading and writing the .xlsx files the ledger specs exchange with the API (base64 in GraphQL).

export interface FileDownload {
  filename: string;
  mimeType: string;
  contentBase64: string;
}

export const readXlsx = async (base64: string) => {
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.from(base64, 'base64');
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return workbook;
};

export const toBase64 = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

/** A header row's headings → their column numbers. */
export const headerIndex = (sheet: ExcelJS.Worksheet, row: number) => {
  const index = new Map<string, number>();
  sheet.getRow(row).eachCell((cell, column) => index.set(String(cell.value), column));
  return index;
};
