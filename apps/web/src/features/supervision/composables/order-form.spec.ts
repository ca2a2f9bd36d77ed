import { describe, expect, it } from 'vitest';
import { defaultMatter, orderFormModel, orderFormRules, type OrderAlert } from './order-form';

const alert: OrderAlert = {
  id: 'a1',
  level: 'ACCOUNTABILITY',
  message: '「T12 扶贫资金检查」已逾期',
  unit: { id: 'u1', name: '资源县' },
  task: { code: 'T12', title: '扶贫资金检查' },
  assignment: null,
};

describe('the supervision order form', () => {
  it('names the matter after the alert’s task, list item, or else its message', () => {
    expect(defaultMatter(alert)).toBe('T12 扶贫资金检查');
    expect(defaultMatter({ ...alert, task: null, assignment: { item: { content: '开展自查自纠' } } })).toBe(
      '开展自查自纠',
    );
    expect(defaultMatter({ ...alert, task: null })).toBe('「T12 扶贫资金检查」已逾期');
  });

  it('gives a month to rectify, but not past the campaign’s end', () => {
    expect(orderFormModel(alert, '2026-10-01', '2026-12-31').rectifyBy).toBe('2026-10-31');
    expect(orderFormModel(alert, '2026-12-15', '2026-12-31').rectifyBy).toBe('2026-12-31');
  });

  it('requires every field, naming it', () => {
    const rules = orderFormRules((key, named) => `${key}${named ? JSON.stringify(named) : ''}`);
    expect(Object.keys(rules)).toEqual(['matter', 'rectifyBy', 'leaderId', 'requirements']);
    expect(JSON.stringify(rules.leaderId)).toContain('supervision.form.leader');
  });
});
