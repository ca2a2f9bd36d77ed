import { describe, expect, it } from 'vitest';
import {
  assignmentFormModel,
  assignmentFormRules,
  lastPercentFor,
  reportablePeriods,
  reviewProblem,
  updateAssignmentInput,
  type FormAssignment,
} from './assignment-form';

const t = (key: string) => key;

function period(p: string, percent: number) {
  return {
    period: p,
    startsOn: '2026-01-01',
    endsOn: '2026-03-31',
    dueOn: '2026-04-08',
    status: 'ON_TRACK' as const,
    percent,
    plannedPercent: 0,
    completedLate: false,
    reopened: false,
  };
}

function update(p: string, percent: number, rejected = false) {
  return {
    id: `${p}-${percent}`,
    period: p,
    percent,
    summary: 's',
    createdAt: '2026-11-20T02:00:00Z',
    rejected,
    author: { id: 'u', displayName: '张三' },
    attachments: [],
    review: null,
  };
}

const assignment: FormAssignment = {
  id: 'a1',
  version: 7,
  percent: 40,
  currentPeriod: '2026-Q4',
  periods: [period('2026-Q1', 100), period('2026-Q2', 100), period('2026-Q3', 80), period('2026-Q4', 40)],
  updates: [update('2026-Q4', 60, true), update('2026-Q4', 40), update('2026-Q3', 80)],
};

async function check(rules: ReturnType<typeof assignmentFormRules>, field: 'percent', value: unknown) {
  const rule = (
    rules[field] as { validator: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[]
  )[0];
  return new Promise<string | undefined>((resolve) => rule.validator({}, value, (e) => resolve(e?.message)));
}

describe('assignment form', () => {
  it('offers the current period first, then earlier ones, newest first', () => {
    expect(reportablePeriods(assignment)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']);
    expect(reportablePeriods({ currentPeriod: 'ONCE', periods: [period('ONCE', 0)] })).toEqual(['ONCE']);
  });

  it('starts from the last accepted claim of the period (a rejected one does not count)', () => {
    expect(lastPercentFor(assignment, '2026-Q4')).toBe(40);
    expect(lastPercentFor(assignment, '2026-Q2')).toBe(100);
    expect(lastPercentFor(assignment, '2027-Q1')).toBe(0);
    expect(assignmentFormModel(assignment)).toEqual({ period: '2026-Q4', percent: 40, summary: '' });
  });

  it('requires a percent between 0 and 100', async () => {
    const rules = assignmentFormRules(t);
    expect(await check(rules, 'percent', null)).toBe('common.messages.required');
    expect(await check(rules, 'percent', 101)).toBe('responsibility.form.percentRange');
    expect(await check(rules, 'percent', -1)).toBe('responsibility.form.percentRange');
    expect(await check(rules, 'percent', 0)).toBeUndefined();
    expect(await check(rules, 'percent', 100)).toBeUndefined();
  });

  it('requires a summary that is not only spaces', () => {
    const summary = assignmentFormRules(t).summary as { required?: boolean; whitespace?: boolean }[];
    expect(summary[0]).toMatchObject({ required: true, whitespace: true });
  });

  it('sends period, trimmed summary, evidence ids and the version read', () => {
    expect(
      updateAssignmentInput(assignment, { period: '2026-Q3', percent: 90, summary: '  已完成整改  ' }, [
        'f1',
      ]),
    ).toEqual({
      assignmentId: 'a1',
      period: '2026-Q3',
      percent: 90,
      summary: '已完成整改',
      attachmentIds: ['f1'],
      version: 7,
    });
  });

  it('requires a comment only for 证据不足', () => {
    expect(reviewProblem(false, '  ')).toBe('commentRequired');
    expect(reviewProblem(false, '缺少会议纪要')).toBeNull();
    expect(reviewProblem(true, '')).toBeNull();
  });
});
