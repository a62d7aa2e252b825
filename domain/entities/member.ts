import { z } from 'zod';
import { idSchema, slugSchema } from '../ids.js';
import { requiredSingleLineText, singleLineText, userText, withReason } from '../validation.js';
import {
  countrySchema,
  epochMsSchema,
  latitudeSchema,
  longitudeSchema,
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

/**
 * Handles a member may not take: words that name the service, its people or its routes (every top-level
 * route of the web app, tested in test/attack/inputs.test.ts), so that no profile passes for a page.
 */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'admin',
  'administrator',
  'root',
  'system',
  'api',
  'graphql',
  'graphiql',
  'health',
  'ready',
  'metrics',
  'me',
  'my',
  'settings',
  'support',
  'help',
  'contact',
  'about',
  'security',
  'privacy',
  'terms',
  'legal',
  'passerelle',
  'moderator',
  'staff',
  'team',
  'conseiller',
  'conseillers',
  'null',
  'undefined',
  'anonymous',
  'signin',
  'signup',
  'signout',
  'login',
  'logout',
  'register',
  'account',
  'accounts',
  'profile',
  'members',
  'member',
  'spaces',
  'skills',
  'filieres',
  'tenders',
  'bids',
  'suggestions',
  'mentoring',
  'search',
  'assets',
  'static',
  'www',
  'mail',
  'email',
  'webmaster',
  'postmaster',
  'abuse',
  'noreply',
]);

/** A member's handle: a slug that is not reserved. */
export const handleSchema = slugSchema.refine(
  (handle) => !RESERVED_HANDLES.has(handle),
  withReason('handle.reserved', 'is reserved; choose another handle'),
);

/** A person's name as the API and the import accept it: one line, no control or bidi characters. */
export const memberNameSchema = requiredSingleLineText(200);
export const cityNameSchema = singleLineText(120);

export const memberSchema = z.object({
  id: idSchema,
  /** Id in the cooperative's own member list, the key of idempotent imports. */
  externalId: z.string().max(128).nullable(),
  handle: handleSchema,
  name: memberNameSchema,
  email: z.email('must be a valid e-mail address').max(254),
  phone: z
    .string()
    .regex(/^\+?[0-9 ().-]{6,24}$/, 'must be a phone number')
    .nullable(),
  bio: userText(4000),
  city: cityNameSchema.nullable(),
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
