import { loadConfig, type AppConfig } from '../../src/core/config/app-config.js';
import { DEMO_PASSWORD } from '../../src/core/database/seeds/demo-seed.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** Wednesday of 2026-W48, 10:00 Beijing: the default frozen clock of the specs. */
export const TEST_NOW = '2026-11-25T10:00:00+08:00';

export interface GqlError {
  message: string;
  extensions: { code: string; field?: string; messageZh?: string; [key: string]: unknown };
}

export interface GqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: GqlError[];
}

export interface TestApp {
  server: RunningServer;
  config: AppConfig;
  /** Raw GraphQL call; never throws on GraphQL errors. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /** Data of a call that must succeed. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
  /** The first error's code of a call that must fail. */
  errorOf(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlError>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: { now?: string; seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    ...database.env,
    APP_NOW: options.now ?? TEST_NOW,
    SEED_DEMO: options.seed === false ? 'false' : 'true',
    WEB_DIST_DIR: '/nonexistent',
    ALERT_SWEEP: 'false',
    ...options.env,
  });
  const server = await startServer(config, { listen: false, logger: false });

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<T>;
  };
  const ok = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const result = await gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const errorOf = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const result = await gql(query, variables, token);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const data = await ok<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return data.login.token;
  };
  return {
    server,
    config,
    gql,
    ok,
    errorOf,
    login,
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}
