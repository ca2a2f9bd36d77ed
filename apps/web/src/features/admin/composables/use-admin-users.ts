import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { AdminUsersDocument, type AdminUserFragment, type Role } from '@/gql/graphql';

export const ROLES: readonly Role[] = ['ADMIN', 'STAFF', 'LEADER', 'REPORTER', 'AUDITOR'];

export type UserStatus = 'active' | 'disabled' | 'locked';

export interface UserFilter {
  text: string;
  role: Role | '';
  unitId: string;
  status: UserStatus | '';
}

export function userStatus(
  user: Pick<AdminUserFragment, 'disabled' | 'lockedUntil'>,
  now: Date = new Date(),
): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime()) return 'locked';
  return 'active';
}

export function matchesUserFilter(
  user: AdminUserFragment,
  filter: UserFilter,
  now: Date = new Date(),
): boolean {
  if (filter.role && !user.roles.includes(filter.role)) return false;
  if (filter.unitId && user.unit?.id !== filter.unitId) return false;
  if (filter.status && userStatus(user, now) !== filter.status) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  return user.username.toLowerCase().includes(needle) || user.displayName.toLowerCase().includes(needle);
}

export function useAdminUsers() {
  const query = useQuery({ query: AdminUsersDocument, requestPolicy: 'cache-and-network' });
  const users = computed(() =>
    [...(query.data.value?.users ?? [])].sort((a, b) => a.username.localeCompare(b.username)),
  );
  return {
    users,
    fetching: query.fetching,
    error: query.error,
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
