// Turns a request's session token (Bearer header or cookie) into the Viewer
// the privacy policy and scope checks use.
import { ANONYMOUS, type Viewer } from '../../domain/policy/profileVisibility.js';
import { looksLikeToken, tokenDigest } from '../../services/accounts/secretTokens.js';
import type { SessionCache } from '../../services/accounts/sessionCache.js';
import type { Services } from '../../services/services.js';
import type { AuthSource, RequestSession } from '../context.js';

export const SESSION_COOKIE = 'passerelle_session';

export interface AuthenticatedRequest {
  viewer: Viewer;
  session: RequestSession | null;
}

export const NOT_AUTHENTICATED: AuthenticatedRequest = { viewer: ANONYMOUS, session: null };

/** The token and where it came from; a Bearer header wins over the cookie. */
export function requestToken(
  authorization: string | undefined,
  cookie: string | undefined,
): { token: string; source: AuthSource } | null {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, source: 'bearer' };
  if (cookie) return { token: cookie, source: 'cookie' };
  return null;
}

/**
 * The viewer of a token. With a cache (HTTP requests), the session and viewer come from memory
 * when they can (services/accounts/sessionCache.ts says how revocation reaches it); without one, from the
 * store every time.
 */
export async function authenticate(
  services: Services,
  found: { token: string; source: AuthSource } | null,
  cache?: SessionCache,
): Promise<AuthenticatedRequest> {
  if (!found || !looksLikeToken(found.token)) return NOT_AUTHENTICATED;
  const digest = tokenDigest(found.token);
  const findValid = (id: string) => services.sessions.findValid(id);
  const session = cache ? await cache.session(digest, findValid) : await findValid(digest);
  if (!session) return NOT_AUTHENTICATED;
  const load = () => loadViewer(services, session.accountId);
  const viewer = cache ? await cache.viewer(session.accountId, load) : await load();
  if (!viewer) return NOT_AUTHENTICATED;
  return { viewer, session: { id: session.id, source: found.source } };
}

/** The viewer of an account: its roles and scopes, and the spaces its member works from. */
async function loadViewer(services: Services, accountId: string): Promise<Viewer | null> {
  const account = await services.accounts.get(accountId);
  if (!account) return null;
  const spaceIds = account.memberId
    ? ((await services.repositories.memberBatches.spaceIds([account.memberId]))[0] ?? [])
    : [];
  return {
    accountId: account.id,
    memberId: account.memberId,
    roles: account.roles,
    spaceIds,
    scopeFilieres: account.scopeFilieres,
    scopeSpaces: account.scopeSpaces,
  };
}
