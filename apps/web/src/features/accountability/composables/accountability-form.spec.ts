import { describe, expect, it } from 'vitest';
import type { AccountabilityRowFragment } from '@/gql/graphql';
import {
  accountabilityFields,
  accountabilityFormModel,
  accountabilityFormRules,
} from './accountability-form';

const record = {
  id: 'r1',
  version: 2,
  decision: 'CIRCULATED_CRITICISM',
  persons: '张某',
  reason: '连续两周未报送',
  decidedOn: '2026-11-20',
  recordedAt: '2026-11-20T10:00:00+08:00',
  alertId: null,
  unit: { id: 'u1', name: '资源县' },
  recordedBy: null,
} as AccountabilityRowFragment;

describe('the accountability form', () => {
  it('starts empty, decided today, for a new record (with the alert’s unit when given)', () => {
    expect(accountabilityFormModel(null, '2026-11-25', 'u9')).toEqual({
      unitId: 'u9',
      decision: '',
      persons: '',
      reason: '',
      decidedOn: '2026-11-25',
    });
  });

  it('starts from the record being corrected', () => {
    expect(accountabilityFormModel(record, '2026-11-25')).toMatchObject({
      unitId: 'u1',
      decision: 'CIRCULATED_CRITICISM',
      decidedOn: '2026-11-20',
    });
  });

  it('sends trimmed text', () => {
    expect(
      accountabilityFields({
        unitId: 'u1',
        decision: 'TALK_REMINDER',
        persons: ' 李某 ',
        reason: ' 迟报 ',
        decidedOn: '2026-11-24',
      }),
    ).toEqual({ decision: 'TALK_REMINDER', persons: '李某', reason: '迟报', decidedOn: '2026-11-24' });
  });

  it('asks for a unit only when the record answers no alert', () => {
    const t = (key: string) => key;
    expect(accountabilityFormRules(t, true).unitId).toHaveLength(1);
    expect(accountabilityFormRules(t, false).unitId).toHaveLength(0);
  });
});
