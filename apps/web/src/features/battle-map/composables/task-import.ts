import { type ImportRowError, importErrorRows as sharedImportErrorRows } from '@/app/files/xlsx-import';

export { IMPORT_MAX_BYTES, checkImportFile, type ImportErrorRow } from '@/app/files/xlsx-import';

type Translate = (key: string, named?: Record<string, unknown>) => string;

// The columns the server names in TaskImportError.field, in the template's order.
export const IMPORT_FIELDS = [
  'file',
  'code',
  'category',
  'title',
  'description',
  'leadLeader',
  'leadUnitCode',
  'coUnitCodes',
  'startsOn',
  'dueOn',
  'target',
  'measure',
] as const;

export const TASK_IMPORT = { fields: IMPORT_FIELDS, prefix: 'battleMap.import' };

// The task import's error table: labels from battleMap.import.fields, rows in the template's order.
export function importErrorRows(errors: readonly ImportRowError[], locale: string, t: Translate) {
  return sharedImportErrorRows(errors, locale, t, TASK_IMPORT);
}
