import { useI18n } from 'vue-i18n';
import {
  describeError,
  errorCode,
  fieldErrors,
  hasErrorCode,
  type DescribeOptions,
  type ErrorCode,
} from './error-message';

export function useErrorMessage() {
  const { t, locale } = useI18n();

  function options(fallbacks?: DescribeOptions['fallbacks']): DescribeOptions {
    return { locale: locale.value, t: (key) => t(key), fallbacks };
  }

  return {
    message: (error: unknown, fallbacks?: DescribeOptions['fallbacks']) =>
      describeError(error, options(fallbacks)),
    fieldMessages: (error: unknown) => fieldErrors(error, options()),
    code: (error: unknown): ErrorCode | null => errorCode(error),
    is: (error: unknown, code: ErrorCode) => hasErrorCode(error, code),
  };
}
