import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { type SessionUser, useAuthStore } from './auth-store';

/**
 * For component specs: a fresh store, active, with `user` signed in (only the fields the spec's
 * component reads). Mount with the returned Pinia as a plugin.
 */
export function signedInAs(
  user: Pick<SessionUser, 'id' | 'username' | 'displayName' | 'roles' | 'unit'>,
): Pinia {
  const pinia = createPinia();
  setActivePinia(pinia);
  useAuthStore().setUser(user as SessionUser);
  return pinia;
}
