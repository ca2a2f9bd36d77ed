import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Role, SessionUserFragment } from '@/gql/graphql';

export const TOKEN_STORAGE_KEY = 'lvze.token';

function readToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeToken(token: string | null) {
  try {
    if (token) localStorage.setItem(TOKEN_STORAGE_KEY, token);
    else localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Private mode or disabled storage: the session then lasts until the tab closes.
  }
}

export type SessionUser = SessionUserFragment;

export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(readToken());
  const user = ref<SessionUser | null>(null);

  const isAuthenticated = computed(() => token.value !== null);
  const roles = computed<Role[]>(() => user.value?.roles ?? []);

  function hasAnyRole(wanted: readonly Role[] | undefined): boolean {
    if (!wanted || wanted.length === 0) return true;
    return wanted.some((role) => roles.value.includes(role));
  }

  function setSession(nextToken: string, nextUser: SessionUser) {
    token.value = nextToken;
    user.value = nextUser;
    writeToken(nextToken);
  }

  function setUser(nextUser: SessionUser) {
    user.value = nextUser;
  }

  function clear() {
    token.value = null;
    user.value = null;
    writeToken(null);
  }

  return { token, user, isAuthenticated, roles, hasAnyRole, setSession, setUser, clear };
});
