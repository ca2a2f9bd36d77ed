import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import {
  calendarDayFormModel,
  calendarDayFormRules,
  isDateInYear,
  isoWeekday,
  setCalendarDayInput,
} from './calendar-form';

const i18n = createAppI18n('zh-CN');
const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

type Validator = (rule: unknown, value: unknown, cb: (e?: Error) => void) => void;
function checkDate(year: number, value: unknown): string | null {
  const rules = calendarDayFormRules(t, () => year);
  const rule = (rules.date as { validator: Validator }[])[0];
  let error: Error | undefined;
  rule.validator({}, value, (e) => (error = e));
  return error?.message ?? null;
}

describe('calendar day form', () => {
  it('starts empty, as a holiday unless told otherwise', () => {
    expect(calendarDayFormModel()).toEqual({ date: '', kind: 'HOLIDAY', name: '' });
    expect(calendarDayFormModel('WORKDAY').kind).toBe('WORKDAY');
  });

  it('asks for a date inside the year picked on the page', () => {
    expect(checkDate(2027, '')).toBe('请选择日期');
    expect(checkDate(2027, '2027-10-01')).toBeNull();
    expect(checkDate(2027, '2026-10-01')).toBe('日期须在 2027 年内');
  });

  it('reads the year when validating, so the rule follows the picker', () => {
    let year = 2026;
    const rules = calendarDayFormRules(t, () => year);
    const rule = (rules.date as { validator: Validator }[])[0];
    let error: Error | undefined;
    year = 2027;
    rule.validator({}, '2026-05-01', (e) => (error = e));
    expect(error?.message).toBe('日期须在 2027 年内');
  });

  it('limits the name to what the API accepts', () => {
    const rules = calendarDayFormRules(t, () => 2027);
    expect(rules.name).toEqual([expect.objectContaining({ max: 50, message: '名称不超过 50 个字' })]);
  });

  it('sends a trimmed name, or null for none', () => {
    expect(setCalendarDayInput({ date: '2027-10-01', kind: 'HOLIDAY', name: ' 国庆节 ' })).toEqual({
      date: '2027-10-01',
      kind: 'HOLIDAY',
      name: '国庆节',
    });
    expect(setCalendarDayInput({ date: '2027-09-26', kind: 'WORKDAY', name: '  ' }).name).toBeNull();
  });

  it.each([
    ['2027-10-01', 2027, true],
    ['2027-1-1', 2027, false],
    ['2026-12-31', 2027, false],
  ])('%s in %i: %s', (date, year, expected) => {
    expect(isDateInYear(date, year)).toBe(expected);
  });

  it('names the weekday, Monday = 1', () => {
    expect(isoWeekday('2027-10-01')).toBe(5);
    expect(isoWeekday('2027-10-03')).toBe(7);
    expect(isoWeekday('2026-11-23')).toBe(1);
  });
});
