import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { id code version status percent plannedPercent target measure leadUnit { code } coUnits { code } }
}`;
const SUBMIT = `mutation ($input: SubmitProgressInput!) { submitProgress(input: $input) { id week percent value late author { username } } }`;
const TASK = `query ($id: ID!) { task(id: $id) { code status percent plannedPercent completedLate missedWeeks updates { week percent } } }`;

interface UnitRow {
  id: string;
  code: string;
}

describe('tasks on the battle map', () => {
  let app: TestApp;
  let staff: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    staff = await app.login('staff');
    const { units: rows } = await app.ok<{ units: UnitRow[] }>('{ units { id code } }', {}, staff);
    units = new Map(rows.map((u) => [u.code, u.id]));
  });
  afterAll(() => app.close());

  const createTask = async (input: Record<string, unknown>) =>
    (
      await app.ok<{ createTask: { id: string; code: string; version: number } }>(
        CREATE,
        {
          input: {
            leadUnitId: units.get('jw-dangfeng'),
            startsOn: '2026-03-02',
            dueOn: '2026-12-31',
            ...input,
          },
        },
        staff,
      )
    ).createTask;

  /** Files an update as it would have been filed at `at` (the app's clock is frozen at 2026-11-25 10:00). */
  const fileUpdate = async (taskId: string, week: string, percent: number, at: string) => {
    const author = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, staff)).me.id;
    await app.server.dataSource.getRepository(ProgressUpdate).insert({
      id: timeOrderedId(),
      taskId,
      week,
      percent,
      value: null,
      summary: 'fixture',
      problems: null,
      nextSteps: null,
      authorId: author,
      createdAt: new Date(at),
      late: false,
    });
  };
  const statusOf = async (id: string) =>
    (
      await app.ok<{
        task: {
          status: string;
          percent: number;
          plannedPercent: number;
          completedLate: boolean;
          missedWeeks: string[];
        };
      }>(TASK, { id }, staff)
    ).task;

  it('seeds 58 demo tasks with a mix of every status', async () => {
    const { tasks } = await app.ok<{ tasks: { status: string }[] }>('{ tasks { status } }', {}, staff);
    expect(tasks).toHaveLength(58);
    expect(new Set(tasks.map((t) => t.status))).toEqual(
      new Set(['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'SLIPPED', 'DONE']),
    );
  });

  it('computes each status by the rules of domain.md', async () => {
    // The clock: Wednesday 2026-11-25 10:00; last weekly deadline Friday 2026-11-20 18:00 (W47).
    const notStarted = await createTask({ title: '未开始任务', startsOn: '2026-12-01' });
    expect((await statusOf(notStarted.id)).status).toBe('NOT_STARTED');

    const onTrack = await createTask({ title: '正常推进任务' });
    await fileUpdate(onTrack.id, '2026-W46', 82, '2026-11-13T15:00:00+08:00');
    await fileUpdate(onTrack.id, '2026-W47', 86, '2026-11-20T15:00:00+08:00');
    const green = await statusOf(onTrack.id);
    expect(green).toMatchObject({ status: 'ON_TRACK', percent: 86 });
    expect(green.plannedPercent).toBeGreaterThan(85);

    const behind = await createTask({ title: '落后十个点任务' });
    await fileUpdate(behind.id, '2026-W46', 70, '2026-11-13T15:00:00+08:00');
    await fileUpdate(behind.id, '2026-W47', 74, '2026-11-20T15:00:00+08:00');
    expect((await statusOf(behind.id)).status).toBe('AT_RISK');

    const missedOnce = await createTask({ title: '漏报一周任务' });
    await fileUpdate(missedOnce.id, '2026-W46', 86, '2026-11-13T15:00:00+08:00');
    expect(await statusOf(missedOnce.id)).toMatchObject({ status: 'AT_RISK' });

    const missedTwice = await createTask({ title: '连续两周漏报任务' });
    await fileUpdate(missedTwice.id, '2026-W45', 86, '2026-11-06T15:00:00+08:00');
    expect(await statusOf(missedTwice.id)).toMatchObject({ status: 'SLIPPED' });

    const farBehind = await createTask({ title: '严重滞后任务' });
    await fileUpdate(farBehind.id, '2026-W47', 50, '2026-11-20T15:00:00+08:00');
    expect((await statusOf(farBehind.id)).status).toBe('SLIPPED');

    const overdue = await createTask({ title: '逾期未完成任务', dueOn: '2026-11-10' });
    await fileUpdate(overdue.id, '2026-W46', 95, '2026-11-13T15:00:00+08:00');
    expect((await statusOf(overdue.id)).status).toBe('SLIPPED');

    const doneLate = await createTask({ title: '逾期完成任务', dueOn: '2026-11-10' });
    await fileUpdate(doneLate.id, '2026-W47', 100, '2026-11-18T15:00:00+08:00');
    expect(await statusOf(doneLate.id)).toMatchObject({ status: 'DONE', completedLate: true });

    const doneOnTime = await createTask({ title: '按期完成任务', dueOn: '2026-11-10' });
    await fileUpdate(doneOnTime.id, '2026-W46', 100, '2026-11-10T15:00:00+08:00');
    expect(await statusOf(doneOnTime.id)).toMatchObject({ status: 'DONE', completedLate: false });
  });

  it('gives tasks created at the same moment each their own next code', async () => {
    const created = await Promise.all([1, 2, 3].map((n) => createTask({ title: `同时创建的任务 ${n}` })));
    const codes = created.map((t) => t.code);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^T\d+$/);
    // A code the user chose and found taken says so, rather than "try again".
    const taken = await app.errorOf(
      CREATE,
      {
        input: {
          title: '重复编号的任务',
          code: codes[0],
          leadUnitId: units.get('jw-dangfeng'),
          startsOn: '2026-03-02',
          dueOn: '2026-12-31',
        },
      },
      staff,
    );
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(taken.message).toContain('already used');
  }, 60_000);

  it('scopes a reporter to their unit’s tasks and forbids the others', async () => {
    const ziyuan = await app.login('ziyuan');
    const { tasks } = await app.ok<{
      tasks: { id: string; leadUnit: { code: string }; coUnits: { code: string }[] }[];
    }>('{ tasks { id leadUnit { code } coUnits { code } } }', {}, ziyuan);
    expect(tasks.length).toBeGreaterThan(3);
    for (const task of tasks) {
      expect([task.leadUnit.code, ...task.coUnits.map((u) => u.code)]).toContain('ziyuan');
    }
    const { battleMap } = await app.ok<{ battleMap: { rows: unknown[] } }>(
      '{ battleMap { rows { task { id } } } }',
      {},
      ziyuan,
    );
    expect(battleMap.rows).toHaveLength(tasks.length);

    const foreign = await createTask({ title: '他单位任务', leadUnitId: units.get('lingui') });
    expect((await app.errorOf(TASK, { id: foreign.id }, ziyuan)).extensions.code).toBe('FORBIDDEN');
    const write = await app.errorOf(
      SUBMIT,
      { input: { taskId: foreign.id, percent: 10, summary: '越权填报' } },
      ziyuan,
    );
    expect(write.extensions.code).toBe('FORBIDDEN');

    const own = await createTask({ title: '资源县配合任务', coUnitIds: [units.get('ziyuan')] });
    const { submitProgress } = await app.ok<{
      submitProgress: { week: string; percent: number; author: { username: string } };
    }>(SUBMIT, { input: { taskId: own.id, percent: 40, summary: '完成第一阶段自查' } }, ziyuan);
    expect(submitProgress).toMatchObject({ week: '2026-W48', percent: 40, author: { username: 'ziyuan' } });
  });

  it('lets only staff create tasks and only leaders write instructions', async () => {
    for (const username of ['leader', 'ziyuan', 'admin', 'auditor']) {
      const token = await app.login(username);
      const error = await app.errorOf(
        CREATE,
        {
          input: {
            title: '不应创建',
            leadUnitId: units.get('jw-dangfeng'),
            startsOn: '2026-03-02',
            dueOn: '2026-12-31',
          },
        },
        token,
      );
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
    const task = await createTask({ title: '批示任务' });
    const instruct =
      'mutation ($id: ID!) { addTaskInstruction(taskId: $id, content: "请加快进度，月底前报结果。") { content author { username } } }';
    expect((await app.errorOf(instruct, { id: task.id }, staff)).extensions.code).toBe('FORBIDDEN');
    const leader = await app.login('leader');
    await app.ok(instruct, { id: task.id }, leader);
    const { task: seen } = await app.ok<{
      task: { instructions: { content: string; author: { username: string } }[] };
    }>(
      'query ($id: ID!) { task(id: $id) { instructions { content author { username } } } }',
      { id: task.id },
      staff,
    );
    expect(seen.instructions[0]).toEqual({
      content: '请加快进度，月底前报结果。',
      author: { username: 'leader' },
    });
  });

  it('refuses bad progress input, naming the field, and keeps nothing of it', async () => {
    const task = await createTask({ title: '校验任务' });
    const quantitative = await createTask({ title: '量化任务', target: 12, measure: '天' });
    const cases: [Record<string, unknown>, string][] = [
      [{ taskId: task.id, percent: 130, summary: 'x' }, 'percent'],
      [{ taskId: task.id, percent: -5, summary: 'x' }, 'percent'],
      [{ taskId: task.id, percent: 10, week: '2026-W49', summary: 'x' }, 'week'],
      [{ taskId: task.id, percent: 10, week: '2026-W60', summary: 'x' }, 'week'],
      [{ taskId: task.id, percent: 10, week: 'next week', summary: 'x' }, 'week'],
      [{ taskId: task.id, percent: 10, value: 3, summary: 'x' }, 'percent'],
      [{ taskId: quantitative.id, percent: 10, summary: 'x' }, 'value'],
      [{ taskId: task.id, value: 3, summary: 'x' }, 'percent'],
      [{ taskId: task.id, percent: 10, summary: '' }, 'summary'],
    ];
    for (const [input, field] of cases) {
      const error = await app.errorOf(SUBMIT, { input }, staff);
      expect({ input, code: error.extensions.code, field: error.extensions.field }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect((await statusOf(task.id)).percent).toBe(0);

    const { submitProgress } = await app.ok<{ submitProgress: { percent: number; value: number } }>(
      SUBMIT,
      { input: { taskId: quantitative.id, value: 9, summary: '已实地督导9天' } },
      staff,
    );
    expect(submitProgress).toMatchObject({ percent: 75, value: 9 });
  });

  it('keeps every update: a correction is a new one, and a late one is marked late', async () => {
    const task = await createTask({ title: '更正任务' });
    await app.ok(SUBMIT, { input: { taskId: task.id, percent: 60, summary: '误报' } }, staff);
    await app.ok(SUBMIT, { input: { taskId: task.id, percent: 50, summary: '更正为50%' } }, staff);
    const late = await app.ok<{ submitProgress: { late: boolean } }>(
      SUBMIT,
      { input: { taskId: task.id, week: '2026-W47', percent: 45, summary: '补报上周' } },
      staff,
    );
    expect(late.submitProgress.late).toBe(true);
    const seen = await statusOf(task.id);
    expect(seen.percent).toBe(45);
    const { task: full } = await app.ok<{ task: { updates: { week: string; percent: number }[] } }>(
      TASK,
      { id: task.id },
      staff,
    );
    expect(full.updates.map((u) => u.percent)).toEqual([45, 50, 60]);
  });

  it('catches a concurrent edit of a task’s definition (CONFLICT) and keeps the first edit', async () => {
    const task = await createTask({ title: '并发编辑任务' });
    const update = 'mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { title version } }';
    await app.ok(update, { input: { id: task.id, version: task.version, title: '甲的修改' } }, staff);
    const stale = await app.errorOf(
      update,
      { input: { id: task.id, version: task.version, title: '乙的修改' } },
      staff,
    );
    expect(stale.extensions.code).toBe('CONFLICT');
    const plan = 'mutation ($input: SetWeeklyPlanInput!) { setWeeklyPlan(input: $input) { version } }';
    const stalePlan = await app.errorOf(
      plan,
      { input: { taskId: task.id, version: task.version, entries: [] } },
      staff,
    );
    expect(stalePlan.extensions.code).toBe('CONFLICT');
    const { task: seen } = await app.ok<{ task: { title: string } }>(
      'query ($id: ID!) { task(id: $id) { title } }',
      { id: task.id },
      staff,
    );
    expect(seen.title).toBe('甲的修改');
  });

  it('answers the battle map in the same number of queries for 58 tasks and for 88', async () => {
    const runner = app.server.dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const count = async () => {
      const spy = jest.spyOn(proto, 'query');
      await app.ok(
        '{ battleMap { weeks rows { task { code leadUnit { name } coUnits { name } status percent updates { author { username } } } cells { status } } } }',
        {},
        staff,
      );
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return calls;
    };
    const before = await count();
    for (let i = 0; i < 30; i++) {
      const task = await createTask({ title: `批量任务${i}`, coUnitIds: [units.get('ziyuan')] });
      await fileUpdate(task.id, '2026-W47', 80, '2026-11-20T15:00:00+08:00');
    }
    expect(await count()).toBe(before);
    expect(before).toBeLessThan(15);
  });
});

describe('planned percent over a holiday month', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-09T12:00:00+08:00' });
  });
  afterAll(() => app.close());

  it('counts only working days: National Day week off, Saturday 10-10 on', async () => {
    const staff = await app.login('staff');
    const { units } = await app.ok<{ units: UnitRow[] }>(
      '{ units(kind: COMMISSION_DEPARTMENT) { id code } }',
      {},
      staff,
    );
    const { createTask } = await app.ok<{ createTask: { plannedPercent: number } }>(
      CREATE,
      {
        input: {
          title: '国庆跨月任务',
          leadUnitId: units[0].id,
          startsOn: '2026-09-01',
          dueOn: '2026-10-31',
        },
      },
      staff,
    );
    // 40 working days from 09-01 to 10-31 (09-20 and 10-10 are make-up days; 10-01..07 are off);
    // by the morning of 10-09, 23 of them have ended.
    expect(createTask.plannedPercent).toBe(57.5);
  });
});
