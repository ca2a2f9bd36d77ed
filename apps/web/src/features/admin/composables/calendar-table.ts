import type { TableColumn } from './unit-table';

export type CalendarColumnKey = 'date' | 'weekday' | 'kind' | 'name' | 'actions';

type Translate = (key: string) => string;

// A function, so labels follow the current language each time the page renders.
export function calendarColumns(t: Translate): TableColumn<CalendarColumnKey>[] {
  return [
    { key: 'date', label: t('admin.calendar.columns.date'), width: 130 },
    { key: 'weekday', label: t('admin.calendar.columns.weekday'), width: 90 },
    { key: 'kind', label: t('admin.calendar.columns.kind'), width: 120 },
    { key: 'name', label: t('admin.calendar.columns.name'), minWidth: 140 },
    { key: 'actions', label: t('admin.calendar.columns.actions'), width: 90, fixed: 'right' },
  ];
}
