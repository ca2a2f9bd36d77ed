import type { AlertEventKind, AlertLevel, AlertRuleKind, AlertStatus } from '@/gql/graphql';

// Lowest to highest: the escalation ladder 提醒 → 预警 → 问责.
export const ALERT_LEVELS = [
  'REMINDER',
  'WARNING',
  'ACCOUNTABILITY',
] as const satisfies readonly AlertLevel[];
export const ALERT_RULES = [
  'MISSED_UPDATE',
  'BEHIND_PLAN',
  'OVERDUE',
  'DUE_SOON',
  'REPORT_OVERDUE',
] as const satisfies readonly AlertRuleKind[];
export const ALERT_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const satisfies readonly AlertStatus[];

// 提醒 blue-grey, 预警 amber, 问责 red; the label is always shown next to the colour.
export const ALERT_LEVEL_COLORS: Record<AlertLevel, string> = {
  REMINDER: '#6B7C93',
  WARNING: '#E6A23C',
  ACCOUNTABILITY: '#D93026',
};

export const ALERT_STATUS_TAG: Record<AlertStatus, 'danger' | 'warning' | 'info'> = {
  OPEN: 'danger',
  ACKNOWLEDGED: 'warning',
  RESOLVED: 'info',
};

export const levelLabelKey = (level: AlertLevel) => `alerts.levels.${level}`;
export const ruleLabelKey = (rule: AlertRuleKind) => `alerts.rules.${rule}`;
export const statusLabelKey = (status: AlertStatus) => `alerts.statuses.${status}`;
export const eventLabelKey = (kind: AlertEventKind) => `alerts.events.${kind}`;

export function isAlertLevel(value: unknown): value is AlertLevel {
  return typeof value === 'string' && (ALERT_LEVELS as readonly string[]).includes(value);
}
export function isAlertRule(value: unknown): value is AlertRuleKind {
  return typeof value === 'string' && (ALERT_RULES as readonly string[]).includes(value);
}
export function isAlertStatus(value: unknown): value is AlertStatus {
  return typeof value === 'string' && (ALERT_STATUSES as readonly string[]).includes(value);
}

// "2026-W47" stays; "due" reads 到期; "due:2026-Q4" reads 到期 2026-Q4.
export function periodText(period: string | null | undefined, dueLabel: string): string {
  if (!period) return '—';
  if (period === 'due') return dueLabel;
  if (period.startsWith('due:')) return `${dueLabel} ${period.slice(4)}`;
  return period;
}
