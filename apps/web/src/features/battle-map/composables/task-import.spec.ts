import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import { IMPORT_MAX_BYTES, checkImportFile, importErrorRows } from './task-import';

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createAppI18n(locale);
  return (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});
}

const errors = [
  { row: 5, field: 'dueOn', message: 'Due date before start', messageZh: '完成时限早于开始日期' },
  { row: 3, field: 'leadUnitCode', message: 'Unknown unit code x9', messageZh: '牵头单位代码 x9 不存在' },
  { row: 5, field: 'title', message: 'Title is required', messageZh: '任务名称不能为空' },
  { row: 7, field: 'mystery', message: 'Odd', messageZh: '' },
];

describe('import error table', () => {
  it('lists rows in order with the Chinese column name and sentence in zh-CN', () => {
    const rows = importErrorRows(errors, 'zh-CN', translator('zh-CN'));
    expect(rows.map(({ row, field, problem }) => [row, field, problem])).toEqual([
      [3, '牵头单位代码', '牵头单位代码 x9 不存在'],
      [5, '任务名称', '任务名称不能为空'],
      [5, '截止日期', '完成时限早于开始日期'],
      // An unknown column keeps its name; a missing Chinese sentence falls back to the English one.
      [7, 'mystery', 'Odd'],
    ]);
  });

  it('uses the English sentence and column name in en', () => {
    const rows = importErrorRows(errors, 'en', translator('en'));
    expect(rows[0]).toMatchObject({ row: 3, field: 'Lead unit code', problem: 'Unknown unit code x9' });
    expect(rows[2]).toMatchObject({ field: 'Due date', problem: 'Due date before start' });
  });

  it('gives every row a distinct key even for repeated cells', () => {
    const twice = [errors[0], errors[0]];
    const keys = importErrorRows(twice, 'zh-CN', translator('zh-CN')).map((row) => row.key);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('import file check', () => {
  it.each([
    [{ name: '任务.xlsx', size: 1000 }, null],
    [{ name: 'TASKS.XLSX', size: IMPORT_MAX_BYTES }, null],
    [{ name: 'tasks.xls', size: 1000 }, 'badType'],
    [{ name: 'tasks.csv', size: 1000 }, 'badType'],
    [{ name: 'tasks.xlsx', size: IMPORT_MAX_BYTES + 1 }, 'tooLarge'],
  ])('%j → %s', (file, expected) => {
    expect(checkImportFile(file)).toBe(expected);
  });
});
