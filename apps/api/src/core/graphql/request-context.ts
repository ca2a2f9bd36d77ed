import type { RequestLoaders } from './request-loaders.js';
import type { AuthUser } from '../../modules/auth/auth-user.js';

export interface RequestContext {
  authorization?: string;
  loaders: RequestLoaders;
  /** Resolved once per request by the auth guard. */
  user?: AuthUser;
}
