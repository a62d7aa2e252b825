// Sign-up: a new account with its member profile (default privacy with the
// suggestion consents off until ticked, the preferred language as the one spoken), and a session opened at once.
import { z } from 'zod';
import { type Account, emailSchema, passwordSchema } from '../../domain/entities/account.js';
import { uiLanguageSchema } from '../../domain/entities/common.js';
import { handleSchema, type Member, memberNameSchema, privacySchema } from '../../domain/entities/member.js';
import { handleFromName, newId } from '../../domain/ids.js';
import { parseInput } from '../../domain/validation.js';
import { normaliseEmail } from '../../graph/repositories/accountRepository.js';
import type { Services } from '../services.js';
import { hashPassword } from './passwords.js';
import { type IssuedSession, openSession } from './session.js';

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: memberNameSchema,
  handle: handleSchema.optional(),
  preferredLanguage: uiLanguageSchema.default('fr'),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export async function signUp(
  services: Pick<Services, 'accounts' | 'sessions'>,
  raw: SignUpInput,
  now = Date.now(),
): Promise<IssuedSession> {
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
