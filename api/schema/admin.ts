// Admin-only fields: the accounts (searchable), their roles and scopes (audited) and the audit log.
import { z } from 'zod';
import type { AuditEvent } from '../../domain/entities/auditEvent.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import { parseInput } from '../../domain/validation.js';
import { recordAction } from '../../services/audit/recordAction.js';
import { AccountRef, Role } from './account.js';
import { builder } from './builder.js';
import { resolvePagedConnection } from './offsetPage.js';
import { DateTime } from './scalars.js';

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'One conseiller or admin action (returned only by auditEvents, for admins)',
  authScopes: { admin: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    actorId: t.exposeString('actorId', { description: 'Account id, or "erased"' }),
    action: t.exposeString('action'),
    targetKind: t.exposeString('targetKind'),
    targetId: t.exposeString('targetId'),
    at: t.field({ type: DateTime, resolve: (e) => e.at }),
    details: t.exposeString('details', { description: 'JSON without personal data' }),
  }),
});

const scopeListSchema = z.array(z.string().max(64)).max(100);

builder.queryFields((t) => ({
  auditEvents: t.connection({
    type: AuditEventRef,
    description: 'Admins: the audit log, newest first',
    authScopes: { admin: true },
    args: { action: t.arg.string({ required: false }) },
    resolve: async (_root, args, context) => {
      return resolvePagedConnection(
        args,
        (page) => context.services.audit.list(page, args.action ? { action: args.action } : {}),
        50,
      );
    },
  }),
  accounts: t.connection({
    type: AccountRef,
    description: 'Admins: accounts whose e-mail contains `search` (all when empty), by e-mail',
    authScopes: { admin: true },
    args: { search: t.arg.string({ required: false }) },
    resolve: async (_root, args, context) => {
      const search = parseInput(z.string().max(200), args.search ?? '', ['search']);
      return resolvePagedConnection(args, (page) => context.services.accounts.search(search, page));
    },
  }),
  account: t.field({
    type: AccountRef,
    nullable: true,
    description: 'Admins: an account by e-mail',
    authScopes: { admin: true },
    args: { email: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.services.accounts.getByEmail(args.email),
  }),
}));

builder.mutationFields((t) => ({
  setRoles: t.field({
    type: AccountRef,
    description: 'Admins: set the roles of an account and the filières and spaces it is scoped to (audited)',
    authScopes: { admin: true },
    args: {
      email: t.arg.string({ required: true }),
      roles: t.arg({ type: [Role], required: true }),
      scopeFilieres: t.arg.stringList({ required: false, defaultValue: [] }),
      scopeSpaces: t.arg.stringList({ required: false, defaultValue: [] }),
    },
    resolve: async (_root, args, context) => {
      const account = await context.services.accounts.getByEmail(args.email);
      if (!account) throw new NotFoundError('Account', args.email);
      if (args.roles.length === 0) throw BadUserInputError.at(['roles'], 'must hold at least one role');
      const scopeFilieres = parseInput(scopeListSchema, args.scopeFilieres ?? [], ['scopeFilieres']);
      const scopeSpaces = parseInput(scopeListSchema, args.scopeSpaces ?? [], ['scopeSpaces']);
      const [filieres, spaces] = await Promise.all([
        Promise.all(scopeFilieres.map((id) => context.loaders.filiere.load(id))),
        Promise.all(scopeSpaces.map((id) => context.loaders.space.load(id))),
      ]);
      const problems = [
        ...scopeFilieres.flatMap((id, i) =>
          filieres[i] ? [] : [{ path: ['scopeFilieres', i], message: `unknown filière "${id}"` }],
        ),
        ...scopeSpaces.flatMap((id, i) =>
          spaces[i] ? [] : [{ path: ['scopeSpaces', i], message: `unknown space "${id}"` }],
        ),
      ];
      if (problems.length > 0) throw new BadUserInputError(problems);
      const roles = [...new Set(args.roles)];
      const updated = await context.services.accounts.setScope(account.id, {
        roles,
        scopeFilieres,
        scopeSpaces,
      });
      await recordAction(
        context,
        'account.roles_changed',
        { kind: 'Account', id: account.id },
        {
          from: account.roles,
          roles,
          scopeFilieres,
          scopeSpaces,
        },
      );
      return updated;
    },
  }),
}));
