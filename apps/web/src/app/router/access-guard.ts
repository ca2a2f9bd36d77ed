import type { NavigationGuard, RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import type { Role } from '@/gql/graphql';
import './route-meta';

export interface GuardUser {
  roles: readonly Role[];
}

// What the guard needs from the session; the app passes the auth store + a `me` query, tests a fake.
export interface SessionPort {
  token(): string | null;
  user(): GuardUser | null;
  // Resolves the signed-in user (the `me` query), or null when the token is no longer valid.
  loadUser(): Promise<GuardUser | null>;
}

export function rolesAllow(required: readonly Role[] | undefined, held: readonly Role[]): boolean {
  if (!required || required.length === 0) return true;
  return required.some((role) => held.includes(role));
}

export function canAccess(route: Pick<RouteLocationNormalized, 'matched'>, held: readonly Role[]): boolean {
  // Every matched record must allow the user, so a gate on a parent covers its children.
  return route.matched.every((record) => rolesAllow(record.meta.roles, held));
}

const isLeaderOnly = (roles: readonly Role[]) =>
  roles.includes('LEADER') && !roles.some((role) => role === 'STAFF' || role === 'ADMIN');

function toLogin(to: RouteLocationNormalized): RouteLocationRaw {
  const redirect = to.fullPath !== '/' && to.name !== 'login' ? to.fullPath : undefined;
  return { name: 'login', query: redirect ? { redirect } : {} };
}

export function createAccessGuard(session: SessionPort): NavigationGuard {
  async function currentUser(): Promise<GuardUser | null> {
    if (!session.token()) return null;
    return session.user() ?? (await session.loadUser());
  }

  return async (to, from) => {
    if (to.meta.public) {
      if (to.name === 'login' && (await currentUser())) return { name: 'home' };
      return true;
    }
    const user = await currentUser();
    if (!user) return toLogin(to);
    if (!canAccess(to, user.roles)) return { name: 'forbidden' };
    // A leader's first page is the dashboard (领导驾驶舱); the menu's 工作台 still opens home.
    const arriving = from.name === 'login' || from.matched.length === 0;
    if (to.name === 'home' && arriving && isLeaderOnly(user.roles)) return { name: 'dashboard' };
    return true;
  };
}

// Only same-app paths: a crafted ?redirect=https://… must not send a signed-in user elsewhere.
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return null;
  return value;
}
