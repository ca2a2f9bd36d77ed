import * as domain from './index.js';
import {
  type ReportField,
  type ReportForm,
  cadenceOfPeriod,
  reportDueAt,
  reportAttachmentIds,
  reportDueDate,
  reportPeriodOf,
  reportPeriods,
  reportPeriodsOpenOn,
  tableTotals,
  validateReportContent,
  validateReportForm,
  workingDaysLeft,
} from './report-form.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();

const checklist: ReportField = {
  key: 'categories',
  label: '项目和资金',
  labelEn: 'Projects and funds',
  type: 'TABLE',
  rows: [
    { key: 'c001', label: '危房改造' },
    { key: 'c002', label: '易地扶贫搬迁' },
  ],
  columns: [
    { key: 'projects', label: '项目个数', labelEn: 'Projects', type: 'NUMBER', total: true, required: true },
    { key: 'funds', label: '资金金额（万元）', labelEn: 'Funds', type: 'MONEY', total: true },
    { key: 'note', label: '备注', type: 'TEXT' },
  ],
};

const form: ReportForm = {
  fields: [
    {
      key: 'summary',
      label: '本月工作开展情况',
      labelEn: 'Work this month',
      type: 'LONG_TEXT',
      required: true,
    },
    { key: 'found', label: '发现问题数', labelEn: 'Problems found', type: 'NUMBER', required: true },
    { key: 'amount', label: '涉及金额', labelEn: 'Amount', type: 'MONEY' },
    { key: 'on', label: '检查日期', labelEn: 'Inspected on', type: 'DATE' },
    { key: 'level', label: '等次', labelEn: 'Grade', type: 'CHOICE', options: ['好', '较好', '一般'] },
    { key: 'files', label: '附件', labelEn: 'Attachments', type: 'ATTACHMENT' },
    checklist,
  ],
};

describe('report due dates', () => {
  it('puts the May 2026 monthly report on the 5th working day of June: 2026-06-05', () => {
    const rule = { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 } as const;
    expect(reportDueDate(rule, '2026-05', calendar)).toBe('2026-06-05');
    // 18:00 Beijing, like the weekly deadline.
    expect(reportDueAt(rule, '2026-05', calendar).toISOString()).toBe('2026-06-05T10:00:00.000Z');
  });

  it('skips National Day 2026 and counts its make-up Saturday for Q3 (10 working days)', () => {
    // Q3 ends Wed 30 Sep. 1–7 Oct are holidays; working days: Thu 8 (1), Fri 9 (2), Sat 10 make-up (3),
    // Mon 12–Fri 16 (4–8), Mon 19 (9), Tue 20 (10).
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(reportDueDate({ kind: 'WORKING_DAYS_AFTER_PERIOD', days: 10 }, '2026-Q3', calendar)).toBe(
      '2026-10-20',
    );
  });

  it('uses the fixed date of a one-off report and the period end for weeks and years', () => {
    expect(reportDueDate({ kind: 'FIXED_DATE', date: '2026-04-30' }, 'ONCE', calendar)).toBe('2026-04-30');
    // Week 22 of 2026 ends Sun 31 May; the 1st working day after is Mon 1 June.
    expect(reportDueDate({ kind: 'WORKING_DAYS_AFTER_PERIOD', days: 1 }, '2026-W22', calendar)).toBe(
      '2026-06-01',
    );
    expect(reportDueDate({ kind: 'WORKING_DAYS_AFTER_PERIOD', days: 0 }, '2026', calendar)).toBe(
      '2026-12-31',
    );
  });

  it('refuses a working-day rule for a one-off report and bad rules', () => {
    expect(() => reportDueDate({ kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 }, 'ONCE', calendar)).toThrow(
      RangeError,
    );
    expect(() => reportDueDate({ kind: 'WORKING_DAYS_AFTER_PERIOD', days: -1 }, '2026-05', calendar)).toThrow(
      RangeError,
    );
    expect(() => reportDueDate({ kind: 'FIXED_DATE', date: '2026-02-30' }, 'ONCE', calendar)).toThrow(
      RangeError,
    );
  });
});

