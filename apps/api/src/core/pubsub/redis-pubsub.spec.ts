import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FilteredIterator, defineTopic } from './pubsub.js';
import { RedisPubSub } from './redis-pubsub.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const TOPIC = defineTopic<{ unitId: string; firedAt: Date; message: string }>('alert.fired');

// Two instances stand for two API processes sharing one Redis.
describe('RedisPubSub (REDIS_URL scale-out)', () => {
  // A prefix of its own per run: parallel runs on one Redis never hear each other.
  const prefix = `lvze-test-${process.pid}-${Date.now()}:`;
  const sweeper = new RedisPubSub(REDIS_URL, prefix);
  const listener = new RedisPubSub(REDIS_URL, prefix);

  beforeAll(() => Promise.all([sweeper.ready(), listener.ready()]));
  afterAll(() => Promise.all([sweeper.close(), listener.close()]));

  it('delivers what one process publishes to another’s subscriber, dates as Dates', async () => {
    const ziyuan = new FilteredIterator(listener.asyncIterator(TOPIC), (alert) => alert.unitId === 'ziyuan');
    const pending = ziyuan.next();
    // The subscription is registered with Redis asynchronously; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const firedAt = new Date('2026-11-20T10:00:00.000Z');
    await sweeper.publish(TOPIC, { unitId: 'lingui', firedAt, message: '临桂区' });
    await sweeper.publish(TOPIC, { unitId: 'ziyuan', firedAt, message: '资源县 2026-W47 周进度未按时填报' });
    const { value } = await pending;
    expect(value).toEqual({ unitId: 'ziyuan', firedAt, message: '资源县 2026-W47 周进度未按时填报' });
    expect(value!.firedAt).toBeInstanceOf(Date);
    await ziyuan.return();
  }, 15_000);
});
