import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AlertLevel, AlertRuleKind, AlertStatus, AlertsQueryVariables } from '@/gql/graphql';
import { isAlertLevel, isAlertRule, isAlertStatus } from './alert-labels';

export interface AlertFilter {
  level: AlertLevel | '';
  rule: AlertRuleKind | '';
  status: AlertStatus | '';
  unitId: string;
}

export const ALERT_LIST_LIMIT = 500;

export const emptyAlertFilter = (): AlertFilter => ({ level: '', rule: '', status: '', unitId: '' });

export const isFilteringAlerts = (filter: AlertFilter) =>
  Boolean(filter.level || filter.rule || filter.status || filter.unitId);

// Empty choices are left out, so the server applies its defaults; a reporter never sends a unit
// (the server scopes them to their own unit and refuses another).
export function alertVariables(filter: AlertFilter, options: { canPickUnit: boolean }): AlertsQueryVariables {
  const variables: AlertsQueryVariables = { limit: ALERT_LIST_LIMIT };
  if (filter.level) variables.level = filter.level;
  if (filter.rule) variables.rule = filter.rule;
  if (filter.status) variables.status = filter.status;
  if (filter.unitId && options.canPickUnit) variables.unitId = filter.unitId;
  return variables;
}

const first = (value: LocationQuery[string] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? undefined;

// The filter lives in the address (?level=WARNING&status=OPEN), so a link can open a filtered view.
export function filterFromQuery(query: LocationQuery): AlertFilter {
  const level = first(query.level);
  const rule = first(query.rule);
  const status = first(query.status);
  const unitId = first(query.unit);
  return {
    level: isAlertLevel(level) ? level : '',
    rule: isAlertRule(rule) ? rule : '',
    status: isAlertStatus(status) ? status : '',
    unitId: typeof unitId === 'string' ? unitId : '',
  };
}

export function filterToQuery(filter: AlertFilter): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filter.level) query.level = filter.level;
  if (filter.rule) query.rule = filter.rule;
  if (filter.status) query.status = filter.status;
  if (filter.unitId) query.unit = filter.unitId;
  return query;
}
