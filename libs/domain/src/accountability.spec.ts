import {
  ACCOUNTABILITY_DECISIONS,
  ACCOUNTABILITY_DECISION_NAMES_ZH,
  accountabilityDecisionFrom,
  isAccountabilityDecision,
} from './accountability.js';

describe('accountability decisions', () => {
  it('lists the six decisions of the campaign, each with its Chinese name', () => {
    expect(ACCOUNTABILITY_DECISIONS.map((d) => ACCOUNTABILITY_DECISION_NAMES_ZH[d])).toEqual([
      '谈话提醒',
      '书面检查',
      '通报批评',
      '诫勉谈话',
      '组织处理',
      '党纪政务处分',
    ]);
  });

  it.each([
    ['通报批评', 'CIRCULATED_CRITICISM'],
    [' 诫勉谈话 ', 'ADMONISHMENT_TALK'],
    ['DISCIPLINARY_SANCTION', 'DISCIPLINARY_SANCTION'],
    ['警告', null],
    ['', null],
  ])('reads %j as %s', (text, expected) => {
    expect(accountabilityDecisionFrom(text)).toBe(expected);
  });

  it('tells a decision code from anything else', () => {
    expect(isAccountabilityDecision('TALK_REMINDER')).toBe(true);
    expect(isAccountabilityDecision('talk_reminder')).toBe(false);
  });
});
