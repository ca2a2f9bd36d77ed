import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task } from '../src/modules/task/task.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const REQUEST = `mutation ($input: RequestDueDateExtensionInput!) {
  requestDueDateExtension(input: $input) { id version status originalDueOn requestedDueOn unit { code } requestedBy { username } }
}`;
const DECIDE = `mutation ($input: DecideDueDateExtensionInput!) {
  decideDueDateExtension(input: $input) { id version status decisionNote decidedBy { username } }
}`;
const TASK = `query ($id: ID!) { task(id: $id) { dueOn originalDueOn extensions { status originalDueOn requestedDueOn } } }`;
const SWEEP = `mutation ($asOf: DateTime) { runAlertSweep(asOf: $asOf) { fired escalated resolved } }`;
const OVERDUE = `query ($subjectId: ID) { alerts(subjectId: $subjectId, rule: OVERDUE) { level status } }`;

interface Request {
  id: string;
  version: number;
  status: string;
}

// The app's clock is frozen at Wednesday 2026-11-25 10:00 Beijing: requests and decisions are made then.
describe('extensions (延期): asked by the unit, decided by staff or a leader', () => {
  let app: TestApp;
  let staff: string;
  let staffId: string;
  let ziyuan: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    staff = await app.login('staff');
    ziyuan = await app.login('ziyuan');
    staffId = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, staff)).me.id;
    const { units: rows } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    units = new Map(rows.map((u) => [u.code, u.id]));
  }, 60_000);
  afterAll(() => app.close());

  /** A ziyuan task due Friday 11-20, reported at 40 % on time every week, created long before. */
  const overdueTask = async (title: string) => {
    const { createTask } = await app.ok<{ createTask: { id: string } }>(
      CREATE,
      { input: { title, leadUnitId: units.get('ziyuan'), startsOn: '2026-11-02', dueOn: '2026-11-20' } },
      staff,
    );
    const id = createTask.id;
    await app.server.dataSource
      .getRepository(Task)
      .update({ id }, { createdAt: new Date('2026-10-01T09:00:00+08:00') });
    for (const [week, at] of [
      ['2026-W45', '2026-11-06T10:00:00+08:00'],
      ['2026-W46', '2026-11-13T10:00:00+08:00'],
      ['2026-W47', '2026-11-20T10:00:00+08:00'],
      ['2026-W48', '2026-11-24T10:00:00+08:00'],
    ]) {
      await app.server.dataSource.getRepository(ProgressUpdate).insert({
        id: timeOrderedId(),
        taskId: id,
        week,
        percent: 40,
        value: null,
        summary: 'fixture',
        problems: null,
        nextSteps: null,
        authorId: staffId,
        createdAt: new Date(at),
        late: false,
      });
    }
    return id;
  };
  const sweep = (asOf: string) => app.ok(SWEEP, { asOf }, staff);
  const overdueOf = async (taskId: string) =>
    (await app.ok<{ alerts: { level: string; status: string }[] }>(OVERDUE, { subjectId: taskId }, staff))
      .alerts;
  const ask = (taskId: string, requestedDueOn = '2026-12-18', token = ziyuan) =>
    app.ok<{ requestDueDateExtension: Request }>(
      REQUEST,
      { input: { taskId, requestedDueOn, reason: '项目资金下达延迟，需顺延四周完成。' } },
      token,
    );

  it('pauses escalation while pending; a refusal changes nothing and the ladder goes on', async () => {
    const taskId = await overdueTask('延期后驳回的任务');
    await sweep('2026-11-24T09:00:00+08:00');
    expect(await overdueOf(taskId)).toEqual([{ level: 'WARNING', status: 'OPEN' }]);

    const { requestDueDateExtension: request } = await ask(taskId);
    expect(request).toMatchObject({
      status: 'PENDING',
      originalDueOn: '2026-11-20',
      unit: { code: 'ziyuan' },
    });
    // Five working days after 11-20 have passed by 11-30: ACCOUNTABILITY, but the request holds it at WARNING.
    await sweep('2026-11-30T09:00:00+08:00');
    expect(await overdueOf(taskId)).toEqual([{ level: 'WARNING', status: 'OPEN' }]);

    const leader = await app.login('leader');
    expect(
      (
        await app.errorOf(
          DECIDE,
          { input: { id: request.id, version: request.version, approve: false } },
          leader,
        )
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const { decideDueDateExtension: refused } = await app.ok<{ decideDueDateExtension: { status: string } }>(
      DECIDE,
      {
        input: { id: request.id, version: request.version, approve: false, note: '理由不充分，请按期完成。' },
      },
      leader,
    );
    expect(refused.status).toBe('REFUSED');
    expect(
      (await app.ok<{ task: { dueOn: string; originalDueOn: string | null } }>(TASK, { id: taskId }, staff))
        .task,
    ).toMatchObject({
      dueOn: '2026-11-20',
      originalDueOn: null,
    });
    await sweep('2026-11-30T09:00:00+08:00');
    expect(await overdueOf(taskId)).toEqual([{ level: 'ACCOUNTABILITY', status: 'OPEN' }]);
  }, 120_000);

  it('moves the due date on approval, keeps the original on record, and the overdue alert resolves', async () => {
    const taskId = await overdueTask('批准延期的任务');
    await sweep('2026-11-24T09:00:00+08:00');
    const { requestDueDateExtension: request } = await ask(taskId);
    expect(
      (
        await app.errorOf(
          REQUEST,
          { input: { taskId, requestedDueOn: '2026-12-20', reason: '再次申请' } },
          ziyuan,
        )
      ).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'taskId',
    });
    expect(
      (
        await app.errorOf(
          DECIDE,
          { input: { id: request.id, version: request.version, approve: true } },
          ziyuan,
        )
      ).extensions.code,
    ).toBe('FORBIDDEN');

    const { decideDueDateExtension: approved } = await app.ok<{
      decideDueDateExtension: { status: string; decidedBy: { username: string } };
    }>(DECIDE, { input: { id: request.id, version: request.version, approve: true } }, staff);
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: { username: 'staff' } });
    const { task } = await app.ok<{ task: { dueOn: string; originalDueOn: string; extensions: unknown[] } }>(
      TASK,
      { id: taskId },
      ziyuan,
    );
    expect(task).toEqual({
      dueOn: '2026-12-18',
      originalDueOn: '2026-11-20',
      extensions: [{ status: 'APPROVED', originalDueOn: '2026-11-20', requestedDueOn: '2026-12-18' }],
    });
    expect(
      (
        await app.errorOf(
          DECIDE,
          { input: { id: request.id, version: request.version, approve: false, note: '重复' } },
          staff,
        )
      ).extensions.code,
    ).toBe('BAD_USER_INPUT');

    await sweep('2026-11-30T09:00:00+08:00');
    expect(await overdueOf(taskId)).toEqual([{ level: 'WARNING', status: 'RESOLVED' }]);

    const { auditEvents } = await app.ok<{ auditEvents: { action: string }[] }>(
      'query ($id: ID) { auditEvents(entityId: $id) { action } }',
      { id: taskId },
      await app.login('auditor'),
    );
    expect(auditEvents.map((e) => e.action)).toContain('task.extend-due-date');
  }, 120_000);

  it('names the wrong field, and lets only the lead unit ask', async () => {
    const taskId = await overdueTask('校验延期申请');
    const input = (overrides: Record<string, unknown>) => ({
      input: { taskId, requestedDueOn: '2026-12-18', reason: '理由', ...overrides },
    });
    expect(
      (await app.errorOf(REQUEST, input({ requestedDueOn: '2026-11-19' }), ziyuan)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requestedDueOn',
    });
    expect(
      (await app.errorOf(REQUEST, input({ requestedDueOn: '2027-01-05' }), ziyuan)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requestedDueOn',
    });
    expect((await app.errorOf(REQUEST, input({ reason: ' ' }), ziyuan)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await app.errorOf(REQUEST, input({}), await app.login('lingui'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.errorOf(REQUEST, input({}), await app.login('leader'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    const { dueDateExtensions } = await app.ok<{ dueDateExtensions: unknown[] }>(
      'query ($taskId: ID) { dueDateExtensions(taskId: $taskId) { id } }',
      { taskId },
      staff,
    );
    expect(dueDateExtensions).toEqual([]);
  }, 60_000);
});
