import type { FormItemRule, FormRules } from 'element-plus';
import type { AdminUserFragment, Role } from '@/gql/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Callback = (error?: Error) => void;

export interface UserFormModel {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  unitId: string;
}

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{2,32}$/;

export function userFormModel(user: AdminUserFragment | null): UserFormModel {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    password: '',
    roles: [...(user?.roles ?? [])],
    unitId: user?.unit?.id ?? '',
  };
}

// The password rule comes from usePasswordRules (libs/domain) and is passed in for create only.
export function userFormRules(
  t: Translate,
  mode: 'create' | 'edit',
  model: () => UserFormModel,
  passwordRules: FormItemRule[],
): FormRules<UserFormModel> {
  const required = (field: string, trigger = 'blur') => ({
    required: true,
    message: t('common.messages.required', { field: t(field) }),
    trigger,
  });
  return {
    ...(mode === 'create'
      ? {
          username: [
            required('admin.users.form.username'),
            { pattern: USERNAME_PATTERN, message: t('admin.users.form.usernameInvalid'), trigger: 'blur' },
          ],
          password: passwordRules,
        }
      : {}),
    displayName: [required('admin.users.form.displayName')],
    roles: [
      {
        type: 'array',
        required: true,
        message: t('common.messages.requiredSelect', { field: t('admin.users.form.roles') }),
        trigger: 'change',
      },
    ],
    unitId: [
      {
        trigger: 'change',
        // A reporter works for exactly one unit (domain.md), so the unit is required for that role.
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          const needsUnit = model().roles.includes('REPORTER');
          callback(needsUnit && !value ? new Error(t('admin.users.form.unitRequired')) : undefined);
        },
      },
    ],
  };
}
