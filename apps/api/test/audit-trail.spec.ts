import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const EVENTS = `query ($actorId: ID, $entity: String, $action: String, $from: Date, $to: Date, $entityId: ID) {
  auditEvents(actorId: $actorId, entity: $entity, action: $action, from: $from, to: $to, entityId: $entityId) {
    action entity entityId at actor { username } before after
  }
}`;

interface Row {
  action: string;
  entity: string;
  entityId: string;
  at: string;
  actor: { username: string } | null;
}

describe('the audit trail: filters by actor, record kind, action and date', () => {
  let app: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp({ seed: false, env: { ADMIN_INITIAL_PASSWORD: 'First#Admin2026' } });
    admin = await app.login('admin', 'First#Admin2026');
    adminId = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, admin)).me.id;
    await app.ok(
      'mutation { createUnit(input: { code: "ua", name: "甲单位", kind: COUNTY }) { id } }',
      {},
      admin,
    );
    // Events on other days and by nobody (the system), written as the sweep would.
    const at = (iso: string) => new Date(iso);
    await app.server.dataSource.getRepository(AuditEvent).insert([
      {
        id: randomUUID(),
        actorId: null,
        action: 'alert.fire',
        entity: 'Alert',
        entityId: 'a1',
        at: at('2026-11-20T23:30:00+08:00'),
        before: null,
        after: { level: 'REMINDER' },
      },
      {
        id: randomUUID(),
        actorId: adminId,
        action: 'unit.update',
        entity: 'Unit',
        entityId: 'u9',
        at: at('2026-11-21T00:10:00+08:00'),
        before: { name: '旧' },
        after: { name: '新' },
      },
    ] as never);
  }, 60_000);
  afterAll(() => app.close());

  const events = async (variables: Record<string, unknown>) =>
    (await app.ok<{ auditEvents: Row[] }>(EVENTS, variables, admin)).auditEvents;

  it('filters by action and by record kind', async () => {
    expect((await events({ action: 'unit.create' })).map((e) => e.entity)).toEqual(['Unit']);
    expect((await events({ entity: 'Alert' })).map((e) => e.action)).toEqual(['alert.fire']);
  });

  it('filters by actor', async () => {
    const mine = await events({ actorId: adminId });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.actor?.username === 'admin')).toBe(true);
  });

  it('filters by Beijing dates, both days included', async () => {
    // 11-20 23:30 Beijing is 15:30 UTC: the 20th in Beijing, whatever the server's zone.
    expect((await events({ from: '2026-11-20', to: '2026-11-20' })).map((e) => e.action)).toEqual([
      'alert.fire',
    ]);
    expect((await events({ from: '2026-11-21', to: '2026-11-21' })).map((e) => e.action)).toEqual([
      'unit.update',
    ]);
    const window = await events({ from: '2026-11-20', to: '2026-11-21' });
    expect(window.map((e) => e.action)).toEqual(['unit.update', 'alert.fire']);
  });

  it('lists what the filters can choose from', async () => {
    const { auditFilterOptions } = await app.ok<{
      auditFilterOptions: { actions: string[]; entities: string[]; actors: { username: string }[] };
    }>('{ auditFilterOptions { actions entities actors { username } } }', {}, admin);
    expect(auditFilterOptions.actions).toEqual(
      expect.arrayContaining(['alert.fire', 'unit.create', 'unit.update']),
    );
    expect(auditFilterOptions.entities).toEqual(expect.arrayContaining(['Alert', 'Unit']));
    expect(auditFilterOptions.actors.map((u) => u.username)).toEqual(['admin']);
  });

  it('refuses a bad date with a message naming the field', async () => {
    const error = await app.errorOf(EVENTS, { from: '20-11-2026' }, admin);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });
});
