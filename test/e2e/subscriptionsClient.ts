// A graphql-ws client over a real WebSocket for the subscription tests and the
// live benchmark: no retries (a refused connection is an answer), and each
// subscription read as a queue of results the test awaits one by one.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface LiveSubscription<T> {
  /** The next result; rejects when the connection is closed or the server refuses the operation. */
  next(): Promise<LiveResult<T>>;
  /** Resolves once the server has ended the subscription. */
  readonly completed: Promise<void>;
  stop(): void;
}

export function liveClient(url: string, authorization?: string, headers?: Record<string, string>): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams: authorization ? { authorization } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const results: LiveResult<T>[] = [];
  const waiting: { resolve(r: LiveResult<T>): void; reject(e: unknown): void }[] = [];
  let failure: unknown;
  let markCompleted!: () => void;
  const completed = new Promise<void>((resolve) => {
    markCompleted = resolve;
  });
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        const r = result as LiveResult<T>;
        const waiter = waiting.shift();
        if (waiter) waiter.resolve(r);
        else results.push(r);
      },
      error: (error) => {
        failure = error;
        for (const waiter of waiting.splice(0)) waiter.reject(error);
        markCompleted();
      },
      complete: () => markCompleted(),
    },
  );
  return {
    next() {
      const ready = results.shift();
      if (ready) return Promise.resolve(ready);
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    completed,
    stop,
  };
}
