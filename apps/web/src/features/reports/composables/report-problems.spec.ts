import { describe, expect, it } from 'vitest';
import { localizeProblems, problemsOf, serverProblems, tableProblems, topField } from './report-problems';

const problems = localizeProblems(
  [
    { field: 'summary', message: 'Summary is required', messageZh: '工作小结为必填项' },
    { field: 'categories[3].funds', message: 'funds bad', messageZh: '危房改造 · 资金应为数字' },
    { field: 'categories[3].projects', message: 'projects bad', messageZh: '危房改造 · 项目数应为数字' },
    { field: 'categories[5].rowKey', message: 'row bad', messageZh: '第6行不是表中列出的行' },
    { field: 'categoriesExtra', message: 'x', messageZh: '其他' },
  ],
  'zh-CN',
);

describe('report problems', () => {
  it('speaks the reader’s language', () => {
    expect(localizeProblems([{ field: 'a', message: 'en', messageZh: '中' }], 'en')).toEqual([
      { field: 'a', text: 'en' },
    ]);
  });

  it('finds the field a path belongs to', () => {
    expect(topField('categories[3].funds')).toBe('categories');
    expect(topField('summary')).toBe('summary');
    expect(problemsOf('categories', problems).map((p) => p.field)).toEqual([
      'categories[3].funds',
      'categories[3].projects',
      'categories[5].rowKey',
    ]);
  });

  it('places table problems on their cells, the rest above the table', () => {
    const table = tableProblems('categories', problems);
    expect(Object.fromEntries(table.cells.get(3)!)).toEqual({
      funds: '危房改造 · 资金应为数字',
      projects: '危房改造 · 项目数应为数字',
    });
    expect(table.other).toEqual(['第6行不是表中列出的行']);
  });

  it('reads every problem the server listed', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'Summary is required',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'content.summary',
            problems: [
              { field: 'summary', message: 'Summary is required', messageZh: '工作小结为必填项' },
              { field: 'categories[0].funds', message: 'bad', messageZh: '资金应为数字' },
            ],
          },
        },
      ],
    };
    expect(serverProblems(error).map((p) => p.field)).toEqual(['summary', 'categories[0].funds']);
    expect(serverProblems(new Error('network'))).toEqual([]);
  });
});
