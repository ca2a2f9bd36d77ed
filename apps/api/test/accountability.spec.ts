import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { Alert } from '../src/modules/alert/alert.entity.js';
import { AccountabilityRecord } from '../src/modules/accountability/accountability-record.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { headerIndex, readXlsx, type FileDownload } from './support/xlsx.js';

const RECORD = `mutation ($input: RecordAccountabilityInput!) {
  recordAccountability(input: $input) { id version decision persons reason decidedOn unit { code } recordedBy { username } alert { id level } }
}`;
const UPDATE = `mutation ($input: UpdateAccountabilityRecordInput!) {
  updateAccountabilityRecord(input: $input) { id version decision persons }
}`;
const RECORDS = `query ($unitId: ID, $decision: AccountabilityDecision) {
  accountabilityRecords(unitId: $unitId, decision: $decision) { id decision persons unit { code } }
}`;
const COUNTS = `{ accountabilityCounts { decision count } }`;
const ALERT_RECORDS = `query ($subjectId: ID) { alerts(subjectId: $subjectId) { id accountabilityRecords { id decision } } }`;

describe('accountability records (问责记录)', () => {
  let app: TestApp;
  let staff: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    staff = await app.login('staff');
    const { units: rows } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    units = new Map(rows.map((u) => [u.code, u.id]));
  }, 60_000);
  afterAll(() => app.close());

  /** An alert as the sweep would have left it, at the given level, for a unit. */
  const alertAt = async (level: Alert['level'], unitCode: string) => {
    const alert: Alert = {
      id: timeOrderedId(),
      rule: 'MISSED_UPDATE',
      subjectType: 'TASK',
      subjectId: timeOrderedId(),
      unitId: units.get(unitCode)!,
      period: '2026-W46',
      level,
      status: 'OPEN',
      message: '连续两周未报送进展',
      detail: {},
      firedAt: new Date('2026-11-13T18:00:00+08:00'),
      escalatedAt: null,
      resolvedAt: null,
      acknowledgedAt: null,
      acknowledgedById: null,
      acknowledgementNote: null,
      version: 1,
    };
    await app.server.dataSource.getRepository(Alert).insert(alert as never);
    return alert;
  };

  const decision = (alertId: string, overrides: Record<string, unknown> = {}) => ({
    input: {
      alertId,
      decision: 'CIRCULATED_CRITICISM',
      persons: '张某，资源县乡村振兴局副局长',
      reason: '连续两周未按时报送工作进展，经提醒、预警仍未整改。',
      decidedOn: '2026-11-24',
      ...overrides,
    },
  });

  it('records a decision on an accountability-level alert, for the alert’s unit, with an audit event', async () => {
    const alert = await alertAt('ACCOUNTABILITY', 'ziyuan');
    const { recordAccountability: record } = await app.ok<{
      recordAccountability: {
        id: string;
        unit: { code: string };
        recordedBy: { username: string };
        alert: { id: string };
      };
    }>(RECORD, decision(alert.id), staff);
    expect(record).toMatchObject({
      unit: { code: 'ziyuan' },
      recordedBy: { username: 'staff' },
      alert: { id: alert.id },
    });

    const { alerts } = await app.ok<{ alerts: { accountabilityRecords: { id: string }[] }[] }>(
      ALERT_RECORDS,
      { subjectId: alert.subjectId },
      staff,
    );
    expect(alerts[0].accountabilityRecords.map((r) => r.id)).toEqual([record.id]);

    const { auditEvents } = await app.ok<{ auditEvents: { action: string }[] }>(
      'query ($id: ID) { auditEvents(entityId: $id) { action } }',
      { id: record.id },
      await app.login('auditor'),
    );
    expect(auditEvents.map((e) => e.action)).toEqual(['accountability.record']);

    const { accountabilityCounts } = await app.ok<{
      accountabilityCounts: { decision: string; count: number }[];
    }>(COUNTS, {}, staff);
    expect(accountabilityCounts).toHaveLength(6);
    expect(
      accountabilityCounts.find((c) => c.decision === 'CIRCULATED_CRITICISM')?.count,
    ).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('refuses a lower-level alert, a future date, a missing person, and anyone but staff', async () => {
    const reminder = await alertAt('REMINDER', 'ziyuan');
    const accountable = await alertAt('ACCOUNTABILITY', 'ziyuan');
    const before = await app.server.dataSource.getRepository(AccountabilityRecord).count();

    expect((await app.errorOf(RECORD, decision(reminder.id), staff)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'alertId',
    });
    expect(
      (await app.errorOf(RECORD, decision(accountable.id, { decidedOn: '2026-11-26' }), staff)).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedOn' });
    expect(
      (await app.errorOf(RECORD, decision(accountable.id, { persons: '  ' }), staff)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'persons',
    });
    expect(
      (await app.errorOf(RECORD, decision(accountable.id, { alertId: null, unitId: null }), staff))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    for (const who of ['ziyuan', 'leader', 'auditor']) {
      expect(
        (await app.errorOf(RECORD, decision(accountable.id), await app.login(who))).extensions.code,
      ).toBe('FORBIDDEN');
    }
    expect(await app.server.dataSource.getRepository(AccountabilityRecord).count()).toBe(before);
  }, 60_000);

  it('shows a reporter their own unit’s decisions only', async () => {
    await app.ok(
      RECORD,
      decision((await alertAt('ACCOUNTABILITY', 'lingui')).id, { decision: 'TALK_REMINDER' }),
      staff,
    );
    const ziyuan = await app.login('ziyuan');
    const { accountabilityRecords: own } = await app.ok<{
      accountabilityRecords: { unit: { code: string } }[];
    }>(RECORDS, {}, ziyuan);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.unit.code))).toEqual(new Set(['ziyuan']));
    const refused = await app.errorOf(RECORDS, { unitId: units.get('lingui') }, ziyuan);
    expect(refused.extensions.code).toBe('FORBIDDEN');
    // Told what they may not see: decisions, not alerts.
    expect(refused.extensions.messageZh).toBe('填报员只能查看本单位的问责记录。');
    const { accountabilityRecords: all } = await app.ok<{
      accountabilityRecords: { unit: { code: string } }[];
    }>(RECORDS, { decision: 'TALK_REMINDER' }, await app.login('leader'));
    expect(all.map((r) => r.unit.code)).toContain('lingui');
  }, 60_000);

  it('corrects a record against the version read, and refuses a stale one whole', async () => {
    const { recordAccountability: record } = await app.ok<{
      recordAccountability: { id: string; version: number };
    }>(RECORD, decision((await alertAt('ACCOUNTABILITY', 'ziyuan')).id), staff);
    const edit = (version: number, persons: string) => ({
      input: {
        id: record.id,
        version,
        decision: 'WRITTEN_EXAMINATION',
        persons,
        reason: '复核后改为书面检查。',
        decidedOn: '2026-11-25',
      },
    });
    const { updateAccountabilityRecord: updated } = await app.ok<{
      updateAccountabilityRecord: { version: number; decision: string };
    }>(UPDATE, edit(record.version, '张某'), staff);
    expect(updated).toMatchObject({ version: record.version + 1, decision: 'WRITTEN_EXAMINATION' });
    expect((await app.errorOf(UPDATE, edit(record.version, '李某'), staff)).extensions.code).toBe('CONFLICT');
    const stored = await app.server.dataSource
      .getRepository(AccountabilityRecord)
      .findOneByOrFail({ id: record.id });
    expect(stored.persons).toBe('张某');
  }, 60_000);

  it('exports the ledger with every decision in the user’s scope', async () => {
    const { accountabilityLedger } = await app.ok<{ accountabilityLedger: FileDownload }>(
      '{ accountabilityLedger { filename mimeType contentBase64 } }',
      {},
      await app.login('leader'),
    );
    expect(accountabilityLedger.filename).toMatch(/问责记录台账.*\.xlsx$/);
    const sheet = (await readXlsx(accountabilityLedger.contentBase64)).getWorksheet('问责记录')!;
    const columns = headerIndex(sheet, 2);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 2)
        rows.push([
          String(row.getCell(columns.get('被问责单位')!).value),
          String(row.getCell(columns.get('问责方式')!).value),
        ]);
    });
    const stored = await app.server.dataSource.getRepository(AccountabilityRecord).count();
    expect(rows).toHaveLength(stored);
    expect(rows).toContainEqual(['资源县', '通报批评']);
  }, 60_000);
});
