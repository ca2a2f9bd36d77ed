import type { ExtensionStatus } from '@/gql/graphql';

export const EXTENSION_STATUSES: readonly ExtensionStatus[] = ['PENDING', 'APPROVED', 'REFUSED'];

export const EXTENSION_STATUS_TAG: Record<ExtensionStatus, 'warning' | 'success' | 'info'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REFUSED: 'info',
};

/** Who may ask for more time on a task: staff, or a reporter of its lead unit; never twice at once. */
export function mayRequestExtension(
  user: { roles: readonly string[]; unit?: { id: string } | null } | null,
  task: { leadUnit: { id: string }; extensions: readonly { status: ExtensionStatus }[] },
): boolean {
  if (!user || task.extensions.some((e) => e.status === 'PENDING')) return false;
  if (user.roles.includes('STAFF')) return true;
  return user.roles.includes('REPORTER') && user.unit?.id === task.leadUnit.id;
}
