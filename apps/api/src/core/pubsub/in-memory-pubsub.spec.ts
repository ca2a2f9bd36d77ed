import { describe, expect, it } from '@jest/globals';
import { InMemoryPubSub } from './in-memory-pubsub.js';
import { FilteredIterator, defineTopic } from './pubsub.js';

const TOPIC = defineTopic<{ n: number }>('test.topic');

describe('InMemoryPubSub', () => {
  it('delivers what is published after subscribing, in order, to every subscriber', async () => {
    const pubsub = new InMemoryPubSub();
    await pubsub.publish(TOPIC, { n: 0 });
    const a = pubsub.asyncIterator(TOPIC);
    const b = pubsub.asyncIterator(TOPIC);
    const pending = a.next();
    await pubsub.publish(TOPIC, { n: 1 });
    await pubsub.publish(TOPIC, { n: 2 });
    await expect(pending).resolves.toEqual({ value: { n: 1 }, done: false });
    await expect(a.next()).resolves.toEqual({ value: { n: 2 }, done: false });
    await expect(b.next()).resolves.toEqual({ value: { n: 1 }, done: false });
    expect(pubsub.listenerCount(TOPIC)).toBe(2);
  });

  it('unsubscribes on return(), ending a pending next() through a filter too', async () => {
    const pubsub = new InMemoryPubSub();
    const even = new FilteredIterator(pubsub.asyncIterator(TOPIC), (p) => p.n % 2 === 0);
    const pending = even.next();
    await pubsub.publish(TOPIC, { n: 1 });
    await pubsub.publish(TOPIC, { n: 4 });
    await expect(pending).resolves.toEqual({ value: { n: 4 }, done: false });
    const waiting = even.next();
    await even.return();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    expect(pubsub.listenerCount(TOPIC)).toBe(0);
  });
});
