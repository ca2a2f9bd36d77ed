import type { TableColumn } from './unit-table';

export type UserColumnKey = 'username' | 'displayName' | 'roles' | 'unit' | 'status' | 'actions';

type Translate = (key: string) => string;

export function userColumns(t: Translate): TableColumn<UserColumnKey>[] {
  return [
    { key: 'username', label: t('admin.users.columns.username'), minWidth: 120 },
    { key: 'displayName', label: t('admin.users.columns.displayName'), minWidth: 110 },
    { key: 'roles', label: t('admin.users.columns.roles'), minWidth: 180 },
    { key: 'unit', label: t('admin.users.columns.unit'), minWidth: 160 },
    { key: 'status', label: t('admin.users.columns.status'), minWidth: 120 },
    { key: 'actions', label: t('admin.users.columns.actions'), width: 210, fixed: 'right' },
  ];
}
