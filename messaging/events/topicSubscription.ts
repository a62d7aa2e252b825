// One subscriber's stream of events: a buffer between the bus pushing events and
// the consumer pulling them with `for await`. Both bus implementations use it.
import type { Subscription } from './eventBus.js';

/** A consumer that stops reading loses the oldest events beyond this many, never the newest. */
export const MAX_BUFFERED_EVENTS = 1000;

export class TopicSubscription<T> implements Subscription<T> {
  readonly ready: Promise<void>;
  private readonly buffer: T[] = [];
  private readonly waiting: ((result: IteratorResult<T, undefined>) => void)[] = [];
  private ended = false;

  constructor(
    ready: Promise<void>,
    private readonly release: () => void,
    private readonly maxBuffered = MAX_BUFFERED_EVENTS,
  ) {
    this.ready = ready;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  push(event: T): void {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) {
      waiter({ value: event, done: false });
      return;
    }
    this.buffer.push(event);
    if (this.buffer.length > this.maxBuffered) this.buffer.shift();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Ends the stream for the consumer and unregisters it from the bus. */
  return(): Promise<IteratorResult<T, undefined>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Ends the stream without calling back into the bus (used by the bus itself when it closes). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.buffer.length = 0;
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    this.release();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
