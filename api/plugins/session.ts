// Who is asking: reads the session token from `Authorization: Bearer` or the
// httpOnly session cookie, resolves it to a Viewer (request.auth), and guards
// cookie-authenticated requests against CSRF. A browser attaches the cookie to
// cross-site form posts, and to any fetch from another port of the same site
// (SameSite=Lax looks at the site, not the origin); but it cannot add a custom
// header or a JSON content type to a cross-origin request without a CORS
// preflight, and preflights are granted only to the origins listed in
// CORS_ORIGINS (api/plugins/graphql.ts: any other origin gets no CORS header,
// so neither the preflight nor reading a response succeeds). Hence: a cookie
// POST must carry the CSRF header or a JSON content type.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { SessionCache } from '../../services/accounts/sessionCache.js';
import type { Services } from '../../services/services.js';
import {
  type AuthenticatedRequest,
  authenticate,
  requestToken,
  SESSION_COOKIE,
} from '../auth/sessionViewer.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthenticatedRequest;
  }
}

export const CSRF_HEADER = 'x-passerelle-csrf';

export interface SessionOptions {
  services: Services;
  /** Sessions and viewers in memory (revoked through the event bus); without it, the store every time. */
  cache?: SessionCache;
}

async function session(app: FastifyInstance, opts: SessionOptions): Promise<void> {
  await app.register(cookie);
  // Fastify refuses object defaults on requests; every request sets its own in onRequest.
  app.decorateRequest('auth', null as unknown as AuthenticatedRequest);

  app.addHook('onRequest', async (request, reply) => {
    const found = requestToken(request.headers.authorization, request.cookies[SESSION_COOKIE]);
    const auth = await authenticate(opts.services, found, opts.cache);
    request.auth = auth;
    if (found?.source === 'cookie' && !auth.session) clearSessionCookie(reply);
    if (auth.session?.source === 'cookie' && request.method === 'POST' && !passesCsrfCheck(request)) {
      return reply.code(403).send({
        errors: [
          {
            message: `Cookie-authenticated requests must send the ${CSRF_HEADER} header or a JSON content type`,
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    }
  });
}

function passesCsrfCheck(request: FastifyRequest): boolean {
  if (request.headers[CSRF_HEADER] !== undefined) return true;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: number,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export const sessionPlugin = fp(session, { name: 'passerelle-session', fastify: '5.x' });
