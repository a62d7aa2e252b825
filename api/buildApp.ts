// Assembles the Fastify app from its plugins. Tests build it the same way
// (with `inject()` or a real port); `passerelle start` listens with it.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Config } from '../domain/config.js';
import { LogMailPort } from '../messaging/mail/logMailPort.js';
import { SessionCache } from '../services/accounts/sessionCache.js';
import type { Services } from '../services/services.js';
import { registerQueueMetrics } from '../workers/queueMetrics.js';
import { API_QUEUES } from '../workers/queues.js';
import type { AuthenticatedRequest } from './auth/sessionViewer.js';
import type { RequestContext } from './context.js';
import { requestLanguage } from './language.js';
import { createLoaders } from './loaders.js';
import { errorLanguagePlugin } from './plugins/errorLanguage.js';
import { createGraphqlServer, graphqlPlugin } from './plugins/graphql.js';
import { healthPlugin, type ReadinessCheck } from './plugins/health.js';
import { metricsPlugin } from './plugins/metrics.js';
import { noticeUploadPlugin } from './plugins/noticeUpload.js';
import { queryLimitPlugins } from './plugins/queryLimits.js';
import { queueBoardPlugin } from './plugins/queueBoard.js';
import { searchSyncAfterMutation } from './plugins/searchSyncAfterMutation.js';
import { securityPlugin } from './plugins/security.js';
import { clearSessionCookie, sessionPlugin, setSessionCookie } from './plugins/session.js';
import { subscriptionsPlugin } from './plugins/subscriptions.js';
import { viewerRefreshAfterMutation } from './plugins/viewerRefresh.js';
import { webPlugin } from './plugins/web.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** Extra readiness checks (search index, queue) besides the graph store. */
  readinessChecks?: ReadinessCheck[];
  /** Pino logger options; false silences the log (tests). */
  logger?: boolean | { level: string };
  /** Requests per window per account (signed in) or per IP; default 600 a minute. */
  rateLimit?: { max: number; timeWindowMs: number };
}

const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_RATE_LIMIT = { max: 600, timeWindowMs: 60_000 };

/**
 * TRUST_PROXY as Fastify takes it. A hop count trusts that many proxies nearest the server
 * (Fastify alone would trust none for a number); addresses and ranges go to proxy-addr.
 */
function trustProxyOption(
  trust: Config['TRUST_PROXY'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const production = config.NODE_ENV === 'production';
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: MAX_BODY_BYTES,
    // X-Forwarded-For and friends count only from the proxies TRUST_PROXY names (none by default):
    // otherwise any client could pick the address the per-IP rate limit counts.
    trustProxy: trustProxyOption(config.TRUST_PROXY),
  });
  const mail = services.mail ?? new LogMailPort(app.log);

  await app.register(metricsPlugin);
  const sessionCache = new SessionCache(services.events);
  app.addHook('onClose', async () => sessionCache.close());
  await app.register(sessionPlugin, { services, cache: sessionCache });
  await app.register(securityPlugin, {
    graphiql: config.graphiql,
    production,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    redisUrl: config.REDIS_URL,
  });
  await app.register(healthPlugin, {
    checks: [
      { name: 'graph', check: () => services.graph.ping() },
      { name: 'search', check: () => services.search.ping() },
      ...(options.readinessChecks ?? []),
    ],
    workerCounts: async () => {
      const counts = await services.jobs.workerCounts();
      return Object.fromEntries(API_QUEUES.map((queue) => [queue, counts[queue]]));
    },
  });
  const contextOf = (
    request: FastifyRequest,
    auth: AuthenticatedRequest,
    setCookie: RequestContext['setSessionCookie'],
  ): RequestContext => ({
    services,
    viewer: auth.viewer,
    session: auth.session,
    language: requestLanguage(request),
    loaders: createLoaders(services.repositories, services.taxonomy),
    ip: request.ip,
    mail,
    setSessionCookie: setCookie,
  });
  // One pipeline for HTTP and WebSocket. Over WebSocket the session was chosen at connection
  // time and there is no response to set a cookie on.
  const yoga = createGraphqlServer<RequestContext>({
    schema,
    graphiql: config.graphiql,
    introspection: config.introspection,
    corsOrigins: config.CORS_ORIGINS,
    log: app.log,
    plugins: [
      ...queryLimitPlugins({ production }),
      viewerRefreshAfterMutation(sessionCache),
      errorLanguagePlugin({
        preferredLanguageOf: async (memberId) =>
          (await services.repositories.members.get(memberId))?.preferredLanguage ?? null,
      }),
      searchSyncAfterMutation(
        () => services.jobs,
        (error) => app.log.warn({ err: error }, 'search sync not queued'),
      ),
    ],
    context: ({ req, reply, auth }) =>
      contextOf(req, auth, (token, expiresAt) => {
        if (!reply) return;
        if (token === null || expiresAt === undefined) clearSessionCookie(reply);
        else setSessionCookie(reply, token, expiresAt, production);
      }),
  });
  await app.register(graphqlPlugin<RequestContext>, { yoga });
  await app.register(subscriptionsPlugin<RequestContext>, {
    yoga,
    services,
    corsOrigins: config.CORS_ORIGINS,
  });
  await app.register(noticeUploadPlugin, { services });
  await app.register(queueBoardPlugin, { jobs: services.jobs, redisUrl: config.REDIS_URL });
  const stopQueueMetrics = await registerQueueMetrics(app.metrics, services.jobs);
  app.addHook('onClose', async () => stopQueueMetrics());
  await app.register(webPlugin); // last: the built web app at /, or a hint when web/dist is missing
  return app;
}
