// Mutations a member makes on their own profile: fields, skills with levels,
// spaces, availability, languages and privacy. Each validates everything first
// (BAD_USER_INPUT naming the field, nothing written) and writes in one transaction.
import { z } from 'zod';
import {
  countrySchema,
  latitudeSchema,
  longitudeSchema,
  spokenLanguageSchema,
  uiLanguageSchema,
} from '../../domain/entities/common.js';
import {
  availabilitySchema,
  cityNameSchema,
  type Member,
  memberNameSchema,
  visibilitySchema,
} from '../../domain/entities/member.js';
import { BadUserInputError, ForbiddenError } from '../../domain/errors.js';
import { parseInput, userText } from '../../domain/validation.js';
import type { MemberChanges } from '../../graph/repositories/memberRepository.js';
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

const profileSchema = z
  .object({
    name: memberNameSchema,
    bio: userText(4000),
    phone: z
      .string()
      .regex(/^\+?[0-9 ().-]{6,24}$/, 'must be a phone number')
      .nullable(),
    city: cityNameSchema.nullable(),
    country: countrySchema.nullable(),
    lat: latitudeSchema.nullable(),
    lon: longitudeSchema.nullable(),
    languages: z.array(spokenLanguageSchema).max(20, 'must list at most 20 languages'),
    preferredLanguage: uiLanguageSchema,
    availability: availabilitySchema,
  })
  .partial()
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    message: 'lat and lon go together',
    path: ['lat'],
  });

const SkillLevelInput = builder.inputType('SkillLevelInput', {
  fields: (t) => ({
    skill: t.string({ required: true, description: 'Slug of a skill of the taxonomy' }),
    level: t.int({ required: true, description: '1 (beginner) to 5 (expert)' }),
    years: t.int({ required: false, defaultValue: 0 }),
  }),
});

const skillsSchema = z
  .array(
    z.object({
      skill: z.string().max(64),
      level: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(5, 'must be ≤ 5'),
      years: z.number().int('must be a whole number').min(0, 'must be ≥ 0').max(80, 'must be ≤ 80'),
    }),
  )
  .max(60, 'must list at most 60 skills');

const PrivacyInput = builder.inputType('PrivacyInput', {
  fields: (t) => ({
    visibility: t.field({ type: Visibility, description: 'Who sees your profile' }),
    suggestForBids: t.boolean({ description: 'Suggest me for joint bids' }),
    suggestForMentoring: t.boolean({ description: 'Suggest me as a mentor or mentee' }),
    suggestForFilieres: t.boolean({ description: 'Let conseillers see me and invite me into filières' }),
  }),
});

const privacySchema = z
  .object({
    visibility: visibilitySchema,
    suggestForBids: z.boolean(),
    suggestForMentoring: z.boolean(),
    suggestForFilieres: z.boolean(),
  })
  .partial();

/** The viewer's member id; admins without a profile cannot use these mutations. */
function ownMemberId(context: RequestContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}

/** GraphQL gives null for an omitted optional field in some clients; only present keys change. */
function present<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function update(context: RequestContext, changes: MemberChanges): Promise<Member> {
  const member = await context.services.repositories.members.update(ownMemberId(context), changes);
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
    resolve: (_root, { input }, context) => {
      const raw = present(input);
      for (const key of ['name', 'bio', 'languages', 'preferredLanguage', 'availability'] as const) {
        if (raw[key] === null) throw BadUserInputError.at(['input', key], 'cannot be null');
      }
      const changes = parseInput(profileSchema, raw, ['input']);
      return update(context, changes as MemberChanges);
    },
  }),
  setMySkills: t.field({
    type: MemberRef,
    description: 'Replaces your skills; every skill must be in the taxonomy',
    authScopes: OWN_PROFILE,
    args: { skills: t.arg({ type: [SkillLevelInput], required: true }) },
    resolve: (_root, args, context) => {
      const skills = parseInput(skillsSchema, args.skills, ['skills']);
      const problems = skills.flatMap((s, i) =>
        context.services.taxonomy.has(s.skill)
          ? []
          : [{ path: ['skills', i, 'skill'], message: `unknown skill "${s.skill}"` }],
      );
      const seen = new Set<string>();
      skills.forEach((s, i) => {
        if (seen.has(s.skill))
          problems.push({ path: ['skills', i, 'skill'], message: `"${s.skill}" is listed twice` });
        seen.add(s.skill);
      });
      if (problems.length > 0) throw new BadUserInputError(problems);
      return update(context, { skills });
    },
  }),
  setMySpaces: t.field({
    type: MemberRef,
    description: 'Replaces the spaces you work from',
    authScopes: OWN_PROFILE,
    args: { spaces: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, context) => {
      const spaces = parseInput(
        z.array(z.string().max(64)).max(20, 'must list at most 20 spaces'),
        args.spaces,
        ['spaces'],
      );
      const known = await Promise.all(spaces.map((id) => context.loaders.space.load(id)));
      const problems = spaces.flatMap((id, i) =>
        known[i] ? [] : [{ path: ['spaces', i], message: `unknown space "${id}"` }],
      );
      if (new Set(spaces).size !== spaces.length)
        problems.push({ path: ['spaces'], message: 'lists a space twice' });
      if (problems.length > 0) throw new BadUserInputError(problems);
      return update(context, { spaces });
    },
  }),
  setMyPrivacy: t.field({
    type: MemberRef,
    description: 'Who sees your profile and what you may be suggested for',
    authScopes: OWN_PROFILE,
    args: { input: t.arg({ type: PrivacyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const given = parseInput(privacySchema, present(input), ['input']);
      for (const [key, value] of Object.entries(given)) {
        if (value === null) throw BadUserInputError.at(['input', key], 'cannot be null');
      }
      const current = await context.services.repositories.members.get(ownMemberId(context));
      if (!current) throw new ForbiddenError('Your account has no member profile');
      return update(context, { privacy: { ...current.privacy, ...given } });
    },
  }),
}));
