import { fileExtension } from './file-transfer';

// What every .xlsx import (tasks, responsibility lists) shares on the client: the file check before
// encoding, and the table of the server's row errors (TaskImportError).

type Translate = (key: string, named?: Record<string, unknown>) => string;

// The imports take at most 10 MB decoded (schema.gql); checked here before the file is encoded.
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export type ImportFileProblem = 'badType' | 'tooLarge';

export function checkImportFile(file: Pick<File, 'name' | 'size'>): ImportFileProblem | null {
  if (fileExtension(file.name) !== 'xlsx') return 'badType';
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  return null;
}

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
  messageZh: string;
}

export interface ImportErrorRow {
  key: string;
  row: number;
  field: string;
  problem: string;
}

/** An import's columns as the server names them, in the template's order, and where their labels are. */
export interface ImportFields {
  fields: readonly string[];
  /** i18n prefix whose `fields.<field>` are the template's column headings. */
  prefix: string;
}

// The error table (行号 / 字段 / 问题): the server's Chinese sentence in zh-CN, its English one
// otherwise; in row order, then in the template's column order.
export function importErrorRows(
  errors: readonly ImportRowError[],
  locale: string,
  t: Translate,
  { fields, prefix }: ImportFields,
): ImportErrorRow[] {
  const order = (field: string) => {
    const index = fields.indexOf(field);
    return index < 0 ? fields.length : index;
  };
  return [...errors]
    .sort((a, b) => a.row - b.row || order(a.field) - order(b.field))
    .map((error, index) => ({
      key: `${error.row}:${error.field}:${index}`,
      row: error.row,
      field: fields.includes(error.field) ? t(`${prefix}.fields.${error.field}`) : error.field,
      problem: (locale === 'zh-CN' ? error.messageZh : error.message) || error.message || error.messageZh,
    }));
}
