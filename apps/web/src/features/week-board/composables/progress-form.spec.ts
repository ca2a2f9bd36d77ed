import { describe, expect, it } from 'vitest';
import {
  progressFormModel,
  progressFormRules,
  progressMode,
  reportableWeeks,
  submitProgressInput,
  type ProgressTask,
} from './progress-form';

const percentTask: ProgressTask = {
  id: 't1',
  code: 'T01',
  title: '开展专项巡察',
  target: null,
  measure: null,
  percent: 42.25,
  currentValue: null,
};
const valueTask: ProgressTask = {
  ...percentTask,
  id: 't2',
  code: 'T02',
  target: 12,
  measure: '次',
  currentValue: 5,
};

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}:${JSON.stringify(named)}` : key);

type Validator = (rule: unknown, value: unknown, cb: (e?: Error) => void) => void;
function check(rules: ReturnType<typeof progressFormRules>, field: 'percent' | 'value', value: unknown) {
  const list = rules[field];
  const rule = (Array.isArray(list) ? list[0] : list) as { validator: Validator };
  let error: Error | undefined;
  rule.validator({}, value, (e) => (error = e));
  return error?.message ?? null;
}

describe('progress form', () => {
  it('reports a percent for a task without target and a value for one with a target', () => {
    expect(progressMode(percentTask)).toBe('percent');
    expect(progressMode(valueTask)).toBe('value');
  });

  it('starts from the last cumulative figure in the right field only', () => {
    expect(progressFormModel(percentTask, '2026-W48')).toMatchObject({
      week: '2026-W48',
      percent: 42.3,
      value: null,
    });
    expect(progressFormModel(valueTask, '2026-W48')).toMatchObject({ percent: null, value: 5 });
    expect(progressFormModel({ ...valueTask, currentValue: null }, '2026-W48').value).toBe(0);
  });

  it('sends exactly one of percent and value', () => {
    const model = {
      week: '2026-W48',
      percent: 60,
      value: 9,
      summary: ' 完成 3 次 ',
      problems: ' ',
      nextSteps: '继续',
    };
    const asPercent = submitProgressInput(percentTask, model);
    expect(asPercent).toEqual({
      taskId: 't1',
      week: '2026-W48',
      percent: 60,
      summary: '完成 3 次',
      problems: null,
      nextSteps: '继续',
      attachmentIds: [],
    });
    expect(asPercent).not.toHaveProperty('value');
    const asValue = submitProgressInput(valueTask, model);
    expect(asValue).toMatchObject({ taskId: 't2', value: 9 });
    expect(asValue).not.toHaveProperty('percent');
    expect(submitProgressInput(percentTask, model, ['f1', 'f2']).attachmentIds).toEqual(['f1', 'f2']);
  });

  it('validates only the field that applies', () => {
    const percentRules = progressFormRules(t, percentTask);
    expect(percentRules).toHaveProperty('percent');
    expect(percentRules).not.toHaveProperty('value');
    const valueRules = progressFormRules(t, valueTask);
    expect(valueRules).toHaveProperty('value');
    expect(valueRules).not.toHaveProperty('percent');
  });

  it.each([
    [null, 'common.messages.required'],
    [-1, 'weekBoard.form.percentRange'],
    [100.5, 'weekBoard.form.percentRange'],
    [0, null],
    [100, null],
  ])('checks percent %s', (value, expected) => {
    const message = check(progressFormRules(t, percentTask), 'percent', value);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });

  it.each([
    [null, 'common.messages.required'],
    [-0.5, 'weekBoard.form.valueNegative'],
    [0, null],
    // A value above the target is allowed: the target can be exceeded.
    [20, null],
  ])('checks value %s', (value, expected) => {
    const message = check(progressFormRules(t, valueTask), 'value', value);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });

  it('requires a summary that is not just spaces', () => {
    const rules = progressFormRules(t, percentTask);
    expect(rules.summary).toEqual([expect.objectContaining({ required: true, whitespace: true })]);
  });

  it('offers this week and the four before it, across the new year', () => {
    expect(reportableWeeks('2026-W48')).toEqual(['2026-W48', '2026-W47', '2026-W46', '2026-W45', '2026-W44']);
    expect(reportableWeeks('2027-W02')).toEqual(['2027-W02', '2027-W01', '2026-W53', '2026-W52', '2026-W51']);
  });
});
