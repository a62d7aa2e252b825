// Serves the built web app (web/dist) at `/`: hashed assets cached for a year, index.html
// never cached, and any other GET that asks for HTML answered with index.html so the
// app's client-side routes (/members/…, /spaces/…) survive a reload. Pre-compressed
// .br/.gz files written by the build are sent to browsers that accept them.
// When the app was never built, the API still runs and `/` says how to build it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PACKAGE_ROOT } from '../../domain/packageRoot.js';

/** Found from the package's root, so that the compiled server in dist/ serves the same build. */
export const WEB_DIST_DIR = path.join(PACKAGE_ROOT, 'web', 'dist');

export interface WebOptions {
  /** The folder holding the built app (index.html and assets/). */
  root?: string;
}

const ONE_YEAR_S = 365 * 24 * 3600;
/** Paths the API owns: never answered with the app's HTML. */
const API_PATHS = ['/graphql', '/health', '/ready', '/metrics'];

function wantsAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '';
  if (API_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return false;
  if (pathname.startsWith('/assets/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .send({ error: 'Not Found', message: `Route ${request.method}:${request.url} not found` });
}

export async function webPlugin(app: FastifyInstance, opts: WebOptions = {}): Promise<void> {
  const root = path.resolve(opts.root ?? WEB_DIST_DIR);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `npm run build:web`; serving the API only');
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The Passerelle web app is not built. Run `npm run build:web`, then reload. GraphQL is at /graphql.',
        ),
    );
    return;
  }

  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, filePath) {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', hashed ? `public, max-age=${ONE_YEAR_S}, immutable` : 'no-cache');
    },
  });

  app.setNotFoundHandler((request, reply) => {
    if (!wantsAppPage(request)) return notFound(request, reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
