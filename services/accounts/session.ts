// Sessions: opening one after sign-up or sign-in, and ending one at sign-out.
// Sessions are server-side Session nodes keyed by the digest of a random
// token; the token goes to the client once (api/ puts it in the response body
// and an httpOnly cookie).
import type { Account } from '../../domain/entities/account.js';
import type { Services } from '../services.js';
import { newSecretToken, tokenDigest } from './secretTokens.js';
import { announceSessionsEnded } from './sessionsEnded.js';

export const SESSION_LIFETIME_MS = 14 * 24 * 3600 * 1000;

export interface IssuedSession {
  token: string;
  sessionId: string;
  expiresAt: number;
  account: Account;
}

export async function openSession(
  services: Pick<Services, 'sessions'>,
  account: Account,
  now: number,
): Promise<IssuedSession> {
  const token = newSecretToken();
  const sessionId = tokenDigest(token);
  const expiresAt = now + SESSION_LIFETIME_MS;
  await services.sessions.create({ id: sessionId, accountId: account.id, createdAt: now, expiresAt });
  return { token, sessionId, expiresAt, account };
}

/** Revokes the session and tells every API instance to close the sockets opened with the account. */
export async function signOut(
  services: Pick<Services, 'sessions' | 'events'>,
  sessionId: string,
  accountId: string | null,
): Promise<void> {
  await services.sessions.revoke(sessionId);
  if (accountId) await announceSessionsEnded(services, [accountId]);
}
