import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { ROLES, type Role } from '../user/user.entity.js';

export const ROLES_KEY = 'lvze:roles';
export const PUBLIC_KEY = 'lvze:public';

/** Who may call an operation. Every query and mutation must say (deny by default). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const AnyRole = () => SetMetadata(ROLES_KEY, [...ROLES]);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getContext<RequestContext>().user;
  return context.switchToHttp().getRequest<{ user?: unknown }>().user;
});
