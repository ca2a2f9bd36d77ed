import { isErrorCode, type ErrorCode } from '@lvze/domain';
import type { AppLocale } from '@/locales/types';

// The server's error model (api-contract.md): extensions.code, optional extensions.field naming the
// bad input, English `message`, Chinese `extensions.messageZh`.
export type { ErrorCode };

export interface ErrorDetail {
  code: ErrorCode | null;
  field: string | null;
  message: string | null;
  messageZh: string | null;
}

type Translate = (key: string) => string;

export interface DescribeOptions {
  locale: AppLocale | string;
  t: Translate;
  // i18n keys used instead of the generic text for a code when the server gave no message.
  fallbacks?: Partial<Record<ErrorCode, string>>;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function asText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function toDetail(error: GraphQLErrorLike): ErrorDetail {
  const ext = error.extensions ?? {};
  return {
    code: isErrorCode(ext.code) ? ext.code : null,
    field: asText(ext.field),
    message: asText(error.message),
    messageZh: asText(ext.messageZh),
  };
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== 'object') return [];
  const errors = (error as { graphQLErrors?: unknown }).graphQLErrors;
  if (Array.isArray(errors)) return errors as GraphQLErrorLike[];
  if ('extensions' in error) return [error as GraphQLErrorLike];
  return [];
}

export function errorDetails(error: unknown): ErrorDetail[] {
  return graphQLErrorsOf(error).map(toDetail);
}

export function errorCode(error: unknown): ErrorCode | null {
  return errorDetails(error).find((detail) => detail.code !== null)?.code ?? null;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorDetails(error).some((detail) => detail.code === code);
}

function isNetworkFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  return Boolean((error as { networkError?: unknown }).networkError) && graphQLErrorsOf(error).length === 0;
}

function serverText(detail: ErrorDetail, locale: string): string | null {
  return locale === 'zh-CN' ? detail.messageZh : detail.message;
}

function describeDetail(detail: ErrorDetail, options: DescribeOptions): string {
  if (!detail.code) return options.t('errors.unknown');
  const fromServer = serverText(detail, options.locale);
  if (fromServer) return fromServer;
  const fallbackKey = options.fallbacks?.[detail.code];
  return options.t(fallbackKey ?? `errors.codes.${detail.code}`);
}

// One human sentence for an error: the server's message in the reader's language when it sent one,
// else the i18n text for the code. Unknown codes never leak internal English text.
export function describeError(error: unknown, options: DescribeOptions): string {
  if (error === null || error === undefined) return '';
  if (isNetworkFailure(error)) return options.t('errors.network');
  const details = errorDetails(error);
  if (details.length === 0) return options.t('errors.unknown');
  const preferred = details.find((detail) => detail.code !== null) ?? details[0];
  return describeDetail(preferred, options);
}

// BAD_USER_INPUT errors that name a field, keyed by that field, for showing under form items.
export function fieldErrors(error: unknown, options: DescribeOptions): Record<string, string> {
  const result: Record<string, string> = {};
  for (const detail of errorDetails(error)) {
    if (detail.code !== 'BAD_USER_INPUT' || !detail.field) continue;
    // `input.username` and `username` both name the form's `username` item.
    const key = detail.field.split('.').pop() ?? detail.field;
    if (!(key in result)) result[key] = describeDetail(detail, options);
  }
  return result;
}
