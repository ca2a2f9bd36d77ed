import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../src/core/config/app-config.js';
import { Clock } from '../src/core/clock/clock.js';
import { TokenService } from '../src/modules/auth/token.service.js';
import { User } from '../src/modules/user/user.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ME = '{ me { username roles unit { code name kind } } }';
const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username } } }';

describe('signing in and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('gives each demo account its role of the contract', async () => {
    const expected: [string, string[], string | null][] = [
      ['admin', ['ADMIN'], 'jiwei'],
      ['staff', ['STAFF'], 'jw-dangfeng'],
      ['leader', ['LEADER'], 'jiwei'],
      ['auditor', ['AUDITOR'], 'jiwei'],
      ['ziyuan', ['REPORTER'], 'ziyuan'],
      ['fupinban', ['REPORTER'], 'fupinban'],
    ];
    for (const [username, roles, unitCode] of expected) {
      const token = await app.login(username);
      const { me } = await app.ok<{
        me: { username: string; roles: string[]; unit: { code: string } | null };
      }>(ME, {}, token);
      expect(me).toMatchObject({ username, roles, unit: { code: unitCode } });
    }
  });

  it('says the same thing for a wrong password and an unknown user', async () => {
    const wrong = await app.errorOf(LOGIN, { u: 'leader', p: 'Wrong@2026' });
    const unknown = await app.errorOf(LOGIN, { u: 'nobody', p: 'Wrong@2026' });
    expect(wrong.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.message).toBe(wrong.message);
    // A successful login resets the failure count, so this spec does not lock "leader".
    await app.login('leader');
  });

  it('rejects a request with no token, a forged token or an expired one', async () => {
    expect((await app.errorOf(ME)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.errorOf(ME, {}, 'not-a-token')).extensions.code).toBe('UNAUTHENTICATED');
    const token = await app.login('staff');
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await app.errorOf(ME, {}, forged)).extensions.code).toBe('UNAUTHENTICATED');

    // A token issued 13 hours before the app's clock has expired (tokens live 12 hours).
    const staff = await app.server.dataSource.getRepository(User).findOneByOrFail({ username: 'staff' });
    const earlier = new Date(new Date(app.config.fixedNow!).getTime() - 13 * 3600_000);
    const oldConfig = { ...loadConfig({ DATA_DIR: app.config.dataDir, APP_NOW: earlier.toISOString() }) };
    const issuer = new TokenService(oldConfig, new Clock(oldConfig));
    const { token: expired } = await issuer.issue({ userId: staff.id, generation: staff.tokenGeneration });
    const error = await app.errorOf(ME, {}, expired);
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired/);
  });

  it('locks an account after five failed attempts, however they are packed into requests', async () => {
    const users = app.server.dataSource.getRepository(User);
    // Aliases run one after another and the first failure (a non-null field) stops the rest,
    // so six aliases in one request are one attempt, counted; none can slip past the count.
    const aliases = [1, 2, 3, 4, 5, 6]
      .map((n) => `a${n}: login(username: "gongcheng", password: "Wrong@${n}x") { token }`)
      .join('\n');
    const batch = await app.gql(`mutation { ${aliases} }`);
    expect(batch.data).toBeNull();
    expect(batch.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await users.findOneByOrFail({ username: 'gongcheng' })).failedLogins).toBe(1);

    const attempts = [];
    for (let n = 2; n <= 5; n++)
      attempts.push(await app.errorOf(LOGIN, { u: 'gongcheng', p: `Wrong@${n}y` }));
    expect(attempts.slice(0, 3).map((e) => e.message)).toEqual(
      Array(3).fill('The username or password is wrong.'),
    );
    // 2026-11-25 10:00 Beijing + 15 minutes.
    expect(attempts[3].message).toBe(
      'Too many failed sign-ins: this account is locked until 2026-11-25 10:15 Beijing time.',
    );
    expect(attempts[3].extensions.messageZh).toBe(
      '登录失败次数过多，账号已锁定至 2026-11-25 10:15（北京时间）。',
    );

    // The right password does not get through a lock.
    const locked = await app.errorOf(LOGIN, { u: 'gongcheng', p: 'Lvze@2026' });
    expect(locked.message).toContain('locked until 2026-11-25 10:15');
  });

  it('ends the sessions of a disabled user and lets them back after re-enabling', async () => {
    const admin = await app.login('admin');
    const reporter = await app.login('yangshuo');
    await app.ok(ME, {}, reporter);
    const { users } = await app.ok<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      admin,
    );
    const id = users.find((u) => u.username === 'yangshuo')!.id;
    await app.ok(
      'mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }',
      { id },
      admin,
    );

    expect((await app.errorOf(ME, {}, reporter)).extensions.code).toBe('UNAUTHENTICATED');
    const disabled = await app.errorOf(LOGIN, { u: 'yangshuo', p: 'Lvze@2026' });
    expect(disabled.message).toMatch(/disabled/);

    await app.ok(
      'mutation ($id: ID!) { setUserDisabled(id: $id, disabled: false) { disabled } }',
      { id },
      admin,
    );
    await app.login('yangshuo');
  });

  it('lets a user change their own password only with a strong new one', async () => {
    const token = await app.login('pingle');
    const change =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const weak = await app.errorOf(change, { c: 'Lvze@2026', n: 'password' }, token);
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrongCurrent = await app.errorOf(change, { c: 'nope', n: 'Strong#2027' }, token);
    expect(wrongCurrent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    await app.ok(change, { c: 'Lvze@2026', n: 'Strong#2027' }, token);
    await app.login('pingle', 'Strong#2027');
  });
});
