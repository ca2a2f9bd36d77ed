import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../../core/errors/domain-error.js';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { UserService } from '../user/user.service.js';
import type { Role } from '../user/user.entity.js';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { type AuthUser, hasRole } from './auth-user.js';
import { toAuthUser } from './auth.service.js';
import { TokenService } from './token.service.js';

interface HttpRequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
}

const resolving = new WeakMap<object, Promise<AuthUser>>();

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Resolves the user on every request and enforces each operation's roles; deny by default. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UserService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    // GraphQL operations share one context per request; plain HTTP routes carry the user on the request.
    const requestContext =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>()
        : context.switchToHttp().getRequest<HttpRequestWithUser>();
    const authorization =
      'headers' in requestContext
        ? headerValue(requestContext.headers.authorization)
        : requestContext.authorization;
    let pending = resolving.get(requestContext);
    if (!pending) {
      pending = this.resolveUser(authorization);
      resolving.set(requestContext, pending);
    }
    const user = await pending;
    requestContext.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles)
      throw forbidden(
        'This operation declares no roles and is closed.',
        '该操作未声明授权角色，已禁止访问。',
      );
    if (!hasRole(user, ...roles)) throw forbidden();
    return true;
  }

  private async resolveUser(authorization: string | undefined): Promise<AuthUser> {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated();
    const claims = await this.tokens.verify(token);
    if (!claims) {
      throw unauthenticated(
        'Your session has expired or is invalid. Please sign in again.',
        '登录已过期或无效，请重新登录。',
      );
    }
    return toAuthUser(await this.users.sessionUser(claims.userId, claims.generation));
  }
}
