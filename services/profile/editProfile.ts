// A member editing their own profile: fields, skills with levels, spaces and
// privacy. Each use case validates everything first (BAD_USER_INPUT naming the
// field, nothing written) and writes in one transaction. A town typed without
// coordinates is placed by the offline gazetteer. The acting member edits
// their own profile only; the API's profile mutations are one call into here.
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
import { placeTown } from '../../domain/gazetteer.js';
import { parseInput, userText } from '../../domain/validation.js';
import type { MemberChanges } from '../../graph/repositories/memberRepository.js';
import type { Services } from '../services.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';

type ProfileServices = Pick<Services, 'repositories'>;

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
type ProfileChanges = z.infer<typeof profileSchema>;

/** Fields every profile has: they may change but not be cleared. */
const REQUIRED_FIELDS = ['name', 'bio', 'languages', 'preferredLanguage', 'availability'] as const;

const skillsSchema = z
  .array(
    z.object({
      skill: z.string().max(64),
      level: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(5, 'must be ≤ 5'),
      years: z.number().int('must be a whole number').min(0, 'must be ≥ 0').max(80, 'must be ≤ 80'),
    }),
  )
  .max(60, 'must list at most 60 skills');

const spacesSchema = z.array(z.string().max(64)).max(20, 'must list at most 20 spaces');

const privacyChangesSchema = z
  .object({
    visibility: visibilitySchema,
    suggestForBids: z.boolean(),
    suggestForMentoring: z.boolean(),
    suggestForFilieres: z.boolean(),
  })
  .partial();

/** Only the keys given change; null clears an optional field. */
export async function updateProfile(context: UseCaseContext, raw: Record<string, unknown>): Promise<Member> {
  const { services } = context;
  const memberId = actingMemberId(context);
  for (const key of REQUIRED_FIELDS) {
    if (raw[key] === null) throw BadUserInputError.at(['input', key], 'cannot be null');
  }
  const changes = await placeTypedTown(services, memberId, parseInput(profileSchema, raw, ['input']));
  return services.repositories.members.update(memberId, changes as MemberChanges);
}

/**
 * A changed town given without coordinates moves the member's point to that
 * town (the gazetteer's, or none when the town is unknown or cleared), so the
 * member is found around the town they typed; given coordinates are kept, and
 * re-sending the same town leaves the point alone.
 */
async function placeTypedTown(
  services: ProfileServices,
  memberId: string,
  changes: ProfileChanges,
): Promise<ProfileChanges> {
  if (changes.city === undefined || changes.lat !== undefined) return changes;
  const current = await services.repositories.members.get(memberId);
  const country = changes.country === undefined ? (current?.country ?? null) : changes.country;
  if (current && current.city === changes.city && current.country === country) return changes;
  const town = changes.city ? placeTown(changes.city, country) : null;
  return { ...changes, lat: town?.lat ?? null, lon: town?.lon ?? null };
}

/** Replaces the member's skills; every skill must be in the taxonomy, once. */
export async function setSkills(context: UseCaseContext, raw: unknown): Promise<Member> {
  const { services } = context;
  const memberId = actingMemberId(context);
  const skills = parseInput(skillsSchema, raw, ['skills']);
  const problems = skills.flatMap((s, i) =>
    services.taxonomy.has(s.skill)
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
  return services.repositories.members.update(memberId, { skills });
}

/** Replaces the spaces the member works from; every space must exist, once. */
export async function setSpaces(context: UseCaseContext, raw: unknown): Promise<Member> {
  const { services } = context;
  const memberId = actingMemberId(context);
  const spaces = parseInput(spacesSchema, raw, ['spaces']);
  const known = await Promise.all(spaces.map((id) => services.repositories.spaces.get(id)));
  const problems = spaces.flatMap((id, i) =>
    known[i] ? [] : [{ path: ['spaces', i], message: `unknown space "${id}"` }],
  );
  if (new Set(spaces).size !== spaces.length)
    problems.push({ path: ['spaces'], message: 'lists a space twice' });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return services.repositories.members.update(memberId, { spaces });
}

/** Changes the privacy choices given, keeping the others. */
export async function setPrivacy(context: UseCaseContext, raw: Record<string, unknown>): Promise<Member> {
  const { services } = context;
  const memberId = actingMemberId(context);
  const given = parseInput(privacyChangesSchema, raw, ['input']);
  for (const [key, value] of Object.entries(given)) {
    if (value === null) throw BadUserInputError.at(['input', key], 'cannot be null');
  }
  const current = await services.repositories.members.get(memberId);
  if (!current) throw new ForbiddenError('Your account has no member profile');
  return services.repositories.members.update(memberId, { privacy: { ...current.privacy, ...given } });
}
