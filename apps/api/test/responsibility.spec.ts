import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { Unit } from '../src/modules/organization/unit.entity.js';
import { AssignmentUpdate } from '../src/modules/responsibility/assignment.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The clock of the specs: Wednesday 2026-11-25 10:00 Beijing (test-app.ts).
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024, 0x20), Buffer.from('\n%%EOF\n')]);

const ASSIGNMENTS = `query ($unitId: ID, $kind: ResponsibilityKind, $itemId: ID) {
  assignments(unitId: $unitId, kind: $kind, itemId: $itemId) { id status percent dueOn version unit { code } item { id seq content } }
}`;
const ASSIGNMENT = `query ($id: ID!) {
  assignment(id: $id) {
    id status percent dueOn currentPeriod reopened version
    updates { id period percent summary rejected author { username } review { sufficient comment reviewer { username } } }
    periods { period status percent }
  }
}`;
const UPDATE = `mutation ($input: UpdateAssignmentInput!) {
  updateAssignment(input: $input) { id status percent currentPeriod version updates { id period percent } }
}`;
const REVIEW = `mutation ($input: ReviewAssignmentUpdateInput!) {
  reviewAssignmentUpdate(input: $input) { id status percent reopened updates { id rejected } }
}`;
const CREATE_LIST = `mutation ($input: CreateResponsibilityListInput!) { createResponsibilityList(input: $input) { id kind seq } }`;
const CREATE_ITEM = `mutation ($input: CreateResponsibilityItemInput!) {
  createResponsibilityItem(input: $input) { id seq cadence dueOn version list { id } }
}`;
const ASSIGN = `mutation ($input: AssignItemInput!) {
  assignItem(input: $input) { created existing assignments { id version unit { code } } }
}`;

interface AssignmentRow {
  id: string;
  status: string;
  percent: number;
  dueOn: string;
  version: number;
  unit: { code: string };
  item: { id: string; seq: number; content: string };
}
interface AssignmentDetail {
  id: string;
  status: string;
  percent: number;
  dueOn: string;
  currentPeriod: string;
  reopened: boolean;
  version: number;
  updates: {
    id: string;
    period: string;
    percent: number;
    summary: string;
    rejected: boolean;
    author: { username: string };
    review: { sufficient: boolean; comment: string; reviewer: { username: string } } | null;
  }[];
  periods: { period: string; status: string; percent: number }[];
}

