// GET /health answers while the process runs; GET /ready answers 200 only when
// every store the app depends on is reachable, 503 otherwise, naming the failing ones.
import type { FastifyInstance } from 'fastify';

export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

export interface HealthOptions {
  checks: ReadinessCheck[];
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
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', stores });
  });
}
