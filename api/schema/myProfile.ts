// Mutations a member makes on their own profile: fields, skills with levels,
// spaces, availability, languages and privacy. The rules and the writes are the
// use cases of services/profile/; here are the GraphQL shapes and the request's
// loader caches, refreshed with the member written.
import type { Member } from '../../domain/entities/member.js';
import { setPrivacy, setSkills, setSpaces, updateProfile } from '../../services/profile/editProfile.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { Availability, Visibility } from './profileTypes.js';
import { MemberRef } from './refs.js';
import { Language } from './scalars.js';

const OWN_PROFILE = { member: true } as const;

const ProfileInput = builder.inputType('ProfileInput', {
  description: 'Only the fields given change; null clears an optional field',
  fields: (t) => ({
    name: t.string(),
    bio: t.string({ description: 'At most 4000 characters' }),
    phone: t.string({ description: 'Never shown to other members' }),
    city: t.string(),
    country: t.string({ description: 'ISO 3166-1 alpha-2, e.g. "BE"' }),
    lat: t.float(),
    lon: t.float(),
    languages: t.stringList({ description: 'ISO 639-1 codes of languages you speak' }),
    preferredLanguage: t.field({ type: Language }),
    availability: t.field({ type: Availability }),
  }),
});

const SkillLevelInput = builder.inputType('SkillLevelInput', {
  fields: (t) => ({
    skill: t.string({ required: true, description: 'Slug of a skill of the taxonomy' }),
    level: t.int({ required: true, description: '1 (beginner) to 5 (expert)' }),
    years: t.int({ required: false, defaultValue: 0 }),
  }),
});

const PrivacyInput = builder.inputType('PrivacyInput', {
  fields: (t) => ({
    visibility: t.field({ type: Visibility, description: 'Who sees your profile' }),
    suggestForBids: t.boolean({ description: 'Suggest me for joint bids' }),
    suggestForMentoring: t.boolean({ description: 'Suggest me as a mentor or mentee' }),
    suggestForFilieres: t.boolean({ description: 'Let conseillers see me and invite me into filières' }),
  }),
});

/** GraphQL gives null for an omitted optional field in some clients; only present keys change. */
function present<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The member just written, primed in the request's loaders so the answer's fields read it. */
function written(context: RequestContext, member: Member): Member {
  context.loaders.member.clear(member.id).prime(member.id, member);
  context.loaders.memberSkills.clear(member.id);
  context.loaders.memberSpaceIds.clear(member.id);
  return member;
}

builder.mutationFields((t) => ({
  updateMyProfile: t.field({
    type: MemberRef,
    authScopes: OWN_PROFILE,
    args: { input: t.arg({ type: ProfileInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      written(context, await updateProfile(context, present(input))),
  }),
  setMySkills: t.field({
    type: MemberRef,
    description: 'Replaces your skills; every skill must be in the taxonomy',
    authScopes: OWN_PROFILE,
    args: { skills: t.arg({ type: [SkillLevelInput], required: true }) },
    resolve: async (_root, args, context) => written(context, await setSkills(context, args.skills)),
  }),
  setMySpaces: t.field({
    type: MemberRef,
    description: 'Replaces the spaces you work from',
    authScopes: OWN_PROFILE,
    args: { spaces: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => written(context, await setSpaces(context, args.spaces)),
  }),
  setMyPrivacy: t.field({
    type: MemberRef,
    description: 'Who sees your profile and what you may be suggested for',
    authScopes: OWN_PROFILE,
    args: { input: t.arg({ type: PrivacyInput, required: true }) },
    resolve: async (_root, { input }, context) => written(context, await setPrivacy(context, present(input))),
  }),
}));
