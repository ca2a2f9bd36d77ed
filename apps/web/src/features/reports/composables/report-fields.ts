import type { ReportField } from '@lvze/domain';

export function fieldLabel(field: Pick<ReportField, 'label' | 'labelEn'>, locale: string): string {
  return locale === 'zh-CN' ? field.label : (field.labelEn ?? field.label);
}

// A filed value as read-only text; tables and attachments have their own views.
export function formatFieldValue(field: Pick<ReportField, 'type'>, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (field.type === 'MONEY' && typeof value === 'number') {
    return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}
