import { addDays, beijingInstant, isIsoDate } from './beijing-time.js';
import { isIsoWeek, isoWeekOfDate, weekMonday, weeksBetween, weekSunday } from './iso-week.js';
import { ONCE_PERIOD, isPeriodOf, nextPeriod, periodBounds, periodOf } from './recurring-periods.js';
import { OFFICE_CLOSES, type WorkingCalendar } from './working-calendar.js';

// Required reports (报备): a template's form, what a unit files against it, and when it is due.

export type ReportCadence = 'ONCE' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';
export const REPORT_CADENCES: readonly ReportCadence[] = ['ONCE', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'];

export type ReportDueRule =
  | { kind: 'WORKING_DAYS_AFTER_PERIOD'; days: number } // e.g. monthly: 5 → the 5th working day after the period ends
  | { kind: 'FIXED_DATE'; date: string }; // 'YYYY-MM-DD', for ONCE

export type ReportFieldType =
  'TEXT' | 'LONG_TEXT' | 'NUMBER' | 'MONEY' | 'DATE' | 'CHOICE' | 'ATTACHMENT' | 'TABLE';
export const REPORT_FIELD_TYPES: readonly ReportFieldType[] = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'MONEY',
  'DATE',
  'CHOICE',
  'ATTACHMENT',
  'TABLE',
];
export type ReportColumnType = 'TEXT' | 'NUMBER' | 'MONEY' | 'DATE' | 'CHOICE';
export const REPORT_COLUMN_TYPES: readonly ReportColumnType[] = ['TEXT', 'NUMBER', 'MONEY', 'DATE', 'CHOICE'];

export interface ReportTableColumn {
  key: string;
  label: string;
  labelEn?: string;
  type: ReportColumnType;
  required?: boolean;
  options?: string[];
  total?: boolean;
}
export interface ReportTableRow {
  key: string;
  label: string;
} // predefined rows (the 198 categories)
export interface ReportField {
  key: string;
  label: string;
  labelEn?: string;
  type: ReportFieldType;
  required?: boolean;
  options?: string[]; // CHOICE
  columns?: ReportTableColumn[]; // TABLE
  rows?: ReportTableRow[]; // TABLE: predefined rows, or free rows when absent
}
export interface ReportForm {
  fields: ReportField[];
}
// Content: { [fieldKey]: value }. TEXT/LONG_TEXT/DATE('YYYY-MM-DD')/CHOICE: string; NUMBER/MONEY: number
// (MONEY in 万元, at most 2 decimals); ATTACHMENT: string[] of stored file ids; TABLE: array of
// rows { rowKey?: string; [columnKey]: string | number | null } (rowKey required for predefined rows).
export type ReportContent = Record<string, unknown>;
export interface ReportFieldProblem {
  field: string; // path, e.g. "categories[3].funds"
  message: string;
  messageZh: string;
}

// Long enough for a month's narrative, short enough that one report cannot fill the database.
export const REPORT_TEXT_MAX = 500;
export const REPORT_LONG_TEXT_MAX = 20_000;
export const REPORT_TABLE_MAX_ROWS = 2_000;
export const ROW_KEY = 'rowKey';

type Cell = { type: ReportColumnType | ReportFieldType; options?: string[] };
type Named = { key: string; label: string; labelEn?: string };

const isBlank = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

const hasAtMostTwoDecimals = (n: number): boolean => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

// One check of a scalar value against its type: [English, Chinese] of what is wrong, or null.
function scalarProblem(cell: Cell, value: unknown): [string, string] | null {
  switch (cell.type) {
    case 'TEXT':
    case 'LONG_TEXT': {
      if (typeof value !== 'string') return ['must be text', '应为文本'];
      const max = cell.type === 'TEXT' ? REPORT_TEXT_MAX : REPORT_LONG_TEXT_MAX;
      return value.length > max ? [`must be at most ${max} characters`, `不得超过${max}字`] : null;
    }
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? null : ['must be a number', '应为数字'];
    case 'MONEY':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return ['must be an amount in 10,000 yuan', '应为金额（万元）'];
      }
      return hasAtMostTwoDecimals(value) ? null : ['must have at most 2 decimals', '最多保留两位小数'];
    case 'DATE':
      return typeof value === 'string' && isIsoDate(value)
        ? null
        : ['must be a date (YYYY-MM-DD)', '应为日期（年-月-日）'];
    case 'CHOICE':
      return typeof value === 'string' && (cell.options ?? []).includes(value)
        ? null
        : [
            `must be one of: ${(cell.options ?? []).join(', ')}`,
            `应为以下选项之一：${(cell.options ?? []).join('、')}`,
          ];
    case 'ATTACHMENT':
      return Array.isArray(value) && value.every((id) => typeof id === 'string' && id.length > 0)
        ? null
        : ['must be a list of uploaded files', '应为已上传的附件'];
    case 'TABLE':
      return null; // checked row by row
  }
}

