import {
  validateReportForm,
  type ReportCadence,
  type ReportColumnType,
  type ReportField,
  type ReportFieldProblem,
  type ReportFieldType,
  type ReportForm,
} from '@lvze/domain';
import type {
  CreateReportTemplateInput,
  ReportTemplateRowFragment,
  UnitKind,
  UpdateReportTemplateInput,
} from '@/gql/graphql';

// The template editor's model: flat, string-friendly values the Element Plus controls bind to;
// converted to the API's input (and the domain's ReportForm) on save.

export type DueKind = 'WORKING_DAYS_AFTER_PERIOD' | 'FIXED_DATE';
// UNIT: a reporter of each unit files; CONTACT_LEADER: the unit's contact-point leader files.
export type Filer = 'UNIT' | 'CONTACT_LEADER';

export interface ColumnDraft {
  key: string;
  label: string;
  type: ReportColumnType;
  required: boolean;
  total: boolean;
  options: string;
}

export interface FieldDraft {
  key: string;
  label: string;
  labelEn: string;
  type: ReportFieldType;
  required: boolean;
  // CHOICE options, one per line (or separated by 、 , ，).
  options: string;
  columns: ColumnDraft[];
  // TABLE: predefined rows, one per line as "key<TAB>label" or just "label"; empty = free rows.
  rows: string;
}

export interface TemplateDraft {
  code: string;
  name: string;
  cadence: ReportCadence;
  filedBy: Filer;
  dueKind: DueKind;
  dueDays: number;
  dueDate: string;
  unitKinds: UnitKind[];
  functionalDepartments: boolean;
  tags: string[];
  unitIds: string[];
  activeFrom: string;
  activeUntil: string;
  fields: FieldDraft[];
}

export const emptyColumn = (): ColumnDraft => ({
  key: '',
  label: '',
  type: 'NUMBER',
  required: false,
  total: false,
  options: '',
});

export const emptyField = (): FieldDraft => ({
  key: '',
  label: '',
  labelEn: '',
  type: 'TEXT',
  required: false,
  options: '',
  columns: [],
  rows: '',
});

export function emptyTemplate(): TemplateDraft {
  return {
    code: '',
    name: '',
    cadence: 'MONTHLY',
    filedBy: 'UNIT',
    dueKind: 'WORKING_DAYS_AFTER_PERIOD',
    dueDays: 5,
    dueDate: '',
    unitKinds: ['COUNTY'],
    functionalDepartments: false,
    tags: [],
    unitIds: [],
    activeFrom: '',
    activeUntil: '',
    fields: [{ ...emptyField(), key: 'summary', label: '工作情况', type: 'LONG_TEXT', required: true }],
  };
}

const splitOptions = (text: string) =>
  text
    .split(/[\n、,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

function rowsText(rows: ReportField['rows']): string {
  return (rows ?? []).map((row) => `${row.key}\t${row.label}`).join('\n');
}

// "key<TAB>label" keeps a row's key across versions; a bare label gets r1, r2 … by position.
export function parseRows(text: string): { key: string; label: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const match = /^([A-Za-z][A-Za-z0-9_]*)\s*\t\s*(.+)$/.exec(line);
      return match ? { key: match[1]!, label: match[2]!.trim() } : { key: `r${i + 1}`, label: line };
    });
}

function asForm(value: unknown): ReportForm {
  const form = value as ReportForm | null;
  return form && Array.isArray(form.fields) ? form : { fields: [] };
}

