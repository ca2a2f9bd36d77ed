import { install as installUrql, type Client } from '@urql/vue';
import type { App } from 'vue';
import { shallowRef, watch } from 'vue';
import type { Router } from 'vue-router';
import { MeDocument } from '@/gql/graphql';
import { hasErrorCode } from './errors/error-message';
import { SKIP_AUTH_REDIRECT, createGraphqlClient, createRealtimeClient } from './graphql/client';
import type { SessionPort } from './router/access-guard';
import { useAuthStore } from './stores/auth-store';

type AuthStore = ReturnType<typeof useAuthStore>;

// Wires the auth store, the GraphQL client and the router together. A new sign-in or sign-out
// replaces the client so no cached answer of one user is ever shown to the next.
export function createSession(auth: AuthStore) {
  let router: Router | null = null;
  const realtime = typeof window === 'undefined' ? null : createRealtimeClient(() => auth.token);

  const makeClient = (): Client =>
    createGraphqlClient({
      getToken: () => auth.token,
      ws: realtime,
      onUnauthenticated: () => {
        auth.clear();
        const current = router?.currentRoute.value;
        if (router && current && !current.meta.public) {
          void router.replace({ name: 'login', query: { redirect: current.fullPath } });
        }
      },
    });

  const client = shallowRef<Client>(makeClient());

  watch(
    () => auth.token,
    () => {
      client.value = makeClient();
      realtime?.terminate();
    },
  );

  const port: SessionPort = {
    token: () => auth.token,
    user: () => auth.user,
    async loadUser() {
      const result = await client.value
        .query(MeDocument, {}, { ...SKIP_AUTH_REDIRECT, requestPolicy: 'network-only' })
        .toPromise();
      if (result.data?.me) {
        auth.setUser(result.data.me);
        return result.data.me;
      }
      // Only a definite "not signed in" drops the token; a network hiccup keeps it for a retry.
      if (hasErrorCode(result.error, 'UNAUTHENTICATED')) auth.clear();
      return null;
    },
  };

  return {
    client,
    port,
    attachRouter(next: Router) {
      router = next;
    },
    install(app: App) {
      installUrql(app, client);
    },
  };
}