describe('report periods', () => {
  it('lists every period overlapping the campaign', () => {
    expect(reportPeriods('MONTHLY', '2026-01-01', '2026-04-15')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(reportPeriods('QUARTERLY', '2026-02-10', '2026-12-31')).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(reportPeriods('YEARLY', '2025-06-01', '2026-12-31')).toEqual(['2025', '2026']);
    expect(reportPeriods('ONCE', '2026-01-01', '2026-12-31')).toEqual(['ONCE']);
    expect(reportPeriods('WEEKLY', '2026-05-25', '2026-06-07')).toEqual(['2026-W22', '2026-W23']);
    expect(reportPeriods('MONTHLY', '2026-05-01', '2026-04-01')).toEqual([]);
  });

  it('names the period of a date and the cadence of a period', () => {
    expect(reportPeriodOf('2026-05-31', 'WEEKLY')).toBe('2026-W22');
    expect(reportPeriodOf('2026-05-31', 'QUARTERLY')).toBe('2026-Q2');
    expect(cadenceOfPeriod('2026-W22')).toBe('WEEKLY');
    expect(cadenceOfPeriod('2026-05')).toBe('MONTHLY');
    expect(cadenceOfPeriod('2026-Q2')).toBe('QUARTERLY');
    expect(cadenceOfPeriod('2026')).toBe('YEARLY');
    expect(cadenceOfPeriod('ONCE')).toBe('ONCE');
    expect(cadenceOfPeriod('May')).toBeNull();
  });
});

describe('validateReportContent', () => {
  const valid = {
    summary: '开展专项督查3次',
    found: 4,
    amount: 12.5,
    on: '2026-05-20',
    level: '较好',
    files: ['f1'],
    categories: [
      { rowKey: 'c001', projects: 3, funds: 120.25, note: null },
      { rowKey: 'c002', projects: 0 },
    ],
  };

  it('accepts valid content, and blank optional fields', () => {
    expect(validateReportContent(form, valid)).toEqual([]);
    expect(validateReportContent(form, { summary: '无', found: 0, categories: [], files: [] })).toEqual([]);
  });

  it('names each wrong field, in English and Chinese', () => {
    const problems = validateReportContent(form, {
      summary: '  ',
      found: '4',
      amount: 1.234,
      on: '2026-02-30',
      level: '差',
      files: [3],
      extra: 'x',
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual([
      'amount',
      'extra',
      'files',
      'found',
      'level',
      'on',
      'summary',
    ]);
    expect(byField.summary.message).toBe('Work this month (summary) is required');
    expect(byField.summary.messageZh).toBe('本月工作开展情况为必填项');
    expect(byField.found.message).toContain('Problems found');
    expect(byField.found.messageZh).toBe('发现问题数应为数字');
    expect(byField.amount.messageZh).toBe('涉及金额最多保留两位小数');
    expect(byField.on.messageZh).toContain('检查日期');
    expect(byField.level.messageZh).toBe('等次应为以下选项之一：好、较好、一般');
    expect(byField.files.messageZh).toContain('附件');
    expect(byField.extra.messageZh).toContain('extra');
  });

  it('names the table cell by row and column', () => {
    const problems = validateReportContent(form, {
      ...valid,
      categories: [
        { rowKey: 'c001', projects: 3 },
        { rowKey: 'c002', projects: null, funds: 'lots' },
        { rowKey: 'c001', projects: 1 },
        { rowKey: 'nope', projects: 1 },
        { rowKey: 'c002', bogus: 1 },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'categories[1].projects',
      'categories[1].funds',
      'categories[2].rowKey',
      'categories[3].rowKey',
      'categories[4].rowKey',
    ]);
    expect(problems[0].messageZh).toBe('项目和资金 · 易地扶贫搬迁 · 项目个数为必填项');
    expect(problems[1].message).toBe(
      'Projects and funds · 易地扶贫搬迁 · Funds (categories[1].funds) must be an amount in 10,000 yuan',
    );
    expect(problems[2].messageZh).toContain('重复');
  });

  it('checks free rows and rejects unknown columns', () => {
    const free: ReportForm = {
      fields: [{ ...checklist, rows: undefined, required: true }],
    };
    expect(validateReportContent(free, { categories: [] })[0].field).toBe('categories');
    const problems = validateReportContent(free, { categories: [{ projects: 1, colour: 'red' }] });
    expect(problems.map((p) => p.field)).toEqual(['categories[0].colour']);
    expect(problems[0].messageZh).toBe('项目和资金 · 第1行不是本表的列');
  });

  it('refuses content that is not an object', () => {
    expect(validateReportContent(form, [] as unknown as Record<string, unknown>)).toHaveLength(1);
  });
});

describe('tableTotals', () => {
  it('sums the total columns, money exactly to the fen', () => {
    const rows = [
      { rowKey: 'c001', projects: 3, funds: 0.1, note: 'a' },
      { rowKey: 'c002', projects: 2, funds: 0.2 },
      { rowKey: 'c003', projects: null, funds: 'x' },
    ];
    expect(tableTotals(checklist, rows)).toEqual({ projects: 5, funds: 0.3 });
  });
});

describe('validateReportForm', () => {
  it('accepts a well-formed form', () => {
    expect(validateReportForm(form)).toEqual([]);
  });

  it('names duplicate keys, missing choices and empty tables', () => {
    const problems = validateReportForm({
      fields: [
        { key: 'a', label: 'A', type: 'TEXT' },
        { key: 'a', label: 'A2', type: 'CHOICE' },
        { key: 't', label: 'T', type: 'TABLE', columns: [] },
        { key: '1x', label: '', type: 'NUMBER' },
      ],
    }).map((p) => p.field);
    expect(problems).toEqual(
      expect.arrayContaining([
        'fields[1].key',
        'fields[1].options',
        'fields[2].columns',
        'fields[3].key',
        'fields[3].label',
      ]),
    );
    expect(validateReportForm({ fields: [] })[0].field).toBe('fields');
  });
});

it('is exported from the package entry point', () => {
  for (const name of [
    'validateReportContent',
    'tableTotals',
    'reportPeriods',
    'reportDueDate',
    'reportDueAt',
  ]) {
    expect(domain).toHaveProperty(name);
  }
});

describe('reportPeriodsOpenOn', () => {
  it('opens every period up to the one after today, within the template’s span', () => {
    expect(reportPeriodsOpenOn('MONTHLY', '2026-09-01', null, '2026-11-25')).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(reportPeriodsOpenOn('MONTHLY', '2026-09-01', '2026-11-30', '2026-11-25')).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(reportPeriodsOpenOn('QUARTERLY', '2026-01-01', '2026-12-31', '2026-05-02')).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(reportPeriodsOpenOn('YEARLY', '2028-01-01', null, '2026-05-02')).toEqual([]);
    expect(reportPeriodsOpenOn('ONCE', '2026-01-01', null, '2026-05-02')).toEqual(['ONCE']);
    expect(reportPeriodsOpenOn('YEARLY', '2027-01-01', null, '2026-05-02')).toEqual(['2027']);
  });
});

describe('workingDaysLeft', () => {
  it('counts down in working days, across National Day', () => {
    expect(workingDaysLeft('2026-06-05', '2026-06-05', calendar)).toBe(0);
    expect(workingDaysLeft('2026-06-01', '2026-06-05', calendar)).toBe(4);
    expect(workingDaysLeft('2026-09-30', '2026-10-09', calendar)).toBe(2);
    expect(workingDaysLeft('2026-06-08', '2026-06-05', calendar)).toBe(-1);
  });
});

describe('reportAttachmentIds', () => {
  it('lists each attachment field’s file ids, once each', () => {
    expect(reportAttachmentIds(form, { files: ['a', 'b', 'a', 3], summary: 'x' })).toEqual({
      files: ['a', 'b'],
    });
    expect(reportAttachmentIds(form, { files: [] })).toEqual({});
  });
});