export function draftFromTemplate(template: ReportTemplateRowFragment): TemplateDraft {
  const form = asForm(template.currentVersion.form);
  return {
    code: template.code,
    name: template.name,
    cadence: template.cadence as ReportCadence,
    filedBy: template.filedBy === 'CONTACT_LEADER' ? 'CONTACT_LEADER' : 'UNIT',
    dueKind: template.dueRule.kind === 'FIXED_DATE' ? 'FIXED_DATE' : 'WORKING_DAYS_AFTER_PERIOD',
    dueDays: template.dueRule.days ?? 5,
    dueDate: template.dueRule.date ?? '',
    unitKinds: [...template.audience.unitKinds],
    functionalDepartments: template.audience.functionalDepartments,
    tags: [...template.audience.tags],
    unitIds: [...template.audience.unitIds],
    activeFrom: template.activeFrom,
    activeUntil: template.activeUntil ?? '',
    fields: form.fields.map((field) => ({
      key: field.key,
      label: field.label,
      labelEn: field.labelEn ?? '',
      type: field.type,
      required: field.required ?? false,
      options: (field.options ?? []).join('\n'),
      columns: (field.columns ?? []).map((column) => ({
        key: column.key,
        label: column.label,
        type: column.type,
        required: column.required ?? false,
        total: column.total ?? false,
        options: (column.options ?? []).join('\n'),
      })),
      rows: rowsText(field.rows),
    })),
  };
}

export function formFromDraft(draft: TemplateDraft): ReportForm {
  return {
    fields: draft.fields.map((field) => {
      const out: ReportField = { key: field.key.trim(), label: field.label.trim(), type: field.type };
      if (field.labelEn.trim()) out.labelEn = field.labelEn.trim();
      if (field.required) out.required = true;
      if (field.type === 'CHOICE') out.options = splitOptions(field.options);
      if (field.type === 'TABLE') {
        out.columns = field.columns.map((column) => ({
          key: column.key.trim(),
          label: column.label.trim(),
          type: column.type,
          ...(column.required ? { required: true } : {}),
          ...(column.total && (column.type === 'NUMBER' || column.type === 'MONEY') ? { total: true } : {}),
          ...(column.type === 'CHOICE' ? { options: splitOptions(column.options) } : {}),
        }));
        const rows = parseRows(field.rows);
        if (rows.length) out.rows = rows;
      }
      return out;
    }),
  };
}

// The form's own problems (keys, labels, choices, columns), in the domain's words.
export function formProblems(draft: TemplateDraft): ReportFieldProblem[] {
  return validateReportForm(formFromDraft(draft));
}

function dueRule(draft: TemplateDraft) {
  return draft.dueKind === 'FIXED_DATE'
    ? { kind: draft.dueKind, date: draft.dueDate }
    : { kind: draft.dueKind, days: draft.dueDays };
}

function audience(draft: TemplateDraft) {
  return {
    unitKinds: draft.unitKinds,
    functionalDepartments: draft.functionalDepartments,
    tags: draft.tags,
    unitIds: draft.unitIds,
  };
}

export function createInput(draft: TemplateDraft): CreateReportTemplateInput {
  return {
    code: draft.code.trim(),
    name: draft.name.trim(),
    cadence: draft.cadence,
    filedBy: draft.filedBy,
    dueRule: dueRule(draft),
    audience: audience(draft),
    form: formFromDraft(draft),
    activeFrom: draft.activeFrom || undefined,
    activeUntil: draft.activeUntil || undefined,
  };
}

// Only what changed is sent: an unchanged form must not become a new version.
export function updateInput(
  template: ReportTemplateRowFragment,
  draft: TemplateDraft,
): UpdateReportTemplateInput {
  const before = draftFromTemplate(template);
  const input: UpdateReportTemplateInput = { id: template.id, version: template.version };
  if (draft.name.trim() !== before.name) input.name = draft.name.trim();
  if (draft.filedBy !== before.filedBy) input.filedBy = draft.filedBy;
  if (JSON.stringify(dueRule(draft)) !== JSON.stringify(dueRule(before))) input.dueRule = dueRule(draft);
  if (JSON.stringify(audience(draft)) !== JSON.stringify(audience(before))) input.audience = audience(draft);
  if (JSON.stringify(formFromDraft(draft)) !== JSON.stringify(formFromDraft(before))) {
    input.form = formFromDraft(draft);
  }
  if (draft.activeUntil !== before.activeUntil) input.activeUntil = draft.activeUntil || null;
  return input;
}

export function formChanged(template: ReportTemplateRowFragment, draft: TemplateDraft): boolean {
  return updateInput(template, draft).form !== undefined;
}
