import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import {
  ALERT_LEVEL_COLORS,
  ALERT_LEVELS,
  ALERT_RULES,
  eventLabelKey,
  levelLabelKey,
  periodText,
  ruleLabelKey,
  statusLabelKey,
} from './alert-labels';

const zh = createAppI18n('zh-CN').global.t;
const en = createAppI18n('en').global.t;

describe('alert labels', () => {
  it.each([
    ['REMINDER', '提醒', 'Reminder'],
    ['WARNING', '预警', 'Warning'],
    ['ACCOUNTABILITY', '问责', 'Accountability'],
  ] as const)('level %s reads %s / %s', (level, zhLabel, enLabel) => {
    expect(zh(levelLabelKey(level))).toBe(zhLabel);
    expect(en(levelLabelKey(level))).toBe(enLabel);
  });

  it.each([
    ['MISSED_UPDATE', '未按时填报'],
    ['BEHIND_PLAN', '进度滞后'],
    ['OVERDUE', '逾期未完成'],
    ['DUE_SOON', '即将到期'],
    ['REPORT_OVERDUE', '报备逾期'],
  ] as const)('rule %s reads %s', (rule, label) => {
    expect(zh(ruleLabelKey(rule))).toBe(label);
  });

  it('labels statuses and history steps', () => {
    expect(zh(statusLabelKey('OPEN'))).toBe('未处理');
    expect(zh(statusLabelKey('ACKNOWLEDGED'))).toBe('已确认');
    expect(zh(statusLabelKey('RESOLVED'))).toBe('已解除');
    expect(zh(eventLabelKey('ESCALATED'))).toBe('升级');
    expect(en(eventLabelKey('REOPENED'))).toBe('Reopened');
  });

  it('has a label for every level and rule in both languages', () => {
    for (const key of [...ALERT_LEVELS.map(levelLabelKey), ...ALERT_RULES.map(ruleLabelKey)]) {
      expect(zh(key)).not.toBe(key);
      expect(en(key)).not.toBe(key);
    }
  });

  it('colours the ladder blue-grey, amber, red — all different', () => {
    expect(ALERT_LEVEL_COLORS.WARNING).toBe('#E6A23C');
    expect(ALERT_LEVEL_COLORS.ACCOUNTABILITY).toBe('#D93026');
    expect(new Set(Object.values(ALERT_LEVEL_COLORS)).size).toBe(3);
  });

  it.each([
    ['2026-W47', '2026-W47'],
    ['due', '到期'],
    ['due:2026-Q4', '到期 2026-Q4'],
    [null, '—'],
  ])('period %s reads %s', (period, text) => {
    expect(periodText(period, '到期')).toBe(text);
  });
});
