// Sign-in: an e-mail and a password open a session, behind the sign-in guard
// (too many failures for one e-mail lock it for a while).
import { emailSchema } from '../../domain/entities/account.js';
import { UnauthenticatedError } from '../../domain/errors.js';
import { parseInput } from '../../domain/validation.js';
import { normaliseEmail } from '../../graph/repositories/accountRepository.js';
import type { Services } from '../services.js';
import { DECOY_HASH_PASSWORD, hashPassword, verifyPassword } from './passwords.js';
import { type IssuedSession, openSession } from './session.js';

let decoyHash: Promise<string> | undefined;

export async function signIn(
  services: Pick<Services, 'accounts' | 'sessions' | 'signInGuard'>,
  raw: { email: string; password: string },
  now = Date.now(),
): Promise<IssuedSession> {
  const email = normaliseEmail(parseInput(emailSchema, raw.email, ['email']));
  const keys = [`email:${email}`];
  await services.signInGuard.assertAllowed(keys);
  const account = await services.accounts.getByEmail(email);
  // Unknown e-mails cost the same scrypt work, so timing does not tell which accounts exist.
  decoyHash ??= hashPassword(DECOY_HASH_PASSWORD);
  const valid = await verifyPassword(raw.password, account?.passwordHash ?? (await decoyHash));
  if (!account || !valid) {
    await services.signInGuard.recordFailure(keys);
    throw new UnauthenticatedError('Wrong e-mail or password', { code: 'auth.wrongCredentials' });
  }
  await services.signInGuard.recordSuccess(keys);
  return openSession(services, account, now);
}
