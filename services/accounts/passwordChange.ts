// A password changes two ways: the holder gives the current one, or a
// one-hour reset code mailed to the account's e-mail. Either way every other
// session of the account ends.
import { emailSchema, passwordSchema } from '../../domain/entities/account.js';
import { BadUserInputError, UnauthenticatedError } from '../../domain/errors.js';
import { parseInput } from '../../domain/validation.js';
import { normaliseEmail } from '../../graph/repositories/accountRepository.js';
import type { MailPort } from '../../messaging/mail/mailPort.js';
import type { Services } from '../services.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { looksLikeToken, newSecretToken, tokenDigest } from './secretTokens.js';
import { announceSessionsEnded } from './sessionsEnded.js';

export const RESET_LIFETIME_MS = 3600 * 1000;

type AccountServices = Pick<Services, 'accounts' | 'sessions' | 'events'>;

export async function changePassword(
  services: AccountServices,
  accountId: string,
  keepSessionId: string | null,
  raw: { currentPassword: string; newPassword: string },
): Promise<void> {
  const newPassword = parseInput(passwordSchema, raw.newPassword, ['newPassword']);
  const account = await services.accounts.get(accountId);
  if (!account) throw new UnauthenticatedError();
  if (!(await verifyPassword(raw.currentPassword, account.passwordHash))) {
    throw BadUserInputError.at(['currentPassword'], 'is not your current password', {
      code: 'auth.wrongCurrentPassword',
    });
  }
  await services.accounts.setPasswordHash(accountId, await hashPassword(newPassword));
  await services.sessions.revokeAllOf(accountId, keepSessionId ?? undefined);
  await announceSessionsEnded(services, [accountId]);
}

/** Mails a one-hour reset token when the e-mail has an account; says nothing either way. */
export async function requestPasswordReset(
  services: Pick<Services, 'accounts' | 'sessions'>,
  mail: MailPort,
  rawEmail: string,
  now = Date.now(),
): Promise<void> {
  const email = normaliseEmail(parseInput(emailSchema, rawEmail, ['email']));
  const account = await services.accounts.getByEmail(email);
  if (!account) return;
  const token = newSecretToken();
  const id = tokenDigest(token);
  await services.sessions.createReset({
    id,
    accountId: account.id,
    createdAt: now,
    expiresAt: now + RESET_LIFETIME_MS,
  });
  await mail.send({
    to: account.email,
    subject: 'Passerelle: reset your password',
    text: `Someone asked to reset the password of your Passerelle account. If it was you, use this code within one hour:\n\n${token}\n\nIf it was not you, ignore this mail.`,
    idempotencyKey: `password-reset:${id}`,
  });
}

export async function resetPassword(
  services: AccountServices,
  raw: { token: string; newPassword: string },
): Promise<void> {
  const newPassword = parseInput(passwordSchema, raw.newPassword, ['newPassword']);
  const accountId = looksLikeToken(raw.token)
    ? await services.sessions.consumeReset(tokenDigest(raw.token))
    : null;
  if (!accountId) throw BadUserInputError.at(['token'], 'is unknown, used or expired');
  await services.accounts.setPasswordHash(accountId, await hashPassword(newPassword));
  await services.sessions.revokeAllOf(accountId);
  await announceSessionsEnded(services, [accountId]);
}
