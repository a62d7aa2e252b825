// The member's rights of access and erasure (exportMyData, eraseMe), and the
// same for admins acting on a member (audited). The work is done by the
// use cases of services/gdpr/.
import { ForbiddenError } from '../../domain/errors.js';
import { recordAction } from '../../services/audit/recordAction.js';
import { eraseMember, eraseOwnProfile } from '../../services/gdpr/eraseMember.js';
import { exportMemberData } from '../../services/gdpr/exportMember.js';
import { memberIdByHandle } from '../../services/gdpr/memberIdByHandle.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { JSONScalar } from './scalars.js';

function ownMemberId(context: RequestContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}

builder.queryFields((t) => ({
  exportMyData: t.field({
    type: JSONScalar,
    description: 'Everything Passerelle stores about you, as JSON (your right of access)',
    authScopes: { member: true },
    resolve: (_root, _args, context) => exportMemberData(context.services, ownMemberId(context)),
  }),
  exportMemberData: t.field({
    type: JSONScalar,
    description: 'Admins: everything stored about a member (audited)',
    authScopes: { admin: true },
    args: { handle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = await memberIdByHandle(context.services, args.handle);
      const data = await exportMemberData(context.services, id);
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
      await eraseOwnProfile(context.services, ownMemberId(context), args.confirmHandle);
      context.setSessionCookie(null);
      return true;
    },
  }),
  eraseMember: t.boolean({
    description: 'Admins: erases a member (audited, without their data)',
    authScopes: { admin: true },
    args: { handle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) =>
      eraseMember(context.services, {
        memberId: await memberIdByHandle(context.services, args.handle),
        by: { adminAccountId: context.viewer.accountId ?? 'unknown' },
      }),
  }),
}));
