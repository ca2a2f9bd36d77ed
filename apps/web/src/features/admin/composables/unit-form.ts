import type { FormRules } from 'element-plus';
import type { AdminUnitFragment, UnitKind } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;

export interface UnitFormModel {
  code: string;
  name: string;
  kind: UnitKind | '';
  parentId: string;
  isFunctionalDepartment: boolean;
  tags: string[];
}

export const UNIT_CODE_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;

export function unitFormModel(unit: AdminUnitFragment | null): UnitFormModel {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? '',
    parentId: unit?.parent?.id ?? '',
    isFunctionalDepartment: unit?.isFunctionalDepartment ?? false,
    tags: [...(unit?.tags ?? [])],
  };
}

export function unitFormRules(t: Translate, mode: 'create' | 'edit'): FormRules<UnitFormModel> {
  const required = (field: string) => ({
    required: true,
    message: t('common.messages.required', { field: t(field) }),
    trigger: 'blur',
  });
  return {
    ...(mode === 'create'
      ? {
          code: [
            required('admin.units.form.code'),
            { pattern: UNIT_CODE_PATTERN, message: t('admin.units.form.codeInvalid'), trigger: 'blur' },
          ],
          kind: [
            {
              required: true,
              message: t('common.messages.requiredSelect', { field: t('admin.units.form.kind') }),
              trigger: 'change',
            },
          ],
        }
      : {}),
    name: [required('admin.units.form.name')],
  };
}
