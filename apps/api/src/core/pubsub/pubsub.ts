/** A named channel carrying one payload type, so publishers and subscribers cannot disagree. */
export interface Topic<T> {
  readonly name: string;
  /** Type carrier only; never set. */
  readonly payload?: T;
}

export const defineTopic = <T>(name: string): Topic<T> => ({ name });

/**
 * Publish/subscribe between the parts of the API (and, in scale-out mode, between processes).
 * In-memory by default; with REDIS_URL, Redis carries it, so subscribers on one process hear
 * what a sweep on another publishes.
 */
export interface PubSub {
  publish<T>(topic: Topic<T>, payload: T): Promise<void>;
  /** Every payload published after the call, until the iterator's return() is called. */
  asyncIterator<T>(topic: Topic<T>): AsyncIterableIterator<T>;
}

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Passes on the payloads a predicate accepts. A class rather than an async generator: return()
 * must reach the source at once, even while a next() is pending, or an unsubscribed client would
 * keep its listener until the next message.
 */
export class FilteredIterator<T> implements AsyncIterableIterator<T> {
  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly accept: (payload: T) => boolean | Promise<boolean>,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      const result = await this.source.next();
      if (result.done || (await this.accept(result.value))) return result;
    }
  }

  async return(): Promise<IteratorResult<T>> {
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
