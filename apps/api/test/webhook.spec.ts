import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '../src/core/config/app-config.js';
import { Task } from '../src/modules/task/task.entity.js';
import { WebhookDelivery } from '../src/modules/webhook/webhook-delivery.entity.js';
import { WebhookDispatcher } from '../src/modules/webhook/webhook-dispatcher.js';
import { signWebhookBody } from '../src/modules/webhook/webhook-signature.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SECRET = 'gateway-shared-secret-2026';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: {
    id: string;
    event: string;
    alert: { id: string; level: string; unit: { code: string }; message: string };
  };
}

/** A stand-in for the SMS / DingTalk gateway: records every post; answers 503 to the alerts told to fail. */
class Gateway {
  readonly received: Received[] = [];
  readonly failing = new Set<string>();
  private server!: Server;
  url = '';

  async start() {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const json = JSON.parse(body) as Received['json'];
        this.received.push({ headers: request.headers, body, json });
        response.statusCode = this.failing.has(json.alert.id) ? 503 : 200;
        response.end(response.statusCode === 200 ? 'ok' : 'busy');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/relay`;
  }

  for(alertId: string) {
    return this.received.filter((r) => r.json.alert.id === alertId);
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const SWEEP = `mutation ($asOf: DateTime) { runAlertSweep(asOf: $asOf) { fired escalated } }`;
const ALERTS = `query ($subjectId: ID) { alerts(subjectId: $subjectId, rule: MISSED_UPDATE) { id level period } }`;
const DELIVERIES = `query ($status: WebhookDeliveryStatus) {
  webhookDeliveries(status: $status, limit: 500) { id alertId event status attempts lastStatusCode lastError }
}`;

describe('the alert webhook: signed posts, retries with backoff, a delivery log', () => {
  const gateway = new Gateway();
  let app: TestApp;
  let admin: string;
  let dispatcher: WebhookDispatcher;
  let taskId: string;

  beforeAll(async () => {
    await gateway.start();
    app = await startTestApp({ env: { WEBHOOK_URL: gateway.url, WEBHOOK_SECRET: SECRET } });
    admin = await app.login('admin');
    dispatcher = app.server.app.get(WebhookDispatcher);
    const staff = await app.login('staff');
    const { units } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    const { createTask } = await app.ok<{ createTask: { id: string } }>(
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      {
        input: {
          title: '推送测试任务',
          leadUnitId: units.find((u) => u.code === 'ziyuan')!.id,
          startsOn: '2026-01-05',
          dueOn: '2026-03-31',
        },
      },
      staff,
    );
    taskId = createTask.id;
    await app.server.dataSource
      .getRepository(Task)
      .update({ id: taskId }, { createdAt: new Date('2026-01-02T09:00:00+08:00') });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await gateway.stop();
  });

  const sweep = async (asOf: string) => app.ok(SWEEP, { asOf }, await app.login('staff'));
  const alertOf = async () =>
    (
      await app.ok<{ alerts: { id: string; level: string }[] }>(
        ALERTS,
        { subjectId: taskId },
        await app.login('staff'),
      )
    ).alerts[0];
  const deliveriesOf = async (alertId: string) =>
    (
      await app.ok<{
        webhookDeliveries: {
          alertId: string;
          event: string;
          status: string;
          attempts: number;
          lastStatusCode: number | null;
        }[];
      }>(DELIVERIES, {}, admin)
    ).webhookDeliveries.filter((d) => d.alertId === alertId);

  it('posts a fired alert to the gateway, signed with the shared secret', async () => {
    await sweep('2026-01-09T19:00:00+08:00');
    const alert = await alertOf();
    expect(alert.level).toBe('REMINDER');
    expect(await deliveriesOf(alert.id)).toMatchObject([{ event: 'FIRED', status: 'PENDING', attempts: 0 }]);

    // Deliveries are queued at the app's (frozen) now, 2026-11-25 10:00, whatever instant the sweep replays.
    const at = new Date('2026-11-25T10:00:05+08:00');
    expect(await dispatcher.deliverDue(at)).toBeGreaterThan(0);
    const [post] = gateway.for(alert.id);
    expect(post.json).toMatchObject({
      event: 'FIRED',
      alert: { id: alert.id, level: 'REMINDER', unit: { code: 'ziyuan' } },
    });
    expect(post.json.alert.message).toContain('推送测试任务');
    const timestamp = Number(post.headers['x-lvze-timestamp']);
    expect(timestamp).toBe(Math.floor(at.getTime() / 1000));
    expect(post.headers['x-lvze-signature']).toBe(signWebhookBody(SECRET, timestamp, post.body));
    expect(post.headers['x-lvze-delivery']).toBe(post.json.id);
    expect(await deliveriesOf(alert.id)).toMatchObject([
      { status: 'DELIVERED', attempts: 1, lastStatusCode: 200 },
    ]);
    // Nothing is posted twice.
    await dispatcher.deliverDue(new Date('2026-11-25T10:30:00+08:00'));
    expect(gateway.for(alert.id)).toHaveLength(1);
  }, 60_000);

  it('retries a refused post after 1 minute, then 2, and logs each attempt', async () => {
    const alert = await alertOf();
    gateway.failing.add(alert.id);
    // Noon of the next working day: the same alert becomes a WARNING, a new change to relay.
    await sweep('2026-01-12T12:00:00+08:00');
    const at = new Date('2026-11-25T11:00:00+08:00');
    await dispatcher.deliverDue(at);
    const escalated = (await deliveriesOf(alert.id)).find((d) => d.event === 'ESCALATED')!;
    expect(escalated).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 503 });

    await dispatcher.deliverDue(new Date(at.getTime() + 50_000));
    expect(gateway.for(alert.id).filter((p) => p.json.event === 'ESCALATED')).toHaveLength(1);
    await dispatcher.deliverDue(new Date(at.getTime() + 61_000));
    expect(gateway.for(alert.id).filter((p) => p.json.event === 'ESCALATED')).toHaveLength(2);

    gateway.failing.delete(alert.id);
    await dispatcher.deliverDue(new Date(at.getTime() + 61_000 + 119_000));
    expect((await deliveriesOf(alert.id)).find((d) => d.event === 'ESCALATED')).toMatchObject({
      attempts: 2,
      status: 'PENDING',
    });
    await dispatcher.deliverDue(new Date(at.getTime() + 61_000 + 121_000));
    expect((await deliveriesOf(alert.id)).find((d) => d.event === 'ESCALATED')).toMatchObject({
      status: 'DELIVERED',
      attempts: 3,
      lastStatusCode: 200,
    });
  }, 60_000);

  it('gives up after 8 tries; an admin can queue it again, staff cannot', async () => {
    const alert = await alertOf();
    const repo = app.server.dataSource.getRepository(WebhookDelivery);
    const delivery = (await repo.findBy({ alertId: alert.id }))[0];
    await repo.update(
      { id: delivery.id },
      { status: 'PENDING', attempts: 7, nextAttemptAt: new Date('2026-02-01T00:00:00Z') },
    );
    gateway.failing.add(alert.id);
    await dispatcher.deliverDue(new Date('2026-02-01T00:00:01Z'));
    expect((await repo.findOneByOrFail({ id: delivery.id })).status).toBe('FAILED');

    const RETRY = `mutation ($id: ID!) { retryWebhookDelivery(id: $id) { status attempts } }`;
    expect((await app.errorOf(RETRY, { id: delivery.id }, await app.login('staff'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    const { retryWebhookDelivery } = await app.ok<{ retryWebhookDelivery: { status: string } }>(
      RETRY,
      { id: delivery.id },
      admin,
    );
    expect(retryWebhookDelivery.status).toBe('PENDING');
    expect((await app.errorOf(RETRY, { id: delivery.id }, admin)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });

    const { webhookStatus } = await app.ok<{
      webhookStatus: { configured: boolean; target: string; pending: number };
    }>('{ webhookStatus { configured target pending } }', {}, admin);
    expect(webhookStatus).toMatchObject({ configured: true, target: new URL(gateway.url).origin });
    expect(webhookStatus.pending).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('refuses to start with a webhook URL but no (or a short) secret', () => {
    expect(() => loadConfig({ WEBHOOK_URL: 'https://gw.example.cn/hook' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOK_URL: 'https://gw.example.cn/hook', WEBHOOK_SECRET: 'short' })).toThrow(
      /WEBHOOK_SECRET/,
    );
    expect(() => loadConfig({ WEBHOOK_URL: 'ftp://gw', WEBHOOK_SECRET: SECRET })).toThrow(/WEBHOOK_URL/);
    expect(loadConfig({}).webhook).toBeUndefined();
  });
});
