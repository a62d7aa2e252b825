// Accounts: sign-up, sign-in, sign-out, password change and reset, and `me`.
// Sign-in answers with a token (for `Authorization: Bearer`) and sets the same
// token as an httpOnly, SameSite session cookie.
import type { Account } from '../../domain/entities/account.js';
import { ROLES } from '../../domain/entities/account.js';
import { UnauthenticatedError } from '../../domain/errors.js';
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
} from '../../services/accounts/passwordChange.js';
import { type IssuedSession, signOut } from '../../services/accounts/session.js';
import { signIn } from '../../services/accounts/signIn.js';
import { signUp } from '../../services/accounts/signUp.js';
import { builder, PUBLIC } from './builder.js';
import { MemberRef } from './refs.js';
import { DateTime, Language } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';

export const Role = builder.enumType('Role', { values: upperCaseEnum(ROLES) });

export const AccountRef = builder.objectRef<Account>('Account').implement({
  description: 'A login: its roles and, for conseillers and space managers, their scope',
  // Reachable only from fields that return the viewer's own account (me, signIn, signUp) or that
  // admins alone may call (setRoles, accounts): those fields carry the rule.
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email', {
      description: 'Visible to the account holder and admins only (accounts are only returned to them)',
    }),
    roles: t.field({ type: [Role], resolve: (a) => a.roles }),
    scopeFilieres: t.exposeStringList('scopeFilieres', { description: 'Filières a conseiller animates' }),
    scopeSpaces: t.exposeStringList('scopeSpaces', {
      description: 'Spaces a conseiller or manager looks after',
    }),
    member: t.field({
      type: MemberRef,
      nullable: true,
      resolve: (a, _args, context) => (a.memberId ? context.loaders.member.load(a.memberId) : null),
    }),
    createdAt: t.field({ type: DateTime, resolve: (a) => a.createdAt }),
  }),
});

const SessionPayload = builder.objectRef<IssuedSession>('SessionPayload').implement({
  description:
    'A new session: send the token as `Authorization: Bearer <token>` (browsers also get a cookie)',
  authScopes: PUBLIC,
  fields: (t) => ({
    token: t.exposeString('token'),
    expiresAt: t.field({ type: DateTime, resolve: (s) => s.expiresAt }),
    account: t.field({ type: AccountRef, resolve: (s) => s.account }),
  }),
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: '10 to 200 characters' }),
    name: t.string({ required: true }),
    handle: t.string({
      description: 'Lowercase letters and digits with dashes; made from the name when omitted',
    }),
    preferredLanguage: t.field({ type: Language }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: AccountRef,
    nullable: true,
    description: 'The signed-in account; null for anonymous visitors',
    authScopes: PUBLIC,
    resolve: (_root, _args, context) =>
      context.viewer.accountId ? context.services.accounts.get(context.viewer.accountId) : null,
  }),
}));

builder.mutationFields((t) => ({
  signUp: t.field({
    type: SessionPayload,
    description: 'Creates your member profile and account, and signs you in',
    authScopes: PUBLIC,
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const issued = await signUp(context.services, {
        email: input.email,
        password: input.password,
        name: input.name,
        ...(input.handle ? { handle: input.handle } : {}),
        ...(input.preferredLanguage ? { preferredLanguage: input.preferredLanguage } : {}),
      });
      context.setSessionCookie(issued.token, issued.expiresAt);
      return issued;
    },
  }),
  signIn: t.field({
    type: SessionPayload,
    description: 'Five wrong passwords for one e-mail lock it for 15 minutes',
    authScopes: PUBLIC,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const issued = await signIn(context.services, args);
      context.setSessionCookie(issued.token, issued.expiresAt);
      return issued;
    },
  }),
  signOut: t.boolean({
    description: 'Revokes the current session',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, context) => {
      if (!context.session) throw new UnauthenticatedError();
      await signOut(context.services, context.session.id, context.viewer.accountId);
      context.setSessionCookie(null);
      return true;
    },
  }),
  changePassword: t.boolean({
    description: 'Signs out every other session',
    authScopes: { signedIn: true },
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      if (!context.viewer.accountId) throw new UnauthenticatedError();
      await changePassword(context.services, context.viewer.accountId, context.session?.id ?? null, args);
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    description: 'Mails a one-hour reset code if the e-mail has an account; always answers true',
    authScopes: PUBLIC,
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await requestPasswordReset(context.services, context.mail, args.email);
      return true;
    },
  }),
  resetPassword: t.boolean({
    description: 'Sets a new password with a mailed code and signs out every session',
    authScopes: PUBLIC,
    args: { token: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await resetPassword(context.services, args);
      return true;
    },
  }),
}));
