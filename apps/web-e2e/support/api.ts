import { DEMO_PASSWORD } from './browser.js';

// GraphQL calls from the test itself, outside the browser: setting a scene up as staff, or reading
// what the server holds to compare the page with it.

/** Posts one operation to the product's /graphql and returns its data; any GraphQL error fails the test. */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL call failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Signs in through the API and returns the bearer token. */
export async function apiLogin(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    baseUrl,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  return data.login.token;
}
