import { reactive, ref } from 'vue';
import { useErrorMessage } from '../errors/use-error-message';
import type { ErrorCode } from '../errors/error-message';

// Server errors for one form: BAD_USER_INPUT naming a field goes under that field (el-form-item
// `:error`), anything else becomes one sentence above the buttons.
export function useServerErrors(knownFields: readonly string[]) {
  const { message, fieldMessages, code } = useErrorMessage();
  const fields = reactive<Record<string, string>>({});
  const general = ref('');
  const lastCode = ref<ErrorCode | null>(null);

  function clear() {
    for (const key of Object.keys(fields)) delete fields[key];
    general.value = '';
    lastCode.value = null;
  }

  function apply(error: unknown, fallbacks?: Partial<Record<ErrorCode, string>>) {
    clear();
    lastCode.value = code(error);
    const byField = fieldMessages(error);
    let placed = false;
    for (const [field, text] of Object.entries(byField)) {
      if (knownFields.includes(field)) {
        fields[field] = text;
        placed = true;
      }
    }
    if (!placed) general.value = message(error, fallbacks);
  }

  return { fields, general, lastCode, apply, clear };
}
