// Turns a request's session token (Bearer header or cookie) into the Viewer
// the privacy policy and scope checks use.
import { ANONYMOUS, type Viewer } from '../../domain/policy/profileVisibility.js';
import { looksLikeToken, tokenDigest } from '../../services/accounts/secretTokens.js';
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

export async function authenticate(
  services: Services,
  found: { token: string; source: AuthSource } | null,
): Promise<AuthenticatedRequest> {
  if (!found || !looksLikeToken(found.token)) return NOT_AUTHENTICATED;
  const session = await services.sessions.findValid(tokenDigest(found.token));
  if (!session) return NOT_AUTHENTICATED;
  const account = await services.accounts.get(session.accountId);
  if (!account) return NOT_AUTHENTICATED;
  const spaceIds = account.memberId
    ? ((await services.repositories.memberBatches.spaceIds([account.memberId]))[0] ?? [])
    : [];
  return {
    viewer: {
      accountId: account.id,
      memberId: account.memberId,
      roles: account.roles,
      spaceIds,
      scopeFilieres: account.scopeFilieres,
      scopeSpaces: account.scopeSpaces,
    },
    session: { id: session.id, source: found.source },
  };
}
