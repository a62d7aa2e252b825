// Assembles the Fastify app from its plugins. Tests build it the same way
// (with `inject()` or a real port); `passerelle start` listens with it.
import Fastify, { type FastifyInstance } from 'fastify';
import { ANONYMOUS } from '../domain/policy/profileVisibility.js';
import type { RequestContext, Services } from './context.js';
import { requestLanguage } from './language.js';
import { createLoaders } from './loaders.js';
import { graphqlPlugin } from './plugins/graphql.js';
import { healthPlugin, type ReadinessCheck } from './plugins/health.js';
import { metricsPlugin } from './plugins/metrics.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** Extra readiness checks (search index, queue) besides the graph store. */
  readinessChecks?: ReadinessCheck[];
  /** Pino logger options; false silences the log (tests). */
  logger?: boolean | { level: string };
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: services.config.LOG_LEVEL },
    bodyLimit: MAX_BODY_BYTES,
  });

  await app.register(metricsPlugin);
  await app.register(healthPlugin, {
    checks: [{ name: 'graph', check: () => services.graph.ping() }, ...(options.readinessChecks ?? [])],
  });
  await app.register(graphqlPlugin<RequestContext>, {
    schema,
    graphiql: services.config.graphiql,
    introspection: services.config.introspection,
    context: (request) => ({
      services,
      viewer: ANONYMOUS,
      language: requestLanguage(request),
      loaders: createLoaders(services.repositories),
    }),
  });
  return app;
}
