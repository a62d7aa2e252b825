// A bare graphql-ws (graphql-transport-ws) connection for the attack tests: no
// client library between the test and the wire, so the test sees exactly when
// the server acknowledges, what it sends, and the close code it ends with.
import WebSocket from 'ws';

export interface ServerMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface RawSocket {
  /** Resolves with the server's close code and reason, whoever closed. */
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Sends a `subscribe` message. */
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  /** The next message from the server; rejects if the socket closes first. */
  next(): Promise<ServerMessage>;
  close(): void;
}

/**
 * Opens a socket and sends `connection_init` with `payload`; resolves once the server
 * acknowledged, or rejects with the close code when it refused.
 */
export async function openRawSocket(
  httpUrl: string,
  payload: Record<string, unknown> | undefined,
  headers: Record<string, string> = {},
): Promise<RawSocket> {
  const ws = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
  const inbox: ServerMessage[] = [];
  const waiting: { resolve(m: ServerMessage): void; reject(e: unknown): void }[] = [];
  let closedWith: { code: number; reason: string } | undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      closedWith = { code, reason: reason.toString() };
      for (const waiter of waiting.splice(0)) waiter.reject(Object.assign(new Error('closed'), closedWith));
      resolve(closedWith);
    });
  });
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage;
    if (message.type === 'ping') {
      ws.send(JSON.stringify({ type: 'pong' }));
      return;
    }
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else inbox.push(message);
  });
  const socket: RawSocket = {
    closed,
    subscribe(id, query, variables = {}) {
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    },
    next() {
      const ready = inbox.shift();
      if (ready) return Promise.resolve(ready);
      if (closedWith) return Promise.reject(Object.assign(new Error('closed'), closedWith));
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    close() {
      ws.close();
    },
  };
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload }));
  const ack = await socket.next();
  if (ack.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${JSON.stringify(ack)}`);
  return socket;
}
