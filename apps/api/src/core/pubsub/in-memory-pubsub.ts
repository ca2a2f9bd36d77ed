import type { PubSub, Topic } from './pubsub.js';

// A subscriber that stops reading must not hold memory without bound: the oldest payloads go first.
const MAX_BUFFERED = 1000;

class TopicIterator<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private closed = false;

  constructor(private readonly unsubscribe: (iterator: TopicIterator<T>) => void) {}

  push(payload: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value: payload, done: false });
    else if (this.buffered.push(payload) > MAX_BUFFERED) this.buffered.shift();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length) return Promise.resolve({ value: this.buffered.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.unsubscribe(this);
      this.buffered.length = 0;
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/** One process's subscribers; enough for the embedded, single-process deployment. */
export class InMemoryPubSub implements PubSub {
  private readonly subscribers = new Map<string, Set<TopicIterator<unknown>>>();

  publish<T>(topic: Topic<T>, payload: T): Promise<void> {
    for (const subscriber of this.subscribers.get(topic.name) ?? []) subscriber.push(payload);
    return Promise.resolve();
  }

  asyncIterator<T>(topic: Topic<T>): AsyncIterableIterator<T> {
    let subscribers = this.subscribers.get(topic.name);
    if (!subscribers) {
      subscribers = new Set();
      this.subscribers.set(topic.name, subscribers);
    }
    const iterator = new TopicIterator<T>((done) => {
      subscribers.delete(done as TopicIterator<unknown>);
      if (!subscribers.size) this.subscribers.delete(topic.name);
    });
    subscribers.add(iterator as TopicIterator<unknown>);
    return iterator;
  }

  /** Subscribers currently listening on a topic (for tests and health output). */
  listenerCount(topic: Topic<unknown>): number {
    return this.subscribers.get(topic.name)?.size ?? 0;
  }
}
