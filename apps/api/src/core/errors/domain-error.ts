import type { ErrorCode } from '@lvze/domain';

/**
 * The one error model: modules throw these, the GraphQL layer maps them to `extensions.code`.
 * Messages are plain English with a Chinese twin for the web (`extensions.messageZh`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageZh: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const unauthenticated = (message = 'Please sign in.', messageZh = '请先登录。') =>
  new DomainError('UNAUTHENTICATED', message, messageZh);

export const forbidden = (
  message = 'Your role or unit may not do this.',
  messageZh = '您的角色或所在单位无权执行此操作。',
) => new DomainError('FORBIDDEN', message, messageZh);

export const notFound = (entity: string, entityZh: string, id: string) =>
  new DomainError('NOT_FOUND', `${entity} ${id} does not exist.`, `${entityZh}不存在（${id}）。`, { id });

export const badInput = (field: string, message: string, messageZh: string) =>
  new DomainError('BAD_USER_INPUT', message, messageZh, { field });

export const staleVersion = (entity: string, entityZh: string) =>
  new DomainError(
    'CONFLICT',
    `This ${entity} was changed by someone else since you opened it. Reload and apply your change again.`,
    `该${entityZh}已被他人修改，请刷新后重新操作。`,
  );
