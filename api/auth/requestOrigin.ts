// Which browser origins the API trusts: its own, and those listed in
// CORS_ORIGINS. CORS grants (api/plugins/graphql.ts), the cookie check of
// WebSocket connections (api/plugins/subscriptions.ts) and the CSRF rule
// (api/plugins/session.ts) all ask here, so they cannot disagree.
import type { FastifyRequest } from 'fastify';

/** The `Origin` header names the host the request was sent to (the page comes from this server). */
export function isSameOrigin(request: FastifyRequest, origin: string): boolean {
  try {
    // request.host is the Host header, or X-Forwarded-Host when the proxy is trusted (TRUST_PROXY).
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

/** A cross-origin page listed in CORS_ORIGINS (exact match, as browsers send it). */
export function isListedOrigin(allowed: readonly string[], origin: string): boolean {
  return allowed.includes(origin);
}

/**
 * Whether the request may use the ambient session cookie: no Origin header (not a browser
 * page, so nothing ambient to abuse), this very origin, or a listed one.
 */
export function originMayUseCookie(request: FastifyRequest, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return isSameOrigin(request, origin) || isListedOrigin(allowed, origin);
}