describe('responsibility lists assigned unit by unit', () => {
  let app: TestApp;
  let staff: string;
  let ziyuan: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ env: { UPLOAD_MAX_MB: '1' } });
    staff = await app.login('staff');
    ziyuan = await app.login('ziyuan');
    const { units: rows } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    units = new Map(rows.map((u) => [u.code, u.id]));
  });
  afterAll(() => app.close());

  const assignmentsOf = async (variables: Record<string, unknown>, token = staff) =>
    (await app.ok<{ assignments: AssignmentRow[] }>(ASSIGNMENTS, variables, token)).assignments;
  const detail = async (id: string, token = staff) =>
    (await app.ok<{ assignment: AssignmentDetail }>(ASSIGNMENT, { id }, token)).assignment;

  /** A new list with one item, assigned to the given units; returns the item and its assignments by unit code. */
  const newItem = async (input: Record<string, unknown>, unitCodes: string[]) => {
    const { createResponsibilityList: list } = await app.ok<{ createResponsibilityList: { id: string } }>(
      CREATE_LIST,
      { input: { kind: 'COMMISSION_SUPERVISION', title: '测试清单' } },
      staff,
    );
    const { createResponsibilityItem: item } = await app.ok<{ createResponsibilityItem: { id: string } }>(
      CREATE_ITEM,
      { input: { listId: list.id, content: '测试责任事项', ...input } },
      staff,
    );
    const { assignItem } = await app.ok<{
      assignItem: { assignments: { id: string; unit: { code: string } }[] };
    }>(ASSIGN, { input: { itemId: item.id, unitIds: unitCodes.map((c) => units.get(c)) } }, staff);
    return { itemId: item.id, byUnit: new Map(assignItem.assignments.map((a) => [a.unit.code, a.id])) };
  };

  it('seeds the lists of domain.md with 295, 220 and 340 assignments and a mix of statuses', async () => {
    const { responsibilityLists } = await app.ok<{
      responsibilityLists: { kind: string; title: string; items: { seq: number; content: string }[] }[];
    }>('{ responsibilityLists { kind title items { seq content } } }', {}, staff);
    const itemsOf = (kind: string) =>
      responsibilityLists.filter((l) => l.kind === kind).reduce((n, l) => n + l.items.length, 0);
    expect([
      itemsOf('PARTY_PRINCIPAL'),
      itemsOf('DEPARTMENT_SUPERVISORY'),
      itemsOf('COMMISSION_SUPERVISION'),
    ]).toEqual([5, 10, 20]);
    expect(itemsOf('LEADERSHIP_MEMBER')).toBeGreaterThan(0);
    expect(itemsOf('COMMISSION_DEPARTMENT')).toBeGreaterThan(0);
    expect(responsibilityLists[0].items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5]);

    const counts = await Promise.all(
      ['PARTY_PRINCIPAL', 'DEPARTMENT_SUPERVISORY', 'COMMISSION_SUPERVISION'].map(
        async (kind) => (await assignmentsOf({ kind })).length,
      ),
    );
    expect(counts).toEqual([295, 220, 340]);
    const departments = await assignmentsOf({ kind: 'COMMISSION_DEPARTMENT' });
    expect(new Set(departments.map((a) => a.unit.code)).size).toBe(17);

    const all = await assignmentsOf({});
    const statuses = new Map<string, number>();
    for (const a of all) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    for (const status of ['ON_TRACK', 'AT_RISK', 'SLIPPED', 'DONE']) {
      const enough = (statuses.get(status) ?? 0) > all.length / 50;
      expect({ status, enough }).toEqual({ status, enough: true });
    }
    // A few completions were found to lack evidence and are reopened.
    const { assignments: reopened } = await app.ok<{ assignments: { reopened: boolean }[] }>(
      '{ assignments { reopened } }',
      {},
      staff,
    );
    expect(reopened.filter((a) => a.reopened).length).toBeGreaterThan(0);
  });

  it('shows a reporter their own unit’s assignments only and forbids the others, files included', async () => {
    const own = await assignmentsOf({}, ziyuan);
    // 资源县 is a county: 5 party-principal and 20 commission-supervision items.
    expect(own).toHaveLength(25);
    expect(new Set(own.map((a) => a.unit.code))).toEqual(new Set(['ziyuan']));
    expect(await assignmentsOf({ unitId: units.get('ziyuan') }, ziyuan)).toHaveLength(25);
    const other = await app.errorOf(ASSIGNMENTS, { unitId: units.get('lingui') }, ziyuan);
    expect(other.extensions.code).toBe('FORBIDDEN');

    const [foreign] = await assignmentsOf({ unitId: units.get('lingui') });
    expect((await app.errorOf(ASSIGNMENT, { id: foreign.id }, ziyuan)).extensions.code).toBe('FORBIDDEN');
    const write = await app.errorOf(
      UPDATE,
      { input: { assignmentId: foreign.id, percent: 50, summary: '越权填报' } },
      ziyuan,
    );
    expect(write.extensions.code).toBe('FORBIDDEN');

    // Evidence: lingui files a PDF on its own assignment; ziyuan cannot reach its link.
    const lingui = await app.login('lingui');
    const upload = await fetch(`${app.server.url}/api/files`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('会议纪要.pdf'),
        authorization: `Bearer ${lingui}`,
      },
      body: PDF,
    });
    const file = (await upload.json()) as { id: string };
    await app.ok(
      UPDATE,
      {
        input: { assignmentId: foreign.id, percent: 60, summary: '已召开专题会议', attachmentIds: [file.id] },
      },
      lingui,
    );
    const withFiles = `query ($id: ID!) { assignment(id: $id) { updates { attachments { id url } } } }`;
    const { assignment } = await app.ok<{
      assignment: { updates: { attachments: { id: string; url: string }[] }[] };
    }>(withFiles, { id: foreign.id }, lingui);
    const [attachment] = assignment.updates[0].attachments;
    expect(attachment.id).toBe(file.id);
    expect((await fetch(`${app.server.url}${attachment.url}`)).status).toBe(200);
    expect((await app.errorOf(withFiles, { id: foreign.id }, ziyuan)).extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${app.server.url}/api/files/${file.id}`)).status).toBe(403);

    // The matrix shows a reporter their own column only; leaders see every unit but cannot report.
    const matrix =
      '{ responsibilityMatrix(kind: PARTY_PRINCIPAL) { units { code } rows { cells { status } } } }';
    const mine = await app.ok<{ responsibilityMatrix: { units: { code: string }[] } }>(matrix, {}, ziyuan);
    expect(mine.responsibilityMatrix.units.map((u) => u.code)).toEqual(['ziyuan']);
    const leader = await app.login('leader');
    const seen = await app.ok<{ responsibilityMatrix: { units: unknown[]; rows: unknown[] } }>(
      matrix,
      {},
      leader,
    );
    expect([seen.responsibilityMatrix.rows.length, seen.responsibilityMatrix.units.length]).toEqual([5, 59]);
    const leaderWrite = await app.errorOf(
      UPDATE,
      { input: { assignmentId: foreign.id, percent: 70, summary: '领导填报' } },
      leader,
    );
    expect(leaderWrite.extensions.code).toBe('FORBIDDEN');
  });

  it('lets staff assign an item in bulk by unit kind, tag, functional department or by hand, idempotently', async () => {
    const { createResponsibilityList: list } = await app.ok<{ createResponsibilityList: { id: string } }>(
      CREATE_LIST,
      { input: { kind: 'DEPARTMENT_SUPERVISORY', title: '补充监管责任清单' } },
      staff,
    );
    const { createResponsibilityItem: item } = await app.ok<{
      createResponsibilityItem: { id: string; seq: number };
    }>(
      CREATE_ITEM,
      {
        input: {
          listId: list.id,
          content: '每季度开展一次扶贫资金专项检查',
          cadence: 'QUARTERLY',
          evidenceExpected: '检查报告',
        },
      },
      staff,
    );
    expect(item.seq).toBe(1);
    type Result = {
      assignItem: {
        created: number;
        existing: number;
        assignments: { id: string; version: number; unit: { code: string } }[];
      };
    };
    const assign = async (input: Record<string, unknown>) =>
      (await app.ok<Result>(ASSIGN, { input: { itemId: item.id, ...input } }, staff)).assignItem;

    const counties = await assign({ unitKind: 'COUNTY' });
    expect([counties.created, counties.existing, counties.assignments.length]).toEqual([17, 0, 17]);
    // A unit reports; assigning again must leave that history and version alone.
    const ziyuanAssignment = counties.assignments.find((a) => a.unit.code === 'ziyuan')!;
    await app.ok(
      UPDATE,
      { input: { assignmentId: ziyuanAssignment.id, percent: 30, summary: '已部署检查' } },
      ziyuan,
    );
    const before = await detail(ziyuanAssignment.id);

    const again = await assign({ unitKind: 'COUNTY' });
    expect([again.created, again.existing]).toEqual([0, 17]);
    const poverty = await assign({ tag: 'poverty-county' });
    expect([poverty.created, poverty.existing]).toEqual([0, 3]);
    expect(poverty.assignments.map((a) => a.unit.code).sort()).toEqual(['guanyang', 'longsheng', 'ziyuan']);
    const functional = await assign({ functionalDepartmentsOnly: true });
    expect([functional.created, functional.existing]).toEqual([22, 0]);
    const byHand = await assign({ unitIds: [units.get('jw-dangfeng'), units.get('ziyuan')] });
    expect([byHand.created, byHand.existing]).toEqual([1, 1]);
    expect(await detail(ziyuanAssignment.id)).toEqual(before);
    expect(await assignmentsOf({ itemId: item.id })).toHaveLength(17 + 22 + 1);

    const none = await app.errorOf(ASSIGN, { input: { itemId: item.id } }, staff);
    expect(none.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds' });
    for (const username of ['leader', 'ziyuan']) {
      const error = await app.errorOf(
        ASSIGN,
        { input: { itemId: item.id, unitKind: 'COUNTY' } },
        await app.login(username),
      );
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a bad update, naming the field, and keeps the old state and history', async () => {
    const [target] = await assignmentsOf({ kind: 'COMMISSION_SUPERVISION' }, ziyuan);
    const before = await detail(target.id, ziyuan);
    const cases: [Record<string, unknown>, string][] = [
      [{ percent: 130, summary: '超过100' }, 'percent'],
      [{ percent: -1, summary: '负数' }, 'percent'],
      [{ percent: 50, summary: '' }, 'summary'],
      [{ percent: 50, summary: '   ' }, 'summary'],
      [{ percent: 50, summary: '未来周期', period: '2027-Q1' }, 'period'],
      [{ percent: 50, summary: '格式错误', period: 'next' }, 'period'],
    ];
    for (const [input, field] of cases) {
      const error = await app.errorOf(UPDATE, { input: { assignmentId: target.id, ...input } }, ziyuan);
      expect({ input, code: error.extensions.code, field: error.extensions.field }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await detail(target.id, ziyuan)).toEqual(before);

    // A stale version is a CONFLICT, and a correction is a new update, never an overwrite.
    const stale = await app.errorOf(
      UPDATE,
      { input: { assignmentId: target.id, percent: 50, summary: '旧版本', version: before.version - 1 } },
      ziyuan,
    );
    expect(stale.extensions.code).toBe('CONFLICT');
    await app.ok(
      UPDATE,
      { input: { assignmentId: target.id, percent: 70, summary: '误报', version: before.version } },
      ziyuan,
    );
    await app.ok(UPDATE, { input: { assignmentId: target.id, percent: 65, summary: '更正为65%' } }, ziyuan);
    const after = await detail(target.id, ziyuan);
    expect(after.updates.slice(0, 2).map((u) => u.percent)).toEqual([65, 70]);
    expect(after.updates.slice(2)).toEqual(before.updates);
    expect(after.version).toBe(before.version + 2);
  });

  it('reopens a done assignment when staff find the evidence insufficient', async () => {
    const { byUnit } = await newItem({ cadence: 'ONCE', dueOn: '2026-12-20' }, ['ziyuan']);
    const id = byUnit.get('ziyuan')!;
    await app.ok(UPDATE, { input: { assignmentId: id, percent: 40, summary: '已完成方案起草' } }, ziyuan);
    const done = await app.ok<{ updateAssignment: { status: string; updates: { id: string }[] } }>(
      UPDATE,
      { input: { assignmentId: id, percent: 100, summary: '已全部完成' } },
      ziyuan,
    );
    expect(done.updateAssignment.status).toBe('DONE');
    const [latest] = done.updateAssignment.updates;

    const noComment = await app.errorOf(REVIEW, { input: { updateId: latest.id, sufficient: false } }, staff);
    expect(noComment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(
      (await app.errorOf(REVIEW, { input: { updateId: latest.id, sufficient: false, comment: 'x' } }, ziyuan))
        .extensions.code,
    ).toBe('FORBIDDEN');
    const { reviewAssignmentUpdate: reopened } = await app.ok<{
      reviewAssignmentUpdate: {
        status: string;
        percent: number;
        reopened: boolean;
        updates: { id: string; rejected: boolean }[];
      };
    }>(REVIEW, { input: { updateId: latest.id, sufficient: false, comment: '缺少印发文件扫描件' } }, staff);
    expect(reopened).toMatchObject({ percent: 40, reopened: true });
    expect(reopened.status).not.toBe('DONE');
    expect(reopened.updates.map((u) => u.rejected)).toEqual([true, false]);

    const seen = await detail(id, ziyuan);
    expect(seen.updates[0].review).toEqual({
      sufficient: false,
      comment: '缺少印发文件扫描件',
      reviewer: { username: 'staff' },
    });
    const auditor = await app.login('auditor');
    const { auditEvents } = await app.ok<{ auditEvents: { action: string }[] }>(
      'query ($id: ID!) { auditEvents(entityId: $id) { action } }',
      { id },
      auditor,
    );
    // Every change is in the trail (order aside: the specs' clock is frozen, so all share one instant).
    expect(auditEvents.map((e) => e.action).sort()).toEqual([
      'assignment.rejectEvidence',
      'assignment.update',
      'assignment.update',
    ]);

    const refiled = await app.ok<{ updateAssignment: { status: string; percent: number } }>(
      UPDATE,
      { input: { assignmentId: id, percent: 100, summary: '已补充印发文件' } },
      ziyuan,
    );
    expect(refiled.updateAssignment).toMatchObject({ status: 'DONE', percent: 100 });
  });

  it('measures a monthly item against the current month: last month’s update does not make it done', async () => {
    const { byUnit } = await newItem({ cadence: 'MONTHLY', evidenceExpected: '工作月报' }, ['ziyuan']);
    const id = byUnit.get('ziyuan')!;
    const { updateAssignment: caughtUp } = await app.ok<{
      updateAssignment: {
        status: string;
        percent: number;
        currentPeriod: string;
        updates: { period: string }[];
      };
    }>(
      UPDATE,
      { input: { assignmentId: id, percent: 100, summary: '补报10月月报', period: '2026-10' } },
      ziyuan,
    );
    expect(caughtUp).toMatchObject({ currentPeriod: '2026-11', percent: 0 });
    expect(caughtUp.status).not.toBe('DONE');
    expect(caughtUp.updates[0].period).toBe('2026-10');

    const seen = await detail(id, ziyuan);
    // November is due five working days after it ends.
    expect(seen.dueOn).toBe('2026-12-07');
    expect(seen.periods.at(-2)).toEqual({ period: '2026-10', status: 'DONE', percent: 100 });
    expect(seen.periods.at(-1)).toMatchObject({ period: '2026-11', percent: 0 });
    expect(seen.periods).toHaveLength(11);

    const { updateAssignment: current } = await app.ok<{
      updateAssignment: { status: string; currentPeriod: string };
    }>(UPDATE, { input: { assignmentId: id, percent: 100, summary: '11月工作已完成' } }, ziyuan);
    expect(current).toMatchObject({ status: 'DONE', currentPeriod: '2026-11' });
  });

  it('answers the matrix in the same number of queries for 59 units and for 89', async () => {
    const runner = app.server.dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const query = `{ responsibilityMatrix(kind: PARTY_PRINCIPAL) {
      asOf units { code name parent { code } } rows { item { seq content cadence list { title } } cells { assignmentId status percent period dueOn } }
    } }`;
    const count = async () => {
      const spy = jest.spyOn(proto, 'query');
      const { responsibilityMatrix } = await app.ok<{
        responsibilityMatrix: { units: unknown[]; rows: { cells: unknown[] }[] };
      }>(query, {}, staff);
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return { calls, units: responsibilityMatrix.units.length, rows: responsibilityMatrix.rows.length };
    };
    const before = await count();
    expect(before).toMatchObject({ units: 59, rows: 5 });

    const extra = Array.from({ length: 30 }, (_, i) =>
      Object.assign(new Unit(), {
        id: randomUUID(),
        code: `extra-${i}`,
        name: `新增单位${i}`,
        kind: 'MUNICIPAL_UNIT' as const,
        isFunctionalDepartment: false,
        parentId: units.get('guilin')!,
        tags: [],
        sortOrder: 1000 + i,
        version: 1,
      }),
    );
    await app.server.dataSource.getRepository(Unit).insert(extra);
    const { responsibilityLists } = await app.ok<{ responsibilityLists: { items: { id: string }[] }[] }>(
      '{ responsibilityLists(kind: PARTY_PRINCIPAL) { items { id } } }',
      {},
      staff,
    );
    const author = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, staff)).me.id;
    for (const { id: itemId } of responsibilityLists[0].items) {
      const { assignItem } = await app.ok<{ assignItem: { created: number; assignments: { id: string }[] } }>(
        ASSIGN,
        { input: { itemId, unitIds: extra.map((u) => u.id) } },
        staff,
      );
      expect(assignItem.created).toBe(30);
      await app.server.dataSource.getRepository(AssignmentUpdate).insert(
        assignItem.assignments.map((a, i) => ({
          id: timeOrderedId(),
          assignmentId: a.id,
          period: '2026-Q4',
          percent: i * 3,
          summary: 'fixture',
          authorId: author,
          createdAt: new Date('2026-11-20T15:00:00+08:00'),
        })),
      );
    }
    const after = await count();
    expect(after).toEqual({ calls: before.calls, units: 89, rows: 5 });
    expect(before.calls).toBeLessThan(15);
  });
});
