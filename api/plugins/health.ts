// GET /health answers while the process runs; GET /ready answers 200 only when
// every store the app depends on is reachable, 503 otherwise, naming the failing ones.
// It also reports the workers serving each job queue and warns about a queue that
// has none (its jobs would wait): not a 503, since separate workers may start after
// the API they depend on.
import type { FastifyInstance } from 'fastify';

export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

export interface HealthOptions {
  checks: ReadinessCheck[];
  /** Workers serving each queue (any process); undefined when the count cannot be read. */
  workerCounts?: () => Promise<Record<string, number>>;
}

async function queueReport(
  workerCounts: HealthOptions['workerCounts'],
): Promise<{ workers?: Record<string, number>; warnings?: string[] }> {
  if (!workerCounts) return {};
  const workers = await workerCounts().catch(() => undefined);
  if (!workers) return { warnings: ['the number of workers per queue could not be read'] };
  const idle = Object.entries(workers).filter(([, n]) => n === 0);
  return {
    workers,
    ...(idle.length > 0
      ? { warnings: idle.map(([queue]) => `no worker serves the ${queue} queue: its jobs wait`) }
      : {}),
  };
}

export async function healthPlugin(app: FastifyInstance, opts: HealthOptions): Promise<void> {
  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/ready', async (_request, reply) => {
    const results = await Promise.all(
      opts.checks.map(async ({ name, check }) => {
        try {
          return [name, await check()] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    const stores = Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'up' : 'down']));
    const ready = results.every(([, ok]) => ok);
    const queues = await queueReport(opts.workerCounts);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', stores, ...queues });
  });
}
