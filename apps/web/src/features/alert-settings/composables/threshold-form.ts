import { validateAlertThresholds, type AlertThresholds } from '@lvze/domain';

export type ThresholdField = keyof AlertThresholds;

/** The form's fields in the order staff read them: status lights, due-soon, then the ladder. */
export const THRESHOLD_GROUPS: { key: string; fields: { field: ThresholdField; unit: string }[] }[] = [
  {
    key: 'status',
    fields: [
      { field: 'atRiskPoints', unit: 'points' },
      { field: 'slippedPoints', unit: 'points' },
    ],
  },
  {
    key: 'dueSoon',
    fields: [
      { field: 'dueSoonWorkingDays', unit: 'workingDays' },
      { field: 'dueSoonBelowPercent', unit: 'percent' },
    ],
  },
  {
    key: 'ladder',
    fields: [
      { field: 'missedUpdateWarningTime', unit: 'time' },
      { field: 'overdueAccountabilityWorkingDays', unit: 'workingDays' },
      { field: 'reportWarningWorkingDays', unit: 'workingDays' },
      { field: 'reportAccountabilityWorkingDays', unit: 'workingDays' },
    ],
  },
];

/** Problems by field, in the user's language: the same rule the server applies. */
export function thresholdProblems(
  settings: AlertThresholds,
  zh: boolean,
): Partial<Record<ThresholdField, string>> {
  return Object.fromEntries(
    validateAlertThresholds(settings).map((p) => [p.field, zh ? p.messageZh : p.message]),
  ) as Partial<Record<ThresholdField, string>>;
}
