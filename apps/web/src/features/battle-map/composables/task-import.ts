import { fileExtension } from '@/app/files/file-transfer';
import type { ImportTasksMutation } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;

// importTasks takes at most 10 MB decoded (schema.gql); checked here before the file is encoded.
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

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

export type ImportFileProblem = 'badType' | 'tooLarge';

export function checkImportFile(file: Pick<File, 'name' | 'size'>): ImportFileProblem | null {
  if (fileExtension(file.name) !== 'xlsx') return 'badType';
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  return null;
}

export interface ImportErrorRow {
  key: string;
  row: number;
  field: string;
  problem: string;
}

type ErrorLike = ImportTasksMutation['importTasks']['errors'][number];

function fieldLabel(field: string, t: Translate): string {
  return (IMPORT_FIELDS as readonly string[]).includes(field) ? t(`battleMap.import.fields.${field}`) : field;
}

// The error table (行号 / 字段 / 问题): the server's Chinese sentence in zh-CN, its English one
// otherwise; in row order, then in the template's column order.
export function importErrorRows(
  errors: readonly ErrorLike[],
  locale: string,
  t: Translate,
): ImportErrorRow[] {
  const order = (field: string) => {
    const index = (IMPORT_FIELDS as readonly string[]).indexOf(field);
    return index < 0 ? IMPORT_FIELDS.length : index;
  };
  return [...errors]
    .sort((a, b) => a.row - b.row || order(a.field) - order(b.field))
    .map((error, index) => ({
      key: `${error.row}:${error.field}:${index}`,
      row: error.row,
      field: fieldLabel(error.field, t),
      problem: (locale === 'zh-CN' ? error.messageZh : error.message) || error.message || error.messageZh,
    }));
}
