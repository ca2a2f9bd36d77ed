import { describe, expect, it } from 'vitest';
import type { RespItemFragment } from '@/gql/graphql';
import {
  assignFormModel,
  assignItemInput,
  assignProblem,
  assignReach,
  createItemInput,
  itemFormModel,
  itemFormRules,
  updateItemInput,
  type ItemFormModel,
} from './list-forms';

const t = (key: string) => key;
const span = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

function validate(model: ItemFormModel, field: 'dueOn' | 'dueWorkingDays', value: unknown) {
  const rules = itemFormRules(
    t,
    () => model,
    () => span,
  );
  const rule = (
    rules[field] as { validator: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[]
  )[0];
  return new Promise<string | undefined>((resolve) => rule.validator({}, value, (e) => resolve(e?.message)));
}

const item: RespItemFragment = {
  id: 'i1',
  seq: 3,
  content: '开展专项检查',
  evidenceExpected: '检查报告',
  cadence: 'QUARTERLY',
  dueOn: null,
  dueWorkingDays: 5,
  assignmentCount: 59,
  version: 2,
};

describe('item form', () => {
  it('requires a due date for a one-off item, within the campaign', async () => {
    const once = { ...itemFormModel(null), cadence: 'ONCE' as const };
    expect(await validate(once, 'dueOn', '')).toBe('responsibility.itemForm.dueOnRequired');
    expect(await validate(once, 'dueOn', '2027-01-05')).toBe('responsibility.itemForm.dueOnRange');
    expect(await validate(once, 'dueOn', '2026-06-30')).toBeUndefined();
    const yearly = { ...once, cadence: 'YEARLY' as const };
    expect(await validate(yearly, 'dueOn', '')).toBeUndefined();
  });

  it('keeps working days within 0–30', async () => {
    const monthly = { ...itemFormModel(null), cadence: 'MONTHLY' as const };
    expect(await validate(monthly, 'dueWorkingDays', 31)).toBe('responsibility.itemForm.dueWorkingDaysRange');
    expect(await validate(monthly, 'dueWorkingDays', 2.5)).toBe(
      'responsibility.itemForm.dueWorkingDaysRange',
    );
    expect(await validate(monthly, 'dueWorkingDays', 0)).toBeUndefined();
  });

  it('drops a date the cadence does not take, and working days for a one-off item', () => {
    const model = { ...itemFormModel(item), dueOn: '2026-05-01' };
    expect(updateItemInput(item, model)).toEqual({
      id: 'i1',
      version: 2,
      content: '开展专项检查',
      evidenceExpected: '检查报告',
      cadence: 'QUARTERLY',
      dueOn: null,
      dueWorkingDays: 5,
    });
    const once = createItemInput('l1', { ...model, cadence: 'ONCE', content: ' 制定方案 ' });
    expect(once).toEqual({
      listId: 'l1',
      content: '制定方案',
      evidenceExpected: '检查报告',
      cadence: 'ONCE',
      dueOn: '2026-05-01',
    });
  });
});

describe('bulk assignment', () => {
  const units = [
    { id: 'c1', kind: 'COUNTY' as const, tags: ['poverty-county'], isFunctionalDepartment: false },
    { id: 'c2', kind: 'COUNTY' as const, tags: [], isFunctionalDepartment: false },
    { id: 'm1', kind: 'MUNICIPAL_UNIT' as const, tags: [], isFunctionalDepartment: true },
  ];

  it('sends exactly one way of choosing units', () => {
    const base = assignFormModel();
    expect(assignItemInput('i1', base)).toEqual({ itemId: 'i1', unitKind: 'COUNTY' });
    expect(assignItemInput('i1', { ...base, mode: 'tag', tag: ' poverty-county ' })).toEqual({
      itemId: 'i1',
      tag: 'poverty-county',
    });
    expect(assignItemInput('i1', { ...base, mode: 'functional' })).toEqual({
      itemId: 'i1',
      functionalDepartmentsOnly: true,
    });
    expect(assignItemInput('i1', { ...base, mode: 'units', unitIds: ['c2'] })).toEqual({
      itemId: 'i1',
      unitIds: ['c2'],
    });
  });

  it('refuses an incomplete choice', () => {
    const base = assignFormModel();
    expect(assignProblem({ ...base, unitKind: '' })).toBe('unitKind');
    expect(assignProblem({ ...base, mode: 'tag', tag: ' ' })).toBe('tag');
    expect(assignProblem({ ...base, mode: 'units' })).toBe('units');
    expect(assignProblem({ ...base, mode: 'functional' })).toBeNull();
  });

  it('previews how many units a choice covers', () => {
    const base = assignFormModel();
    expect(assignReach(units, base)).toBe(2);
    expect(assignReach(units, { ...base, mode: 'tag', tag: 'poverty-county' })).toBe(1);
    expect(assignReach(units, { ...base, mode: 'functional' })).toBe(1);
    expect(assignReach(units, { ...base, mode: 'units', unitIds: ['c1', 'm1'] })).toBe(2);
  });
});
