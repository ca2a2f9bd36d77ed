import { RedisPubSub as RedisEngine } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { PubSub, Topic } from './pubsub.js';

// Payloads cross Redis as JSON; instants (Date.toJSON) come back as Dates so resolvers see the
// same entity a local publish would have handed them.
const JSON_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const reviveInstants = (_key: string, value: unknown) =>
  typeof value === 'string' && JSON_INSTANT.test(value) ? new Date(value) : value;

/**
 * Pub/sub shared by every API process through Redis (REDIS_URL): a sweep in one process reaches
 * the graphql-ws subscribers of all of them. Channels are prefixed so one Redis can serve others.
 */
export class RedisPubSub implements PubSub {
  private readonly engine: RedisEngine;

  constructor(
    url: string,
    private readonly prefix = 'lvze:',
  ) {
    // One connection publishes, one listens: a subscribed Redis connection can do nothing else.
    const options = { maxRetriesPerRequest: null, lazyConnect: false };
    this.engine = new RedisEngine({
      publisher: new Redis(url, options),
      subscriber: new Redis(url, options),
      reviver: reviveInstants,
    });
  }

  publish<T>(topic: Topic<T>, payload: T): Promise<void> {
    return this.engine.publish(this.prefix + topic.name, payload);
  }

  asyncIterator<T>(topic: Topic<T>): AsyncIterableIterator<T> {
    return this.engine.asyncIterator<T>(this.prefix + topic.name) as unknown as AsyncIterableIterator<T>;
  }

  /** Resolves once both connections are ready (the subscriber is what a fresh process waits on). */
  async ready(): Promise<void> {
    await Promise.all(
      [this.engine.getPublisher(), this.engine.getSubscriber()].map(
        (client) =>
          new Promise<void>((resolve, reject) => {
            if ((client as Redis).status === 'ready') return resolve();
            client.once('ready', () => resolve());
            client.once('error', reject);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}
