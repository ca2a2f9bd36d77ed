import type { FormRules } from 'element-plus';
import type { RespAssignmentDetailFragment, UpdateAssignmentInput } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Callback = (error?: Error) => void;

export type FormAssignment = Pick<
  RespAssignmentDetailFragment,
  'id' | 'version' | 'percent' | 'currentPeriod' | 'periods' | 'updates'
>;

export interface AssignmentFormModel {
  period: string;
  percent: number | null;
  summary: string;
}

export const ASSIGNMENT_FORM_FIELDS = ['period', 'percent', 'summary', 'attachmentIds'] as const;

// The periods a unit may report on: the current one first, then the earlier ones (never a future one).
export function reportablePeriods(assignment: Pick<FormAssignment, 'currentPeriod' | 'periods'>): string[] {
  const earlier = assignment.periods
    .map((p) => p.period)
    .filter((period) => period !== assignment.currentPeriod)
    .sort()
    .reverse();
  return [assignment.currentPeriod, ...earlier];
}

// The latest claim for a period (accepted or not); progress is cumulative within a period.
export function lastPercentFor(
  assignment: Pick<FormAssignment, 'updates' | 'periods'>,
  period: string,
): number {
  const update = assignment.updates.find((u) => u.period === period && !u.rejected);
  if (update) return update.percent;
  return assignment.periods.find((p) => p.period === period)?.percent ?? 0;
}

export function assignmentFormModel(assignment: FormAssignment): AssignmentFormModel {
  const period = assignment.currentPeriod;
  return {
    period,
    percent: Math.round(lastPercentFor(assignment, period) * 10) / 10,
    summary: '',
  };
}

export function assignmentFormRules(t: Translate): FormRules<AssignmentFormModel> {
  return {
    period: [
      {
        required: true,
        message: t('common.messages.requiredSelect', { field: t('responsibility.form.period') }),
        trigger: 'change',
      },
    ],
    percent: [
      {
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          if (value === null || value === undefined || value === '') {
            return callback(
              new Error(t('common.messages.required', { field: t('responsibility.form.percent') })),
            );
          }
          const n = Number(value);
          callback(
            Number.isFinite(n) && n >= 0 && n <= 100
              ? undefined
              : new Error(t('responsibility.form.percentRange')),
          );
        },
      },
    ],
    summary: [
      {
        required: true,
        whitespace: true,
        message: t('common.messages.required', { field: t('responsibility.form.summary') }),
        trigger: 'blur',
      },
      { max: 2000, message: t('responsibility.form.tooLong', { max: 2000 }), trigger: 'blur' },
    ],
  };
}

export function updateAssignmentInput(
  assignment: Pick<FormAssignment, 'id' | 'version'>,
  model: AssignmentFormModel,
  attachmentIds: readonly string[] = [],
): UpdateAssignmentInput {
  return {
    assignmentId: assignment.id,
    period: model.period,
    percent: Number(model.percent),
    summary: model.summary.trim(),
    attachmentIds: [...attachmentIds],
    version: assignment.version,
  };
}

// A review of "insufficient" needs a comment saying what is missing.
export function reviewProblem(sufficient: boolean, comment: string): 'commentRequired' | null {
  return !sufficient && !comment.trim() ? 'commentRequired' : null;
}
