// Sign-up, sign-in, sign-out, password change and reset. Sessions are
// server-side Session nodes keyed by the digest of a random token; the token
// goes to the client once (response body and httpOnly cookie).
import { z } from 'zod';
import { type Account, passwordSchema } from '../../domain/entities/account.js';
import { uiLanguageSchema } from '../../domain/entities/common.js';
import { handleSchema, type Member, memberNameSchema, privacySchema } from '../../domain/entities/member.js';
import { BadUserInputError, UnauthenticatedError } from '../../domain/errors.js';
import { handleFromName, newId } from '../../domain/ids.js';
import { parseInput } from '../../domain/validation.js';
import { normaliseEmail } from '../../graph/repositories/accountRepository.js';
import type { Services } from '../../services/services.js';
import type { MailPort } from '../../workers/mail/mailPort.js';
import { DECOY_HASH_PASSWORD, hashPassword, verifyPassword } from './passwords.js';
import { looksLikeToken, newSecretToken, tokenDigest } from './secretTokens.js';
import { announceSessionsEnded } from './sessionsEnded.js';

export const SESSION_LIFETIME_MS = 14 * 24 * 3600 * 1000;
export const RESET_LIFETIME_MS = 3600 * 1000;

export interface IssuedSession {
  token: string;
  sessionId: string;
  expiresAt: number;
  account: Account;
}

const emailSchema = z.email('must be a valid e-mail address').max(254, 'must be at most 254 characters');

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: memberNameSchema,
  handle: handleSchema.optional(),
  preferredLanguage: uiLanguageSchema.default('fr'),
});
export type SignUpInput = z.input<typeof signUpSchema>;

let decoyHash: Promise<string> | undefined;

export async function signUp(services: Services, raw: SignUpInput, now = Date.now()): Promise<IssuedSession> {
  const input = parseInput(signUpSchema, raw, ['input']);
  const email = normaliseEmail(input.email);
  const memberId = newId('m');
  const member: Member = {
    id: memberId,
    externalId: null,
    // The id's tail as suffix, so two "Marie Dubois" never collide.
    handle: input.handle ?? handleFromName(input.name, memberId.slice(-6)),
    name: input.name,
    email,
    phone: null,
    bio: '',
    city: null,
    country: null,
    lat: null,
    lon: null,
    languages: [input.preferredLanguage],
    preferredLanguage: input.preferredLanguage,
    availability: 'available',
    // The schema's defaults, but suggestions are opt-in at sign-up (GDPR consent, issue 16):
    // nothing is suggested until the person ticks it.
    privacy: privacySchema.parse({
      suggestForBids: false,
      suggestForMentoring: false,
      suggestForFilieres: false,
    }),
    joinedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  const account: Account = {
    id: newId('acc'),
    email,
    passwordHash: await hashPassword(input.password),
    roles: ['member'],
    scopeFilieres: [],
    scopeSpaces: [],
    memberId,
    createdAt: now,
  };
  await services.accounts.createWithMember(account, member);
  return openSession(services, account, now);
}

export async function signIn(
  services: Services,
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

async function openSession(services: Services, account: Account, now: number): Promise<IssuedSession> {
  const token = newSecretToken();
  const sessionId = tokenDigest(token);
  const expiresAt = now + SESSION_LIFETIME_MS;
  await services.sessions.create({ id: sessionId, accountId: account.id, createdAt: now, expiresAt });
  return { token, sessionId, expiresAt, account };
}

export async function changePassword(
  services: Services,
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
  services: Services,
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
  services: Services,
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
