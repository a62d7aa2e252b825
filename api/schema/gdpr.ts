// The member's rights of access and erasure (exportMyData, eraseMe), and the
// same for admins acting on a member (audited).
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { exportMember } from '../../graph/exportMember.js';
import { recordAction } from '../../services/audit/recordAction.js';
import type { RequestContext } from '../context.js';
import { eraseMember } from '../gdpr/eraseMember.js';
import { builder } from './builder.js';
import { JSONScalar } from './scalars.js';

async function memberIdByHandle(context: RequestContext, handle: string): Promise<string> {
  const member = await context.services.repositories.members.getByHandle(handle);
  if (!member) throw new NotFoundError('Member', handle);
  return member.id;
}

builder.queryFields((t) => ({
  exportMyData: t.field({
    type: JSONScalar,
    description: 'Everything Passerelle stores about you, as JSON (your right of access)',
    authScopes: { member: true },
    resolve: (_root, _args, context) => {
      if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
      return exportMember(context.services.graph, context.viewer.memberId);
    },
  }),
  exportMemberData: t.field({
    type: JSONScalar,
    description: 'Admins: everything stored about a member (audited)',
    authScopes: { admin: true },
    args: { handle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = await memberIdByHandle(context, args.handle);
      const data = await exportMember(context.services.graph, id);
      await recordAction(context, 'member.exported', { kind: 'Member', id });
      return data;
    },
  }),
}));

builder.mutationFields((t) => ({
  eraseMe: t.boolean({
    description: 'Erases your profile, account and everything linked to you. Give your handle to confirm.',
    authScopes: { member: true },
    args: { confirmHandle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const memberId = context.viewer.memberId;
      if (!memberId) throw new ForbiddenError('Your account has no member profile');
      const member = await context.services.repositories.members.get(memberId);
      if (member?.handle !== args.confirmHandle) {
        throw BadUserInputError.at(['confirmHandle'], 'must be your handle');
      }
      await eraseMember(context.services, { memberId, by: 'self' });
      context.setSessionCookie(null);
      return true;
    },
  }),
  eraseMember: t.boolean({
    description: 'Admins: erases a member (audited, without their data)',
    authScopes: { admin: true },
    args: { handle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const memberId = await memberIdByHandle(context, args.handle);
      return eraseMember(context.services, {
        memberId,
        by: { adminAccountId: context.viewer.accountId ?? 'unknown' },
      });
    },
  }),
}));
