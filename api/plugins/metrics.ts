// Prometheus metrics: process defaults, HTTP request durations by route and
// status, and a registry other plugins add their own metrics to (`app.metrics`).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
  }
}

async function metrics(app: FastifyInstance): Promise<void> {
  // One registry per app, so tests can build several apps in one process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'passerelle_' });
  const httpDuration = new Histogram({
    name: 'passerelle_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.decorate('metrics', registry);

  app.addHook('onResponse', async (request, reply) => {
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}

export const metricsPlugin = fp(metrics, { name: 'passerelle-metrics', fastify: '5.x' });
