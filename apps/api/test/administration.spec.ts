import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { User } from '../src/modules/user/user.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id username roles version unit { code } } }`;
const UPDATE_UNIT = `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version } }`;

describe('units, users and the roles that may change them', () => {
  let app: TestApp;
  let admin: string;
  let unitIds: Record<string, { id: string; version: number }>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
    const { units } = await app.ok<{ units: { id: string; code: string; version: number }[] }>(
      '{ units { id code version } }',
      {},
      admin,
    );
    unitIds = Object.fromEntries(units.map((u) => [u.code, u]));
  });
  afterAll(() => app.close());

  it('lists the 17 county-level areas by code and the 42 municipal units, 22 of them functional', async () => {
    const token = await app.login('leader');
    const { units: counties } = await app.ok<{ units: { code: string }[] }>(
      '{ units(kind: COUNTY) { code } }',
      {},
      token,
    );
    expect(counties.map((u) => u.code).sort()).toEqual(
      [
        'xiufeng',
        'diecai',
        'xiangshan',
        'qixing',
        'yanshan',
        'lingui',
        'yangshuo',
        'lingchuan',
        'quanzhou',
        'xingan',
        'yongfu',
        'guanyang',
        'longsheng',
        'ziyuan',
        'pingle',
        'lipu',
        'gongcheng',
      ].sort(),
    );
    const { units: municipal } = await app.ok<{
      units: { isFunctionalDepartment: boolean; parent: { code: string } }[];
    }>('{ units(kind: MUNICIPAL_UNIT) { isFunctionalDepartment parent { code } } }', {}, token);
    expect(municipal).toHaveLength(42);
    expect(municipal.filter((u) => u.isFunctionalDepartment)).toHaveLength(22);
    expect(new Set(municipal.map((u) => u.parent.code))).toEqual(new Set(['guilin']));
    const { units: departments } = await app.ok<{ units: unknown[] }>(
      '{ units(kind: COMMISSION_DEPARTMENT) { id } }',
      {},
      token,
    );
    expect(departments).toHaveLength(17);
  });

  it('lets only an admin manage users and units', async () => {
    for (const username of ['staff', 'leader', 'ziyuan', 'auditor']) {
      const token = await app.login(username);
      expect((await app.errorOf('{ users { id } }', {}, token)).extensions.code).toBe('FORBIDDEN');
      const error = await app.errorOf(
        UPDATE_UNIT,
        { input: { id: unitIds.ziyuan.id, version: unitIds.ziyuan.version, name: '资源县（改）' } },
        token,
      );
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('creates a reporter who can sign in, and names the field of bad input', async () => {
    const input = {
      username: 'ziyuan2',
      displayName: '资源县填报员二',
      password: 'Ziyuan#2026',
      roles: ['REPORTER'],
      unitId: unitIds.ziyuan.id,
    };
    const weak = await app.errorOf(CREATE_USER, { input: { ...input, password: 'abcdefgh' } }, admin);
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const noUnit = await app.errorOf(CREATE_USER, { input: { ...input, unitId: null } }, admin);
    expect(noUnit.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const badName = await app.errorOf(CREATE_USER, { input: { ...input, username: 'Bad Name' } }, admin);
    expect(badName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });

    const { createUser } = await app.ok<{ createUser: { username: string; unit: { code: string } } }>(
      CREATE_USER,
      { input },
      admin,
    );
    expect(createUser).toMatchObject({ username: 'ziyuan2', unit: { code: 'ziyuan' } });
    await app.login('ziyuan2', 'Ziyuan#2026');

    const taken = await app.errorOf(CREATE_USER, { input }, admin);
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('refuses an edit made on a stale version instead of overwriting', async () => {
    const { id, version } = unitIds.lipu;
    const first = await app.ok<{ updateUnit: { version: number; name: string } }>(
      UPDATE_UNIT,
      { input: { id, version, name: '荔浦市（甲）' } },
      admin,
    );
    expect(first.updateUnit).toEqual(expect.objectContaining({ name: '荔浦市（甲）', version: version + 1 }));
    const stale = await app.errorOf(UPDATE_UNIT, { input: { id, version, name: '荔浦市（乙）' } }, admin);
    expect(stale.extensions.code).toBe('CONFLICT');
    const { units } = await app.ok<{ units: { code: string; name: string }[] }>(
      '{ units(kind: COUNTY) { code name } }',
      {},
      admin,
    );
    expect(units.find((u) => u.code === 'lipu')!.name).toBe('荔浦市（甲）');
  });

  it('writes an audit event with before and after for a change, readable by the auditor only', async () => {
    const { id, version } = unitIds.yongfu;
    await app.ok(UPDATE_UNIT, { input: { id, version, name: '永福县（审计）' } }, admin);
    const query =
      '{ auditEvents(entityId: "' + id + '") { action entity entityId actor { username } before after } }';
    const auditor = await app.login('auditor');
    const { auditEvents } = await app.ok<{
      auditEvents: {
        action: string;
        actor: { username: string };
        before: { name: string };
        after: { name: string };
      }[];
    }>(query, {}, auditor);
    expect(auditEvents[0]).toMatchObject({
      action: 'unit.update',
      entity: 'Unit',
      entityId: id,
      actor: { username: 'admin' },
      before: { name: '永福县' },
      after: { name: '永福县（审计）' },
    });
    const staff = await app.login('staff');
    expect((await app.errorOf(query, {}, staff)).extensions.code).toBe('FORBIDDEN');
  });

  it('never stores a password hash in the audit trail', async () => {
    const events = await app.server.dataSource.getRepository(AuditEvent).findBy({ entity: 'User' });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain('scrypt$');
  });

  it('keeps neither the change nor its audit row when the audit write fails', async () => {
    const users = app.server.dataSource.getRepository(User);
    const target = await users.findOneByOrFail({ username: 'lingchuan' });
    const auditCount = await app.server.dataSource.getRepository(AuditEvent).count();
    const audit = app.server.app.get(AuditService);
    const spy = jest.spyOn(audit, 'record').mockImplementationOnce(async (manager, entry) => {
      await manager.insert(AuditEvent, {
        id: 'x'.repeat(36),
        ...entry,
        actorId: null,
        at: new Date(),
      } as never);
      throw new Error('disk full');
    });
    const result = await app.gql(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { displayName } }',
      { input: { id: target.id, version: target.version, displayName: '不应保存' } },
      admin,
    );
    spy.mockRestore();
    expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await users.findOneByOrFail({ id: target.id })).displayName).toBe(target.displayName);
    expect(await app.server.dataSource.getRepository(AuditEvent).count()).toBe(auditCount);
  });
});
