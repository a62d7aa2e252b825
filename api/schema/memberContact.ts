// What a signed-in member needs to reach another from their profile: whether
// that member offers mentoring now (open offer with a free place), so the
// profile can offer "ask as mentor". Anonymous visitors get null.
import { offersMentoring } from '../../services/mentoring/mentoringParticipation.js';
import { builder } from './builder.js';
import { MemberRef } from './refs.js';

builder.objectField(MemberRef, 'offersMentoring', (t) =>
  t.boolean({
    nullable: true,
    authScopes: { signedIn: true },
    unauthorizedResolver: () => null,
    description: 'True when the member has an open mentoring offer (signed-in viewers only, else null)',
    resolve: (member, _args, context) => offersMentoring(context, member.id),
  }),
);
