import { PASSWORD_MIN_KINDS, PASSWORD_MIN_LENGTH, passwordProblems } from '@lvze/domain';
import type { FormItemRule } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

type Callback = (error?: Error) => void;

// The same password rule the API enforces (libs/domain), shown before the server has to say no.
export function usePasswordRules() {
  const { t } = useI18n();
  const params = { min: PASSWORD_MIN_LENGTH, kinds: PASSWORD_MIN_KINDS };

  const hint = computed(() => t('common.password.hint', params));

  function problemsText(password: string): string[] {
    return passwordProblems(password).map((problem) => t(`common.password.${problem}`, params));
  }

  function strongRules(label: string): FormItemRule[] {
    return [
      { required: true, message: t('common.messages.required', { field: label }), trigger: 'blur' },
      {
        trigger: ['blur', 'change'],
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          const problems = problemsText(typeof value === 'string' ? value : '');
          callback(problems.length ? new Error(problems.join('；')) : undefined);
        },
      },
    ];
  }

  function repeatRules(label: string, original: () => string): FormItemRule[] {
    return [
      { required: true, message: t('common.messages.required', { field: label }), trigger: 'blur' },
      {
        trigger: ['blur', 'change'],
        validator: (_rule: unknown, value: unknown, callback: Callback) => {
          callback(value === original() ? undefined : new Error(t('common.password.mismatch')));
        },
      },
    ];
  }

  return { hint, problemsText, strongRules, repeatRules };
}