const problem = (path: string, what: Named[], en: string, zh: string): ReportFieldProblem => ({
  field: path,
  message: `${what.map((n) => n.labelEn ?? n.label).join(' · ')} (${path}) ${en}`,
  messageZh: `${what.map((n) => n.label).join(' · ')}${zh}`,
});

function tableProblems(field: ReportField, value: unknown): ReportFieldProblem[] {
  if (!Array.isArray(value)) return [problem(field.key, [field], 'must be a table of rows', '应为表格')];
  if (value.length > REPORT_TABLE_MAX_ROWS) {
    return [
      problem(
        field.key,
        [field],
        `has more than ${REPORT_TABLE_MAX_ROWS} rows`,
        `超过${REPORT_TABLE_MAX_ROWS}行`,
      ),
    ];
  }
  const problems: ReportFieldProblem[] = [];
  const columns = new Map((field.columns ?? []).map((c) => [c.key, c]));
  const predefined = field.rows ? new Map(field.rows.map((r) => [r.key, r])) : null;
  const seen = new Set<string>();
  value.forEach((row: unknown, index) => {
    const rowPath = `${field.key}[${index}]`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.push(problem(rowPath, [field], 'must be a row object', '的行格式不正确'));
      return;
    }
    const cells = row as Record<string, unknown>;
    // The row's own label names it in messages: "危房改造 · 资金金额（万元）" says where to look.
    let rowName: Named = { key: String(index + 1), label: `第${index + 1}行`, labelEn: `row ${index + 1}` };
    if (predefined) {
      const rowKey = cells[ROW_KEY];
      const known = typeof rowKey === 'string' ? predefined.get(rowKey) : undefined;
      if (!known) {
        problems.push(
          problem(
            `${rowPath}.${ROW_KEY}`,
            [field, rowName],
            'is not one of the listed rows',
            '不是表中列出的行',
          ),
        );
        return;
      }
      if (seen.has(known.key)) {
        problems.push(problem(`${rowPath}.${ROW_KEY}`, [field, known], 'appears twice', '重复填报'));
        return;
      }
      seen.add(known.key);
      rowName = known;
    }
    for (const key of Object.keys(cells)) {
      if (key !== ROW_KEY && !columns.has(key)) {
        problems.push(
          problem(`${rowPath}.${key}`, [field, rowName], 'is not a column of this table', '不是本表的列'),
        );
      }
    }
    for (const column of columns.values()) {
      const cell = cells[column.key];
      const path = `${rowPath}.${column.key}`;
      if (isBlank(cell)) {
        if (column.required)
          problems.push(problem(path, [field, rowName, column], 'is required', '为必填项'));
        continue;
      }
      const wrong = scalarProblem(column, cell);
      if (wrong) problems.push(problem(path, [field, rowName, column], ...wrong));
    }
  });
  return problems;
}

/** Every problem with `content` filed against `form`, each naming its field path; empty when valid. */
export function validateReportContent(form: ReportForm, content: ReportContent): ReportFieldProblem[] {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    return [
      {
        field: '',
        message: 'The report content must be an object of fields',
        messageZh: '报备内容格式不正确',
      },
    ];
  }
  const problems: ReportFieldProblem[] = [];
  const fields = new Map(form.fields.map((f) => [f.key, f]));
  for (const key of Object.keys(content)) {
    if (!fields.has(key) && !isBlank(content[key])) {
      problems.push({
        field: key,
        message: `${key} is not a field of this report form`,
        messageZh: `${key}不是本报表的栏目`,
      });
    }
  }
  for (const field of form.fields) {
    const value = content[field.key];
    if (isBlank(value)) {
      if (field.required) problems.push(problem(field.key, [field], 'is required', '为必填项'));
      continue;
    }
    if (field.type === 'TABLE') {
      problems.push(...tableProblems(field, value));
      continue;
    }
    const wrong = scalarProblem(field, value);
    if (wrong) problems.push(problem(field.key, [field], ...wrong));
  }
  return problems;
}

