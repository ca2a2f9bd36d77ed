// Pasting from Excel / WPS into a report table: the clipboard holds tab-separated text, one line
// per row; a cell holding a newline, a tab or a quote is wrapped in double quotes with inner
// quotes doubled (the same rule Excel applies when it copies).

export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: runs to the quote not followed by another quote.
      const close = findClosingQuote(text, i + 1);
      if (close !== -1) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      endCell();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  // Excel ends the copied range with a line break: no empty last row for it.
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

function findClosingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      // Only a quote that ends the cell closes it; `"a"b` is plain text in Excel's rule too.
      const next = text[i + 1];
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : -1;
    }
    i += 1;
  }
  return -1;
}

// Full-width digits and punctuation come from Chinese input methods; spreadsheets may add a
// currency sign or thousands separators. Anything else is not a number.
const FULL_WIDTH = /[０-９．，－＋]/g;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

export function parseNumberCell(raw: string): ParsedNumber {
  const text = raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[¥￥]/, '');
  if (text === '' || text === '-' || text === '—') return { ok: true, value: null };
  if (PLAIN_NUMBER.test(text) || GROUPED_NUMBER.test(text)) {
    return { ok: true, value: Number(text.replace(/,/g, '')) };
  }
  return { ok: false };
}

export interface PasteGrid {
  // Cell texts, row by row; each row has `columnCount` cells.
  texts: readonly (readonly string[])[];
  columnCount: number;
  // Predefined rows cannot grow; free rows get new rows for the overflow.
  canAddRows: boolean;
}

export interface PasteResult {
  texts: string[][];
  // Cells written, as [row, column] pairs, so the caller can tidy or check them.
  filled: [number, number][];
  // Cells that fell outside the grid (below the last predefined row, right of the last column).
  dropped: number;
}

// Writes the pasted block into the grid from (row, col) down and right. Only the rows it touches
// are new arrays, so a row-memoised table re-renders just those.
export function pasteIntoGrid(
  grid: PasteGrid,
  at: { row: number; col: number },
  cells: readonly (readonly string[])[],
): PasteResult {
  const texts = grid.texts.slice() as string[][];
  const filled: [number, number][] = [];
  let dropped = 0;
  cells.forEach((line, r) => {
    const rowIndex = at.row + r;
    if (rowIndex >= texts.length) {
      if (!grid.canAddRows) {
        dropped += line.length;
        return;
      }
      while (texts.length <= rowIndex) texts.push(Array.from({ length: grid.columnCount }, () => ''));
    }
    const row = texts[rowIndex]!.slice();
    line.forEach((raw, c) => {
      const colIndex = at.col + c;
      if (colIndex >= grid.columnCount) {
        dropped += 1;
        return;
      }
      row[colIndex] = raw.trim();
      filled.push([rowIndex, colIndex]);
    });
    texts[rowIndex] = row;
  });
  return { texts, filled, dropped };
}
