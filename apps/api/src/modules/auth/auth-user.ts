import type { Role } from '../user/user.entity.js';

/** The signed-in person as every policy check sees them. */
export interface AuthUser {
  id: string;
  username: string;
  roles: Role[];
  unitId: string | null;
}

export const hasRole = (user: AuthUser, ...roles: Role[]) => user.roles.some((role) => roles.includes(role));

/** Staff, leaders, admins and auditors see the whole city; a reporter only their own unit. */
export const seesWholeCity = (user: AuthUser) => hasRole(user, 'ADMIN', 'STAFF', 'LEADER', 'AUDITOR');