/** Sums of the table's `total` columns over `rows`; money is summed in fen so 0.1 + 0.2 stays 0.3. */
export function tableTotals(
  field: ReportField,
  rows: readonly Record<string, unknown>[],
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const column of field.columns ?? []) {
    if (!column.total) continue;
    const scale = column.type === 'MONEY' ? 100 : 1;
    let sum = 0;
    for (const row of rows) {
      const value = row[column.key];
      if (typeof value === 'number' && Number.isFinite(value)) sum += Math.round(value * scale);
    }
    totals[column.key] = sum / scale;
  }
  return totals;
}

const formProblem = (path: string, en: string, zh: string): ReportFieldProblem => ({
  field: path,
  message: `${path} ${en}`,
  messageZh: `${path}${zh}`,
});

function uniqueKeyProblems(items: readonly Named[], path: string): ReportFieldProblem[] {
  const problems: ReportFieldProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (typeof item.key !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(item.key) || item.key === ROW_KEY) {
      problems.push(
        formProblem(
          `${path}[${i}].key`,
          'must be a letter followed by letters, digits or _',
          '应以字母开头，仅含字母、数字或下划线',
        ),
      );
    } else if (seen.has(item.key)) {
      problems.push(formProblem(`${path}[${i}].key`, `repeats "${item.key}"`, `与前面的“${item.key}”重复`));
    }
    seen.add(item.key);
    if (typeof item.label !== 'string' || item.label.trim() === '') {
      problems.push(formProblem(`${path}[${i}].label`, 'is required', '为必填项'));
    }
  });
  return problems;
}

/** Problems with a form definition itself (keys, types, choices, table columns); empty when usable. */
export function validateReportForm(form: ReportForm): ReportFieldProblem[] {
  if (!form || !Array.isArray(form.fields) || form.fields.length === 0) {
    return [formProblem('fields', 'must list at least one field', '至少应有一个栏目')];
  }
  const problems = uniqueKeyProblems(form.fields, 'fields');
  form.fields.forEach((field, i) => {
    const path = `fields[${i}]`;
    if (!REPORT_FIELD_TYPES.includes(field.type)) {
      problems.push(
        formProblem(`${path}.type`, `must be one of ${REPORT_FIELD_TYPES.join(', ')}`, '类型不正确'),
      );
    }
    if (field.type === 'CHOICE' && !(field.options?.length ?? 0)) {
      problems.push(formProblem(`${path}.options`, 'must list the choices', '应列出可选项'));
    }
    if (field.type !== 'TABLE') return;
    const columns = field.columns ?? [];
    if (columns.length === 0)
      problems.push(formProblem(`${path}.columns`, 'must list at least one column', '至少应有一列'));
    problems.push(...uniqueKeyProblems(columns, `${path}.columns`));
    columns.forEach((column, j) => {
      if (!REPORT_COLUMN_TYPES.includes(column.type)) {
        problems.push(
          formProblem(
            `${path}.columns[${j}].type`,
            `must be one of ${REPORT_COLUMN_TYPES.join(', ')}`,
            '类型不正确',
          ),
        );
      }
      if (column.type === 'CHOICE' && !(column.options?.length ?? 0)) {
        problems.push(formProblem(`${path}.columns[${j}].options`, 'must list the choices', '应列出可选项'));
      }
    });
    if (field.rows) problems.push(...uniqueKeyProblems(field.rows, `${path}.rows`));
  });
  return problems;
}

export function isReportCadence(s: string): s is ReportCadence {
  return (REPORT_CADENCES as readonly string[]).includes(s);
}

