export type UnitColumnKey = 'name' | 'code' | 'kind' | 'parent' | 'functional' | 'tags' | 'actions';

export interface TableColumn<K extends string> {
  key: K;
  label: string;
  minWidth?: number;
  width?: number;
  fixed?: 'right';
}

type Translate = (key: string) => string;

// A function, so labels follow the current language each time the page renders.
export function unitColumns(t: Translate): TableColumn<UnitColumnKey>[] {
  return [
    { key: 'name', label: t('admin.units.columns.name'), minWidth: 220 },
    { key: 'code', label: t('admin.units.columns.code'), minWidth: 120 },
    { key: 'kind', label: t('admin.units.columns.kind'), minWidth: 120 },
    { key: 'parent', label: t('admin.units.columns.parent'), minWidth: 140 },
    { key: 'functional', label: t('admin.units.columns.functional'), width: 110 },
    { key: 'tags', label: t('admin.units.columns.tags'), minWidth: 160 },
    { key: 'actions', label: t('admin.units.columns.actions'), width: 90, fixed: 'right' },
  ];
}
