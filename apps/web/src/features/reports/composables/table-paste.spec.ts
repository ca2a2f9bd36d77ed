import { describe, expect, it } from 'vitest';
import { parseClipboardTable, parseNumberCell, pasteIntoGrid } from './table-paste';

describe('parseClipboardTable', () => {
  it.each([
    ['one cell', 'abc', [['abc']]],
    [
      'rows by newline, cells by tab',
      'a\tb\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF line ends and the trailing line break Excel adds',
      'a\tb\r\nc\td\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'empty cells kept in place',
      '\t2\n3\t',
      [
        ['', '2'],
        ['3', ''],
      ],
    ],
    [
      'a quoted cell holding a newline',
      '"第一行\n第二行"\t5\nx\t6',
      [
        ['第一行\n第二行', '5'],
        ['x', '6'],
      ],
    ],
    ['doubled quotes inside a quoted cell', '"他说""好"""\t1', [['他说"好"', '1']]],
    ['a quote inside an unquoted cell is text', 'a"b\t1', [['a"b', '1']]],
    ['a quote that does not end the cell is text', '"a"b\t1', [['"a"b', '1']]],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(parseClipboardTable(text)).toEqual(expected);
  });
});

describe('parseNumberCell', () => {
  it.each([
    ['12', 12],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['-3.5', -3.5],
    [' 42 ', 42],
    ['¥1,200.00', 1200],
    ['１２３．５', 123.5],
    ['', null],
    ['-', null],
  ])('%j → %j', (raw, value) => {
    expect(parseNumberCell(raw)).toEqual({ ok: true, value });
  });

  it.each(['12a', '1,23', '1.2.3', '十二', '12%', ',123'])('rejects %j', (raw) => {
    expect(parseNumberCell(raw)).toEqual({ ok: false });
  });
});

const blank = (rows: number, cols = 3) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));

describe('pasteIntoGrid', () => {
  it('fills from the target cell down and right', () => {
    const result = pasteIntoGrid({ texts: blank(3), columnCount: 3, canAddRows: false }, { row: 1, col: 1 }, [
      [' 1,200.50 ', '备注'],
      ['3', ''],
    ]);
    expect(result.texts).toEqual([
      ['', '', ''],
      ['', '1,200.50', '备注'],
      ['', '3', ''],
    ]);
    expect(result.filled).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
    expect(result.dropped).toBe(0);
  });

  it('keeps the other cells and replaces only the touched rows', () => {
    const texts = [
      ['7', '', '原有'],
      ['1', '2', '3'],
    ];
    const result = pasteIntoGrid({ texts, columnCount: 3, canAddRows: false }, { row: 0, col: 1 }, [['5']]);
    expect(result.texts[0]).toEqual(['7', '5', '原有']);
    expect(texts[0]).toEqual(['7', '', '原有']);
    expect(result.texts[1]).toBe(texts[1]);
  });

  it('drops what falls below predefined rows or right of the last column', () => {
    const result = pasteIntoGrid({ texts: blank(2), columnCount: 3, canAddRows: false }, { row: 1, col: 2 }, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(result.texts[1]).toEqual(['', '', 'a']);
    expect(result.filled).toHaveLength(1);
    expect(result.dropped).toBe(3);
  });

  it('adds rows to a free table', () => {
    const result = pasteIntoGrid({ texts: [], columnCount: 2, canAddRows: true }, { row: 0, col: 0 }, [
      ['1'],
      ['2', 'x'],
    ]);
    expect(result.texts).toEqual([
      ['1', ''],
      ['2', 'x'],
    ]);
  });

  it('pastes 198 rows × 4 columns quickly', () => {
    const text = Array.from(
      { length: 198 },
      (_, i) => `${i}\t${(i * 1000).toLocaleString('en')}.5\t${i % 7}\t${i % 5}`,
    ).join('\r\n');
    const started = performance.now();
    const result = pasteIntoGrid(
      { texts: blank(198, 4), columnCount: 4, canAddRows: false },
      { row: 0, col: 0 },
      parseClipboardTable(text),
    );
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.filled).toHaveLength(198 * 4);
    expect(result.texts[197]).toEqual(['197', '197,000.5', '1', '2']);
  });
});
