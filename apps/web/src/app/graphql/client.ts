import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type Operation,
} from '@urql/vue';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { hasErrorCode } from '../errors/error-message';

export interface GraphqlClientOptions {
  url?: string;
  getToken: () => string | null;
  // Called once per failed operation whose error says the session is gone.
  onUnauthenticated: (operation: Operation) => void;
  ws?: WsClient | null;
}

// Operations that expect UNAUTHENTICATED as an answer about the input (a wrong password), not as
// "your session ended": they opt out with `{ skipAuthRedirect: true }` in their context.
export const SKIP_AUTH_REDIRECT = { skipAuthRedirect: true } as const;

export function websocketUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

export function createRealtimeClient(getToken: () => string | null): WsClient {
  return createWsClient({
    url: websocketUrl(window.location),
    lazy: true,
    // Read at every (re)connect, so a new sign-in is picked up after terminate().
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: 5,
  });
}

export function createGraphqlClient(options: GraphqlClientOptions): Client {
  const ws = options.ws;
  return new Client({
    url: options.url ?? '/graphql',
    // Apollo's CSRF prevention rejects simple GET requests: always POST (stack-notes.md).
    preferGetMethod: false,
    fetchOptions: () => {
      const token = options.getToken();
      const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
      if (token) headers.authorization = `Bearer ${token}`;
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (operation.context.skipAuthRedirect) return;
          if (!options.getToken()) return;
          if (hasErrorCode(error, 'UNAUTHENTICATED')) options.onUnauthenticated(operation);
        },
      }),
      cacheExchange,
      fetchExchange,
      ...(ws
        ? [
            subscriptionExchange({
              forwardSubscription(request) {
                const input = { ...request, query: request.query ?? '' };
                return {
                  subscribe(sink) {
                    const unsubscribe = ws.subscribe(input, sink);
                    return { unsubscribe };
                  },
                };
              },
            }),
          ]
        : []),
    ],
  });
}
