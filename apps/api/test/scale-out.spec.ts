import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type RunningServer, startServer } from '../src/server.js';
import { testDialect } from './support/test-database.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// Scale-out (REDIS_URL): a sweep run on one API process reaches the live subscribers of another.
// On PostgreSQL a second server on the same database is the second process; the embedded SQLite
// database belongs to one process, so there the same process listens, through Redis all the same.
describe('scale-out with Redis: several API processes, one live feed', () => {
  let app: TestApp;
  let listening: RunningServer;

  beforeAll(async () => {
    app = await startTestApp({ env: { REDIS_URL } });
    listening =
      testDialect() === 'postgres'
        ? await startServer(app.config, { listen: false, logger: false })
        : app.server;
  }, 90_000);
  afterAll(async () => {
    if (listening !== app.server) await listening.close();
    await app.close();
  });

  it('tells a reporter subscribed on one process of the alerts a sweep on another fires', async () => {
    const client = createClient({
      url: listening.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await app.login('ziyuan')}` },
    });
    const heard: { unit: { code: string }; firedAt: string }[] = [];
    try {
      const first = new Promise<void>((resolve, reject) => {
        client.subscribe<{ alertFired: { unit: { code: string }; firedAt: string } }>(
          { query: 'subscription { alertFired { id level unit { code } firedAt } }' },
          {
            next: ({ data }) => {
              heard.push(data!.alertFired);
              resolve();
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      // Let the subscription reach Redis before the sweep publishes.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { runAlertSweep } = await app.ok<{ runAlertSweep: { fired: number } }>(
        'mutation { runAlertSweep(asOf: "2026-11-25T10:00:00+08:00") { fired } }',
        {},
        await app.login('staff'),
      );
      expect(runAlertSweep.fired).toBeGreaterThan(0);
      await first;
      expect(heard[0].unit.code).toBe('ziyuan');
      // A Date that crossed Redis: revived, so the scalar prints it as it would a local one.
      expect(heard[0].firedAt).toMatch(/^2026-11-25T10:00:00(\.000)?\+08:00$/);
    } finally {
      await client.dispose();
    }
  }, 90_000);
});
