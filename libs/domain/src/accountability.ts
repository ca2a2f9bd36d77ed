// The accountability decisions (问责方式) a commission records, mildest first, as the campaign's
// documents name them.
export const ACCOUNTABILITY_DECISIONS = [
  'TALK_REMINDER',
  'WRITTEN_EXAMINATION',
  'CIRCULATED_CRITICISM',
  'ADMONISHMENT_TALK',
  'ORGANISATIONAL_HANDLING',
  'DISCIPLINARY_SANCTION',
] as const;
export type AccountabilityDecision = (typeof ACCOUNTABILITY_DECISIONS)[number];

export const ACCOUNTABILITY_DECISION_NAMES_ZH: Readonly<Record<AccountabilityDecision, string>> = {
  TALK_REMINDER: '谈话提醒',
  WRITTEN_EXAMINATION: '书面检查',
  CIRCULATED_CRITICISM: '通报批评',
  ADMONISHMENT_TALK: '诫勉谈话',
  ORGANISATIONAL_HANDLING: '组织处理',
  DISCIPLINARY_SANCTION: '党纪政务处分',
};

export function isAccountabilityDecision(s: string): s is AccountabilityDecision {
  return (ACCOUNTABILITY_DECISIONS as readonly string[]).includes(s);
}

/** The decision named in Chinese (as a ledger or an import writes it) or by its code. */
export function accountabilityDecisionFrom(text: string): AccountabilityDecision | null {
  const trimmed = text.trim();
  if (isAccountabilityDecision(trimmed)) return trimmed;
  const byName = ACCOUNTABILITY_DECISIONS.find((d) => ACCOUNTABILITY_DECISION_NAMES_ZH[d] === trimmed);
  return byName ?? null;
}
