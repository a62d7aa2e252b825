// Signing in test users through the real API: accounts with given roles and
// scopes, linked to seeded members, and a mail port that keeps what it sends.
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../domain/entities/account.js';
import { newId } from '../../domain/ids.js';
import { LogMailPort } from '../../messaging/mail/logMailPort.js';
import { hashPassword } from '../../services/accounts/passwords.js';
import type { Services } from '../../services/services.js';
import { gql } from './apiFixture.js';

export const TEST_PASSWORD = 'correct horse battery';

/** A real LogMailPort whose logger keeps every message. */
export function recordingMail(): { port: LogMailPort; sent: { to: string; text: string }[] } {
  const sent: { to: string; text: string }[] = [];
  const port = new LogMailPort({
    info: (fields) => {
      const mail = fields.mail as { to: string };
      sent.push({ to: mail.to, text: String(fields.text) });
    },
  });
  return { port, sent };
}

let passwordHash: Promise<string> | undefined;

/** Creates an account for an existing member (or none), with roles and scope, and returns its bearer token. */
export async function accountFor(
  app: FastifyInstance,
  services: Services,
  spec: {
    email: string;
    memberId: string | null;
    roles: Role[];
    scopeFilieres?: string[];
    scopeSpaces?: string[];
  },
): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await services.accounts.create({
    id: newId('acc'),
    email: spec.email,
    passwordHash: await passwordHash,
    roles: spec.roles,
    scopeFilieres: spec.scopeFilieres ?? [],
    scopeSpaces: spec.scopeSpaces ?? [],
    memberId: spec.memberId,
    createdAt: Date.now(),
  });
  return signInToken(app, spec.email, TEST_PASSWORD);
}

export async function signInToken(app: FastifyInstance, email: string, password: string): Promise<string> {
  const res = await gql<{ signIn: { token: string } }>(
    app,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  if (!res.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return res.data.signIn.token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
