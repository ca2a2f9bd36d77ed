import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '@lvze/domain';
import { DomainError } from '../errors/domain-error.js';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Domain errors are expected outcomes, not crashes: GraphQL gets them back for formatError, plain
 * HTTP routes (file upload and download) answer with the same code and messages as JSON.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.code(HTTP_STATUS[error.code]).send({
      code: error.code,
      message: error.message,
      messageZh: error.messageZh,
      ...error.details,
    });
  }
}
