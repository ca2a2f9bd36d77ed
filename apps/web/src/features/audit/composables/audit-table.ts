export type AuditColumnKey = 'at' | 'actor' | 'action' | 'entity' | 'entityId';

type Translate = (key: string) => string;

export function auditColumns(t: Translate): { key: AuditColumnKey; label: string; minWidth: number }[] {
  return [
    { key: 'at', label: t('audit.columns.at'), minWidth: 160 },
    { key: 'actor', label: t('audit.columns.actor'), minWidth: 140 },
    { key: 'action', label: t('audit.columns.action'), minWidth: 150 },
    { key: 'entity', label: t('audit.columns.entity'), minWidth: 120 },
    { key: 'entityId', label: t('audit.columns.entityId'), minWidth: 200 },
  ];
}
