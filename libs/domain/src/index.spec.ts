import * as domain from './index.js';

describe('@lvze/domain entry point', () => {
  it.each([
    'BEIJING_OFFSET',
    'beijingDate',
    'beijingInstant',
    'formatBeijing',
    'toBeijingIso',
    'isIsoDate',
    'addDays',
    'dayOfWeek',
    'isoWeekOfDate',
    'isoWeekOf',
    'parseIsoWeek',
    'isIsoWeek',
    'weekMonday',
    'weekSunday',
    'weekDates',
    'isoWeeksInYear',
    'weeksBetween',
    'compareWeeks',
    'addWeeks',
    'WorkingCalendar',
    'TASK_STATUSES',
    'DEFAULT_THRESHOLDS',
    'percentOfTarget',
    'plannedPercentAsOf',
    'actualPercentAsOf',
    'evaluateStatus',
    'isLateUpdate',
    'weeklyCells',
    'STATUS_PALETTE',
    'ERROR_CODES',
    'passwordProblems',
    'isStrongPassword',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });
});
