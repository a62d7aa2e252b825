// Graceful shutdown of a worker process on SIGTERM / SIGINT: stop taking jobs and
// let the running ones finish; if they take longer than the drain timeout, or a
// second signal arrives, release them back to the queue (another worker runs
// them) instead of waiting. Then close the stores and connections, in order.
import type { WorkerPool } from './jobQueue.js';

/** What delivers signals: the process, or an EventEmitter in tests. */
export interface SignalSource {
  on(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface GracefulShutdownOptions {
  /** How long running jobs may take to finish before they are released (default 25 s, under Kubernetes' 30 s). */
  drainTimeoutMs?: number;
  signals?: readonly NodeJS.Signals[];
  source?: SignalSource;
  log?: (message: string) => void;
  /** Run after the workers stopped, in order (stores, queue and bus connections). */
  closeAfter?: readonly (() => Promise<void>)[];
}

export const DEFAULT_DRAIN_TIMEOUT_MS = 25_000;

/** Resolves with the signal that stopped the pool, once everything is closed. */
export function shutdownOnSignal(
  pool: WorkerPool,
  options: GracefulShutdownOptions = {},
): Promise<NodeJS.Signals> {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const source = options.source ?? process;
  const log = options.log ?? (() => {});
  const drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  let stage: 'running' | 'draining' | 'releasing' = 'running';

  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const release = (why: string) => {
      if (stage !== 'draining') return;
      stage = 'releasing';
      log(`${why}: releasing the running jobs to the queue`);
      pool.close({ drain: false }).catch(reject);
    };
    const onSignal = (signal: NodeJS.Signals) => {
      if (stage !== 'running') {
        release(`${signal} again`);
        return;
      }
      stage = 'draining';
      log(`${signal}: no new jobs; waiting up to ${drainTimeoutMs} ms for the running ones`);
      timer = setTimeout(() => release(`still running after ${drainTimeoutMs} ms`), drainTimeoutMs);
      pool
        .close({ drain: true })
        .then(async () => {
          clearTimeout(timer);
          for (const close of options.closeAfter ?? []) await close();
          for (const s of signals) source.off(s, onSignal);
          log('stopped');
          resolve(signal);
        })
        .catch(reject);
    };
    for (const s of signals) source.on(s, onSignal);
  });
}
