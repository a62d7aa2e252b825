// Enums and small types of a member's profile and privacy, shared by the
// member type and the profile mutations.
import { AVAILABILITIES, type Privacy, VISIBILITIES } from '../../domain/entities/member.js';
import { builder, PUBLIC } from './builder.js';
import { upperCaseEnum } from './upperCaseEnum.js';

export const Availability = builder.enumType('Availability', { values: upperCaseEnum(AVAILABILITIES) });

export const Visibility = builder.enumType('Visibility', {
  description: 'Who sees a profile: the whole network, members of my spaces, or nobody',
  values: upperCaseEnum(VISIBILITIES),
});

export const PrivacyRef = builder.objectRef<Privacy>('PrivacySettings').implement({
  description: 'A member’s privacy choices (returned only to the member and admins, by Member.privacy)',
  authScopes: PUBLIC,
  fields: (t) => ({
    visibility: t.field({ type: Visibility, resolve: (p) => p.visibility }),
    suggestForBids: t.exposeBoolean('suggestForBids'),
    suggestForMentoring: t.exposeBoolean('suggestForMentoring'),
    suggestForFilieres: t.exposeBoolean('suggestForFilieres'),
  }),
});
