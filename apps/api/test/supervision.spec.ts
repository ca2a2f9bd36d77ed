import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { timeOrderedId } from '../src/core/database/time-ordered-id.js';
import { Alert } from '../src/modules/alert/alert.entity.js';
import { documentText } from './support/docx.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { FileDownload } from './support/xlsx.js';

const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id code } }`;
const ISSUE = `mutation ($input: IssueSupervisionOrderInput!) {
  issueSupervisionOrder(input: $input) {
    id number year matter rectifyBy requirements status
    unit { code name } leader { username } issuedBy { username }
    task { id code title dueOn leadUnit { code } leadLeader } alert { id level }
  }
}`;
const ORDERS = `query ($unitId: ID, $status: TaskStatus) {
  supervisionOrders(unitId: $unitId, status: $status) { id number unit { code } status }
}`;
const ORDER = `query ($id: ID!) { supervisionOrder(id: $id) { id number issuer } }`;
const DOCUMENT = `query ($id: ID!) { supervisionOrderDocument(id: $id) { filename mimeType contentBase64 } }`;

interface IssuedOrder {
  id: string;
  number: string;
  year: number;
  matter: string;
  rectifyBy: string;
  status: string;
  unit: { code: string; name: string };
  leader: { username: string };
  task: {
    id: string;
    code: string;
    title: string;
    dueOn: string;
    leadUnit: { code: string };
    leadLeader: string;
  };
  alert: { id: string; level: string };
}

describe('supervision orders (督办单)', () => {
  let app: TestApp;
  let staff: string;
  let leader: string;
  let leaderId: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    [staff, leader] = await Promise.all([app.login('staff'), app.login('leader')]);
    leaderId = (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, leader)).me.id;
    const { units: rows } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    units = new Map(rows.map((u) => [u.code, u.id]));
  }, 60_000);
  afterAll(() => app.close());

  /** A task of `unit` with an open alert on it at `level`, as a sweep would have left it. */
  const alertOn = async (title: string, level: Alert['level'], unit = 'ziyuan') => {
    const { createTask: task } = await app.ok<{ createTask: { id: string; code: string } }>(
      CREATE_TASK,
      { input: { title, leadUnitId: units.get(unit), startsOn: '2026-10-12', dueOn: '2026-11-20' } },
      staff,
    );
    const alert = {
      id: timeOrderedId(),
      rule: 'OVERDUE',
      subjectType: 'TASK',
      subjectId: task.id,
      unitId: units.get(unit)!,
      period: 'due',
      level,
      status: 'OPEN',
      message: `「${task.code} ${title}」已逾期未完成`,
      detail: {},
      firedAt: new Date('2026-11-20T18:00:00+08:00'),
      escalatedAt: null,
      resolvedAt: null,
      acknowledgedAt: null,
      acknowledgedById: null,
      acknowledgementNote: null,
    } as const;
    await app.server.dataSource.getRepository(Alert).insert(alert);
    return { alertId: alert.id, task };
  };

  const issueInput = (alertId: string, extra: Record<string, unknown> = {}) => ({
    alertId,
    rectifyBy: '2026-12-18',
    leaderId,
    requirements: '立即组织整改，逐项销号，整改情况按周报送。',
    ...extra,
  });

  let first: IssuedOrder;

  it('issues a numbered order from an accountability alert and puts its rectification on the battle map', async () => {
    const { alertId, task } = await alertOn('扶贫项目资金专项检查', 'ACCOUNTABILITY');
    first = (
      await app.ok<{ issueSupervisionOrder: IssuedOrder }>(ISSUE, { input: issueInput(alertId) }, staff)
    ).issueSupervisionOrder;
    expect(first).toMatchObject({
      number: '桂纪专督〔2026〕1号',
      year: 2026,
      matter: `${task.code} 扶贫项目资金专项检查`,
      rectifyBy: '2026-12-18',
      unit: { code: 'ziyuan', name: '资源县' },
      leader: { username: 'leader' },
      issuedBy: { username: 'staff' },
      alert: { id: alertId, level: 'ACCOUNTABILITY' },
      task: {
        code: 'DB-2026-001',
        title: `督办：${task.code} 扶贫项目资金专项检查`,
        dueOn: '2026-12-18',
        leadUnit: { code: 'ziyuan' },
        leadLeader: '市纪委 李书记',
      },
    });
    // Starts today (2026-11-25) with nothing reported: the battle map's rules say on track.
    expect(first.status).toBe('ON_TRACK');

    const { battleMap } = await app.ok<{
      battleMap: { rows: { task: { code: string; title: string; status: string } }[] };
    }>('{ battleMap { rows { task { code title status } } } }', {}, staff);
    expect(battleMap.rows.map((r) => r.task)).toContainEqual({
      code: 'DB-2026-001',
      title: first.task.title,
      status: 'ON_TRACK',
    });

    const auditor = await app.login('auditor');
    const { auditEvents } = await app.ok<{ auditEvents: { action: string; actor: { username: string } }[] }>(
      'query ($id: ID) { auditEvents(entityId: $id) { action actor { username } } }',
      { id: first.id },
      auditor,
    );
    expect(auditEvents).toEqual([{ action: 'supervision.issue', actor: { username: 'staff' } }]);

    const { alerts } = await app.ok<{
      alerts: { id: string; supervisionOrder: { number: string } | null }[];
    }>(
      'query ($id: ID) { alerts(subjectId: $id) { id supervisionOrder { number } } }',
      { id: task.id },
      staff,
    );
    expect(alerts).toEqual([{ id: alertId, supervisionOrder: { number: '桂纪专督〔2026〕1号' } }]);
  });

  it('lists the leaders who may be named responsible', async () => {
    const { supervisionLeaders } = await app.ok<{ supervisionLeaders: { username: string }[] }>(
      '{ supervisionLeaders { username } }',
      {},
      staff,
    );
    // Every demo leader account, and nobody else (no staff, no reporters).
    expect(supervisionLeaders).toContainEqual({ username: 'leader' });
    expect(supervisionLeaders.map((u) => u.username)).not.toContain('staff');
    expect(supervisionLeaders.map((u) => u.username)).not.toContain('ziyuan');
  });

  it('issues one order per alert, numbers them in sequence, and only from accountability alerts', async () => {
    const again = await app.errorOf(ISSUE, { input: issueInput(first.alert.id) }, staff);
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alertId' });
    expect(again.extensions.messageZh).toContain('桂纪专督〔2026〕1号');

    const warning = await alertOn('预警级任务', 'WARNING');
    const notYet = await app.errorOf(ISSUE, { input: issueInput(warning.alertId) }, staff);
    expect(notYet.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alertId' });

    const notALeader = await app.errorOf(
      ISSUE,
      {
        input: issueInput(first.alert.id, {
          leaderId: (await app.ok<{ me: { id: string } }>('{ me { id } }', {}, staff)).me.id,
        }),
      },
      staff,
    );
    expect(notALeader.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const { alertId } = await alertOn('临桂区问责事项', 'ACCOUNTABILITY', 'lingui');
    const pastDeadline = await app.errorOf(
      ISSUE,
      { input: issueInput(alertId, { rectifyBy: '2026-11-24' }) },
      staff,
    );
    expect(pastDeadline.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rectifyBy' });

    const { issueSupervisionOrder: second } = await app.ok<{ issueSupervisionOrder: IssuedOrder }>(
      ISSUE,
      { input: issueInput(alertId, { matter: '临桂区扶贫资金拨付滞后问题' }) },
      leader,
    );
    expect(second).toMatchObject({
      number: '桂纪专督〔2026〕2号',
      matter: '临桂区扶贫资金拨付滞后问题',
      task: { code: 'DB-2026-002', title: '督办：临桂区扶贫资金拨付滞后问题' },
    });

    const { supervisionOrders } = await app.ok<{ supervisionOrders: { number: string }[] }>(
      ORDERS,
      {},
      staff,
    );
    expect(supervisionOrders.map((o) => o.number)).toEqual(['桂纪专督〔2026〕2号', '桂纪专督〔2026〕1号']);
    const slipped = await app.ok<{ supervisionOrders: unknown[] }>(ORDERS, { status: 'SLIPPED' }, staff);
    expect(slipped.supervisionOrders).toEqual([]);
  });

  it('numbers orders issued at the same moment one after another, each once', async () => {
    // The fixtures one by one (createTask numbers its tasks itself); the orders all at once.
    const alerts = [];
    for (const title of ['并发一', '并发二', '并发三'])
      alerts.push(await alertOn(`${title}号问责事项`, 'ACCOUNTABILITY'));
    const issued = await Promise.all(
      [...alerts, alerts[0]].map(({ alertId }) =>
        app.gql<{ issueSupervisionOrder: IssuedOrder }>(ISSUE, { input: issueInput(alertId) }, staff),
      ),
    );
    const numbers = issued.flatMap((r) => (r.data ? [r.data.issueSupervisionOrder.number] : []));
    // Three new orders (3号–5号 after the two above); the same alert twice is refused once.
    expect(numbers.sort()).toEqual(['桂纪专督〔2026〕3号', '桂纪专督〔2026〕4号', '桂纪专督〔2026〕5号']);
    expect(issued.filter((r) => r.errors).map((r) => r.errors![0].extensions.field)).toEqual(['alertId']);
  });

  it('lets a reporter read only their unit’s orders and issue none', async () => {
    const ziyuan = await app.login('ziyuan');
    const { alertId } = await alertOn('填报员不可下发', 'ACCOUNTABILITY');
    await expect(app.errorOf(ISSUE, { input: issueInput(alertId) }, ziyuan)).resolves.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });

    const own = await app.ok<{ supervisionOrders: { number: string }[] }>(ORDERS, {}, ziyuan);
    // Their county's orders (1号 and the concurrent ones), not 临桂区's 2号.
    expect(own.supervisionOrders.map((o) => o.number)).toContain('桂纪专督〔2026〕1号');
    expect(own.supervisionOrders.map((o) => o.number)).not.toContain('桂纪专督〔2026〕2号');
    await expect(app.errorOf(ORDERS, { unitId: units.get('lingui') }, ziyuan)).resolves.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const lingui = await app.login('lingui');
    await expect(app.errorOf(ORDER, { id: first.id }, lingui)).resolves.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(app.ok(ORDER, { id: first.id }, ziyuan)).resolves.toEqual({
      supervisionOrder: {
        id: first.id,
        number: '桂纪专督〔2026〕1号',
        issuer: ['中共桂林市纪律检查委员会', '桂林市监察委员会', '专项治理办公室'],
      },
    });
  });

  it('renders the order as an official Word document', async () => {
    const { supervisionOrderDocument: file } = await app.ok<{ supervisionOrderDocument: FileDownload }>(
      DOCUMENT,
      { id: first.id },
      staff,
    );
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.filename).toBe('督办单-桂纪专督〔2026〕1号-资源县-20261125.docx');
    const text = documentText(Buffer.from(file.contentBase64, 'base64'));
    for (const phrase of [
      '中共桂林市纪律检查委员会',
      '专项治理办公室',
      '桂纪专督〔2026〕1号',
      '督 办 单',
      '资源县',
      first.matter,
      '二〇二六年十二月十八日',
      '市纪委 李书记',
      '立即组织整改，逐项销号，整改情况按周报送。',
      '二〇二六年十一月二十五日',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
