import { z } from 'zod';
import { idSchema, slugSchema } from '../ids.js';
import {
  countrySchema,
  epochMsSchema,
  latitudeSchema,
  longitudeSchema,
  nonEmptyText,
  spokenLanguageSchema,
  uiLanguageSchema,
} from './common.js';
import { hasSkillSchema } from './skill.js';

/** Who may see a member's profile. E-mail and phone are never visible to other members. */
export const VISIBILITIES = ['network', 'spaces', 'nobody'] as const;
export const visibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof visibilitySchema>;

export const AVAILABILITIES = ['available', 'limited', 'unavailable'] as const;
export const availabilitySchema = z.enum(AVAILABILITIES);
export type Availability = z.infer<typeof availabilitySchema>;

export const privacySchema = z.object({
  visibility: visibilitySchema.default('network'),
  suggestForBids: z.boolean().default(true),
  suggestForMentoring: z.boolean().default(true),
  suggestForFilieres: z.boolean().default(true),
});
export type Privacy = z.infer<typeof privacySchema>;

export const memberSchema = z.object({
  id: idSchema,
  /** Id in the cooperative's own member list, the key of idempotent imports. */
  externalId: z.string().max(128).nullable(),
  handle: slugSchema,
  name: nonEmptyText(200),
  email: z.email('must be a valid e-mail address').max(254),
  phone: z
    .string()
    .regex(/^\+?[0-9 ().-]{6,24}$/, 'must be a phone number')
    .nullable(),
  bio: z.string().max(4000, 'must be at most 4000 characters'),
  city: z.string().max(120).nullable(),
  country: countrySchema.nullable(),
  lat: latitudeSchema.nullable(),
  lon: longitudeSchema.nullable(),
  languages: z.array(spokenLanguageSchema).max(20),
  preferredLanguage: uiLanguageSchema,
  availability: availabilitySchema,
  privacy: privacySchema,
  /** When the member joined the cooperative: newcomers are recent. */
  joinedAt: epochMsSchema,
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** A member with the relationships an import or a seed brings along. */
export const memberRecordSchema = memberSchema.extend({
  skills: z.array(hasSkillSchema).max(60),
  spaces: z.array(z.string()).max(20),
  communities: z.array(z.string()).max(20),
  filieres: z.array(z.string()).max(20),
});
export type MemberRecord = z.infer<typeof memberRecordSchema>;

/** Members who joined less than this long ago count as newcomers. */
export const NEWCOMER_PERIOD_MS = 365 * 24 * 3600 * 1000;
