// The member's rights of access and erasure (exportMyData, eraseMe), and the
// same for admins acting on a member (audited). Each field is one call into
// the use cases of services/gdpr/.
import { eraseMemberByHandle, eraseOwnProfile } from '../../services/gdpr/eraseMember.js';
import { exportMemberByHandle, exportOwnData } from '../../services/gdpr/exportMember.js';
import { builder } from './builder.js';
import { JSONScalar } from './scalars.js';

builder.queryFields((t) => ({
  exportMyData: t.field({
    type: JSONScalar,
    description: 'Everything Passerelle stores about you, as JSON (your right of access)',
    authScopes: { member: true },
    resolve: (_root, _args, context) => exportOwnData(context),
  }),
  exportMemberData: t.field({
    type: JSONScalar,
    description: 'Admins: everything stored about a member (audited)',
    authScopes: { admin: true },
    args: { handle: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => exportMemberByHandle(context, args.handle),
  }),
}));

builder.mutationFields((t) => ({
  eraseMe: t.boolean({
    description: 'Erases your profile, account and everything linked to you. Give your handle to confirm.',
    authScopes: { member: true },
    args: { confirmHandle: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await eraseOwnProfile(context, args.confirmHandle);
      context.setSessionCookie(null);
      return true;
    },
  }),
  eraseMember: t.boolean({
    description: 'Admins: erases a member (audited, without their data)',
    authScopes: { admin: true },
    args: { handle: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => eraseMemberByHandle(context, args.handle),
  }),
}));
