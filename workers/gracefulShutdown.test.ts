import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { shutdownOnSignal } from './gracefulShutdown.js';
import { InProcessJobQueue } from './inProcess/inProcessJobQueue.js';
import type { JobContext } from './jobQueue.js';

const job = { source: '/data/a.csv', format: 'csv' as const, contentHash: 'hash-of-a-file' };

function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('shutdownOnSignal', () => {
  it('on SIGTERM, lets the running job finish, then closes the stores in order', async () => {
    const queue = new InProcessJobQueue();
    const started = gate();
    const finish = gate();
    const { id } = await queue.enqueue('import', job);
    const pool = await queue.startWorkers({
      import: async () => {
        started.open();
        await finish.promise;
        return 'done';
      },
    });
    const signals = new EventEmitter();
    const closed: string[] = [];
    const log: string[] = [];
    const stopped = shutdownOnSignal(pool, {
      source: signals,
      log: (m) => log.push(m),
      closeAfter: [async () => void closed.push('graph'), async () => void closed.push('queue')],
    });
    await started.promise;
    signals.emit('SIGTERM', 'SIGTERM');
    expect(closed).toEqual([]);
    finish.open();
    expect(await stopped).toBe('SIGTERM');
    expect(await queue.getJob(id)).toMatchObject({ state: 'completed', result: 'done' });
    expect(closed).toEqual(['graph', 'queue']);
    expect(log[0]).toMatch(/^SIGTERM: no new jobs/);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('releases a job that outlives the drain timeout, or on a second signal', async () => {
    for (const trigger of ['timeout', 'second signal'] as const) {
      const queue = new InProcessJobQueue();
      const started = gate();
      let aborted = false;
      const { id } = await queue.enqueue('import', job);
      const pool = await queue.startWorkers({
        import: async (context: JobContext<'import'>) => {
          started.open();
          context.signal.addEventListener('abort', () => {
            aborted = true;
          });
          await new Promise(() => {});
        },
      });
      const signals = new EventEmitter();
      const stopped = shutdownOnSignal(pool, {
        source: signals,
        drainTimeoutMs: trigger === 'timeout' ? 20 : 60_000,
      });
      await started.promise;
      signals.emit('SIGINT', 'SIGINT');
      if (trigger === 'second signal') signals.emit('SIGINT', 'SIGINT');
      expect(await stopped).toBe('SIGINT');
      expect(aborted).toBe(true);
      expect((await queue.getJob(id))?.state).toBe('waiting');
    }
  });
});
