import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error.js';

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Maps every error to one of the contract's codes with a message a person can act on. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, messageZh: original.messageZh, ...original.details },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code)) {
    const badInput = code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT';
    return {
      ...formatted,
      extensions: {
        code: badInput ? 'BAD_USER_INPUT' : code,
        messageZh: badInput ? `输入有误：${formatted.message}` : formatted.message,
      },
    };
  }
  console.error('[graphql] unexpected error', original ?? error);
  return {
    message: 'The server could not complete this request. Try again; if it persists, tell the administrator.',
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      messageZh: '服务器处理失败，请重试；如仍失败请联系系统管理员。',
    },
  };
}
