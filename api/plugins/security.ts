// Security headers (helmet) and rate limiting. The CSP allows what GraphiQL
// (loaded from unpkg when enabled) and a same-origin single-page app need; the
// rate limit counts per account when signed in, per IP otherwise, in Redis when
// REDIS_URL is set (so every API instance shares the counts), in memory otherwise.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

export interface SecurityOptions {
  /** GraphiQL served: its scripts and styles come from unpkg. */
  graphiql: boolean;
  production: boolean;
  rateLimit: { max: number; timeWindowMs: number };
  redisUrl?: string | undefined;
}

const GRAPHIQL_CDN = 'https://unpkg.com';

async function security(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  const cdn = opts.graphiql ? [GRAPHIQL_CDN] : [];
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...(opts.graphiql ? ["'unsafe-inline'", ...cdn] : [])],
        styleSrc: ["'self'", "'unsafe-inline'", ...cdn],
        imgSrc: ["'self'", 'data:', ...cdn],
        fontSrc: ["'self'", 'data:', ...cdn],
        connectSrc: ["'self'", 'ws:', 'wss:', ...cdn],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: opts.production ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: opts.production,
  });

  const redis = opts.redisUrl
    ? new Redis(opts.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  if (redis) app.addHook('onClose', async () => void (await redis.quit()));
  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimit.max,
    timeWindow: opts.rateLimit.timeWindowMs,
    hook: 'preHandler',
    ...(redis ? { redis, nameSpace: 'passerelle-rate:' } : {}),
    // Signed-in clients are counted per account (one account behind many IPs still has one budget).
    keyGenerator: (request) =>
      request.auth.viewer.accountId ? `account:${request.auth.viewer.accountId}` : `ip:${request.ip}`,
    allowList: (request) => request.url === '/health' || request.url === '/ready',
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      errors: [
        {
          message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(context.ttl / 1000) },
        },
      ],
    }),
  });
}

export const securityPlugin = fp(security, {
  name: 'passerelle-security',
  fastify: '5.x',
  dependencies: ['passerelle-session'],
});
