import type { FormRules } from 'element-plus';
import type {
  AssignItemInput,
  CreateResponsibilityItemInput,
  RespItemFragment,
  ResponsibilityCadence,
  ResponsibilityKind,
  UnitKind,
  UpdateResponsibilityItemInput,
} from '@/gql/graphql';
import { cadenceTakesDueOn } from './kinds';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Callback = (error?: Error) => void;

// ── Lists ────────────────────────────────────────────────────────────────────────────────────
export interface ListFormModel {
  kind: ResponsibilityKind;
  title: string;
}

export const LIST_FORM_FIELDS = ['kind', 'title'] as const;

export function listFormRules(t: Translate): FormRules<ListFormModel> {
  const title = t('responsibility.listForm.title');
  return {
    kind: [
      {
        required: true,
        message: t('common.messages.requiredSelect', { field: t('responsibility.listForm.kind') }),
        trigger: 'change',
      },
    ],
    title: [
      {
        required: true,
        whitespace: true,
        message: t('common.messages.required', { field: title }),
        trigger: 'blur',
      },
      {
        min: 2,
        max: 200,
        message: t('responsibility.form.lengthBetween', { field: title, min: 2, max: 200 }),
        trigger: 'blur',
      },
    ],
  };
}

// ── Items ────────────────────────────────────────────────────────────────────────────────────
export interface ItemFormModel {
  content: string;
  evidenceExpected: string;
  cadence: ResponsibilityCadence;
  dueOn: string;
  dueWorkingDays: number | null;
}

export const ITEM_FORM_FIELDS = [
  'content',
  'evidenceExpected',
  'cadence',
  'dueOn',
  'dueWorkingDays',
] as const;

export function itemFormModel(item: RespItemFragment | null): ItemFormModel {
  return {
    content: item?.content ?? '',
    evidenceExpected: item?.evidenceExpected ?? '',
    cadence: item?.cadence ?? 'ONCE',
    dueOn: item?.dueOn ?? '',
    dueWorkingDays: item?.dueWorkingDays ?? 5,
  };
}

export function itemFormRules(
  t: Translate,
  model: () => ItemFormModel,
  span: () => { startsOn: string; endsOn: string } | null,
): FormRules<ItemFormModel> {
  const content = t('responsibility.itemForm.content');
  return {
    content: [
      {
        required: true,
        whitespace: true,
        message: t('common.messages.required', { field: content }),
        trigger: 'blur',
      },
      {
        min: 2,
        max: 2000,
        message: t('responsibility.form.lengthBetween', { field: content, min: 2, max: 2000 }),
        trigger: 'blur',
      },
    ],
    evidenceExpected: [
      { max: 2000, message: t('responsibility.form.tooLong', { max: 2000 }), trigger: 'blur' },
    ],
    cadence: [
      {
        required: true,
        message: t('common.messages.requiredSelect', { field: t('responsibility.itemForm.cadence') }),
        trigger: 'change',
      },
    ],
    dueOn: [
      {
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          const cadence = model().cadence;
          if (cadence === 'ONCE' && !value) {
            return callback(new Error(t('responsibility.itemForm.dueOnRequired')));
          }
          const limits = span();
          if (value && limits && (String(value) < limits.startsOn || String(value) > limits.endsOn)) {
            return callback(
              new Error(
                t('responsibility.itemForm.dueOnRange', { from: limits.startsOn, to: limits.endsOn }),
              ),
            );
          }
          callback();
        },
      },
    ],
    dueWorkingDays: [
      {
        trigger: 'change',
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          if (model().cadence === 'ONCE') return callback();
          const n = value === null || value === undefined || value === '' ? null : Number(value);
          callback(
            n === null || (Number.isInteger(n) && n >= 0 && n <= 30)
              ? undefined
              : new Error(t('responsibility.itemForm.dueWorkingDaysRange')),
          );
        },
      },
    ],
  };
}

function definition(model: ItemFormModel) {
  const takesDate = cadenceTakesDueOn(model.cadence);
  return {
    content: model.content.trim(),
    evidenceExpected: model.evidenceExpected.trim(),
    cadence: model.cadence,
    // MONTHLY and QUARTERLY items have no date of their own (the server refuses one).
    dueOn: takesDate && model.dueOn ? model.dueOn : null,
    dueWorkingDays: model.cadence === 'ONCE' ? null : (model.dueWorkingDays ?? null),
  };
}

export function createItemInput(listId: string, model: ItemFormModel): CreateResponsibilityItemInput {
  const d = definition(model);
  return {
    listId,
    content: d.content,
    evidenceExpected: d.evidenceExpected,
    cadence: d.cadence,
    dueOn: d.dueOn,
    ...(d.dueWorkingDays !== null && { dueWorkingDays: d.dueWorkingDays }),
  };
}

export function updateItemInput(item: RespItemFragment, model: ItemFormModel): UpdateResponsibilityItemInput {
  const d = definition(model);
  return {
    id: item.id,
    version: item.version,
    content: d.content,
    evidenceExpected: d.evidenceExpected,
    cadence: d.cadence,
    dueOn: d.dueOn,
    ...(d.dueWorkingDays !== null && { dueWorkingDays: d.dueWorkingDays }),
  };
}

// ── Bulk assignment ──────────────────────────────────────────────────────────────────────────
export type AssignMode = 'unitKind' | 'tag' | 'functional' | 'units';

export interface AssignFormModel {
  mode: AssignMode;
  unitKind: UnitKind | '';
  tag: string;
  unitIds: string[];
}

export function assignFormModel(): AssignFormModel {
  return { mode: 'unitKind', unitKind: 'COUNTY', tag: '', unitIds: [] };
}

// What is missing before the dialog may send; null when complete.
export function assignProblem(model: AssignFormModel): 'unitKind' | 'tag' | 'units' | null {
  if (model.mode === 'unitKind' && !model.unitKind) return 'unitKind';
  if (model.mode === 'tag' && !model.tag.trim()) return 'tag';
  if (model.mode === 'units' && model.unitIds.length === 0) return 'units';
  return null;
}

export function assignItemInput(itemId: string, model: AssignFormModel): AssignItemInput {
  switch (model.mode) {
    case 'unitKind':
      return { itemId, unitKind: model.unitKind || null };
    case 'tag':
      return { itemId, tag: model.tag.trim() };
    case 'functional':
      return { itemId, functionalDepartmentsOnly: true };
    case 'units':
      return { itemId, unitIds: [...model.unitIds] };
  }
}

// How many units a choice covers, shown before sending so staff see the reach of a bulk action.
export function assignReach<
  U extends { id: string; kind: UnitKind; tags: readonly string[]; isFunctionalDepartment: boolean },
>(units: readonly U[], model: AssignFormModel): number {
  switch (model.mode) {
    case 'unitKind':
      return model.unitKind ? units.filter((u) => u.kind === model.unitKind).length : 0;
    case 'tag':
      return model.tag ? units.filter((u) => u.tags.includes(model.tag.trim())).length : 0;
    case 'functional':
      return units.filter((u) => u.isFunctionalDepartment).length;
    case 'units':
      return model.unitIds.length;
  }
}
