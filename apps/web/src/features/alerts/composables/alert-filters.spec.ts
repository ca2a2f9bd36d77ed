import { describe, expect, it } from 'vitest';
import {
  ALERT_LIST_LIMIT,
  alertVariables,
  emptyAlertFilter,
  filterFromQuery,
  filterToQuery,
  isFilteringAlerts,
  type AlertFilter,
} from './alert-filters';

const filter = (over: Partial<AlertFilter>): AlertFilter => ({ ...emptyAlertFilter(), ...over });

describe('alertVariables', () => {
  it('sends only the limit without a filter', () => {
    expect(alertVariables(emptyAlertFilter(), { canPickUnit: true })).toEqual({ limit: ALERT_LIST_LIMIT });
    expect(isFilteringAlerts(emptyAlertFilter())).toBe(false);
  });

  it('sends every chosen condition', () => {
    const chosen = filter({ level: 'WARNING', rule: 'BEHIND_PLAN', status: 'OPEN', unitId: 'u-zy' });
    expect(alertVariables(chosen, { canPickUnit: true })).toEqual({
      limit: ALERT_LIST_LIMIT,
      level: 'WARNING',
      rule: 'BEHIND_PLAN',
      status: 'OPEN',
      unitId: 'u-zy',
    });
    expect(isFilteringAlerts(chosen)).toBe(true);
  });

  it('never sends a unit for a reporter (the server scopes them to their own)', () => {
    expect(alertVariables(filter({ unitId: 'u-other', level: 'REMINDER' }), { canPickUnit: false })).toEqual({
      limit: ALERT_LIST_LIMIT,
      level: 'REMINDER',
    });
  });
});

describe('filter in the address', () => {
  it('round-trips through the query string', () => {
    const chosen = filter({ level: 'ACCOUNTABILITY', status: 'ACKNOWLEDGED', unitId: 'u1' });
    const query = filterToQuery(chosen);
    expect(query).toEqual({ level: 'ACCOUNTABILITY', status: 'ACKNOWLEDGED', unit: 'u1' });
    expect(filterFromQuery(query as Record<string, string>)).toEqual(chosen);
  });

  it('ignores values that are not levels, rules or statuses', () => {
    expect(filterFromQuery({ level: 'SEVERE', rule: 'late', status: 'open' })).toEqual(emptyAlertFilter());
  });

  it('takes the first of repeated values', () => {
    expect(filterFromQuery({ rule: ['OVERDUE', 'DUE_SOON'] }).rule).toBe('OVERDUE');
  });
});