/** The cadence a period name belongs to: '2026-W22' WEEKLY, '2026-05' MONTHLY, '2026-Q2', '2026', 'ONCE'. */
export function cadenceOfPeriod(period: string): ReportCadence | null {
  if (isIsoWeek(period)) return 'WEEKLY';
  for (const cadence of ['ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const) {
    if (isPeriodOf(period, cadence)) return cadence;
  }
  return null;
}

/** First and last calendar day of a recurring report period (ONCE has none). */
export function reportPeriodBounds(period: string): { startsOn: string; endsOn: string } {
  const cadence = cadenceOfPeriod(period);
  if (cadence === 'WEEKLY') return { startsOn: weekMonday(period), endsOn: weekSunday(period) };
  if (cadence === null || cadence === 'ONCE') throw new RangeError(`${period} has no calendar bounds`);
  return periodBounds(period, cadence);
}

/** The period containing `date` for a cadence. */
export function reportPeriodOf(date: string, cadence: ReportCadence): string {
  if (cadence === 'WEEKLY') return isoWeekOfDate(date);
  return periodOf(date, cadence);
}

/** Every period of `cadence` that overlaps the campaign [campaignStart, campaignEnd], oldest first. */
export function reportPeriods(cadence: ReportCadence, campaignStart: string, campaignEnd: string): string[] {
  if (!isIsoDate(campaignStart) || !isIsoDate(campaignEnd)) {
    throw new RangeError(`Invalid campaign dates: ${campaignStart}..${campaignEnd}`);
  }
  if (campaignEnd < campaignStart) return [];
  if (cadence === 'ONCE') return [ONCE_PERIOD];
  if (cadence === 'WEEKLY') return weeksBetween(campaignStart, campaignEnd);
  const last = periodOf(campaignEnd, cadence);
  const periods: string[] = [];
  for (
    let p: string | null = periodOf(campaignStart, cadence);
    p !== null && p <= last;
    p = nextPeriod(p, cadence)
  ) {
    periods.push(p);
  }
  return periods;
}

/** The Beijing date a period's report is due: N working days after the period's last day, or the fixed date. */
export function reportDueDate(
  rule: ReportDueRule,
  period: string,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): string {
  if (rule.kind === 'FIXED_DATE') {
    if (!isIsoDate(rule.date)) throw new RangeError(`Invalid due date (expected YYYY-MM-DD): ${rule.date}`);
    return rule.date;
  }
  if (!Number.isInteger(rule.days) || rule.days < 0)
    throw new RangeError(`Invalid working-day count: ${rule.days}`);
  return calendar.addWorkingDays(reportPeriodBounds(period).endsOn, rule.days);
}

/** The instant a period's report is due: 18:00 Beijing on its due date, like the weekly deadline. */
export function reportDueAt(
  rule: ReportDueRule,
  period: string,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): Date {
  return beijingInstant(reportDueDate(rule, period, calendar), OFFICE_CLOSES);
}

/**
 * The periods whose obligations should exist on `today`: every period from `activeFrom` up to the
 * one after today's (units see a period coming before it starts), none past `activeUntil`.
 */
export function reportPeriodsOpenOn(
  cadence: ReportCadence,
  activeFrom: string,
  activeUntil: string | null,
  today: string,
): string[] {
  if (cadence === 'ONCE') return [ONCE_PERIOD];
  const nextStart = addDays(reportPeriodBounds(reportPeriodOf(today, cadence)).endsOn, 1);
  const end = activeUntil !== null && activeUntil < nextStart ? activeUntil : nextStart;
  return reportPeriods(cadence, activeFrom, end);
}

/**
 * Working days left until a due date, as a countdown: 0 on the due date, 1 when it is the next
 * working day, negative once overdue (−1 the working day after).
 */
export function workingDaysLeft(
  today: string,
  dueOn: string,
  calendar: Pick<WorkingCalendar, 'countWorkingDays'>,
): number {
  if (today === dueOn) return 0;
  return today < dueOn
    ? calendar.countWorkingDays(addDays(today, 1), dueOn)
    : -calendar.countWorkingDays(addDays(dueOn, 1), today);
}

/** The stored-file ids each ATTACHMENT field of `content` names (fields with none are left out). */
export function reportAttachmentIds(form: ReportForm, content: ReportContent): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const field of form.fields) {
    const value = content[field.key];
    if (field.type !== 'ATTACHMENT' || !Array.isArray(value)) continue;
    const strings = value.filter((id): id is string => typeof id === 'string' && id.length > 0);
    if (strings.length) ids[field.key] = [...new Set(strings)];
  }
  return ids;
}
