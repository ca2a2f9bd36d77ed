import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('an empty production database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false, env: { ADMIN_INITIAL_PASSWORD: 'First#Admin2026' } });
  });
  afterAll(() => app.close());

  it('gets one admin account from ADMIN_INITIAL_PASSWORD and nothing else', async () => {
    const token = await app.login('admin', 'First#Admin2026');
    const { users } = await app.ok<{ users: { username: string; roles: string[] }[] }>(
      '{ users { username roles } }',
      {},
      token,
    );
    expect(users).toEqual([{ username: 'admin', roles: ['ADMIN'] }]);
    const { units } = await app.ok<{ units: unknown[] }>('{ units { id } }', {}, token);
    expect(units).toEqual([]);
  });
});
