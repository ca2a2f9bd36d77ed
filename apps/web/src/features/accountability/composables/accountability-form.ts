import { ACCOUNTABILITY_DECISIONS, type AccountabilityDecision } from '@lvze/domain';
import type { FormRules } from 'element-plus';
import type { AccountabilityRowFragment } from '@/gql/graphql';

export { ACCOUNTABILITY_DECISIONS };

export interface AccountabilityFormModel {
  unitId: string;
  decision: AccountabilityDecision | '';
  persons: string;
  reason: string;
  decidedOn: string;
}

/** The form, from a record being corrected or empty (decided today) for a new one. */
export function accountabilityFormModel(
  record: AccountabilityRowFragment | null,
  today: string,
  unitId = '',
): AccountabilityFormModel {
  if (!record) return { unitId, decision: '', persons: '', reason: '', decidedOn: today };
  return {
    unitId: record.unit.id,
    decision: record.decision,
    persons: record.persons,
    reason: record.reason,
    decidedOn: record.decidedOn,
  };
}

/** The fields both mutations take, trimmed; the server checks them again. */
export function accountabilityFields(model: AccountabilityFormModel) {
  return {
    decision: model.decision as AccountabilityDecision,
    persons: model.persons.trim(),
    reason: model.reason.trim(),
    decidedOn: model.decidedOn,
  };
}

export function accountabilityFormRules(
  t: (key: string) => string,
  needsUnit: boolean,
): FormRules<AccountabilityFormModel> {
  const required = (key: string) => ({ required: true, whitespace: true, message: t(key), trigger: 'blur' });
  return {
    unitId: needsUnit ? [required('accountability.form.unitPlaceholder')] : [],
    decision: [{ required: true, message: t('accountability.form.decision'), trigger: 'change' }],
    persons: [required('accountability.form.personsPlaceholder')],
    reason: [required('accountability.form.reasonPlaceholder')],
    decidedOn: [{ required: true, message: t('accountability.form.decidedOn'), trigger: 'change' }],
  };
}
