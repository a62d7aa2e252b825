// Search queries as the port accepts them, validated once with zod so that both
// adapters reject the same bad input with BAD_USER_INPUT naming the field.
import { z } from 'zod';
import { latitudeSchema, longitudeSchema, uiLanguageSchema } from '../domain/entities/common.js';
import { availabilitySchema } from '../domain/entities/member.js';
import { TENDER_STATUSES } from '../domain/entities/tender.js';
import { BadUserInputError } from '../domain/errors.js';
import { type Audience, audienceOf } from '../domain/policy/privacyRule.js';
import type { Viewer } from '../domain/policy/profileVisibility.js';
import { parseInput } from '../domain/validation.js';
import { queryWords } from './textAnalysis.js';

/**
 * Who is searching, decided by the caller from the session; the adapter turns
 * it into the privacy rule's audience (searchAudience) and applies the rule
 * (domain/policy/privacyRule.ts) inside the query, so totals and facet counts
 * never reveal a member the viewer may not see. Visitors (not signed in) see
 * no profile; members see 'network' profiles and 'spaces' ones of their
 * spaces; `includeHidden` (admins) sees all.
 */
export interface SearchVisibility {
  /** Spaces the viewer works from; null or [] when the viewer belongs to none (or is anonymous). */
  viewerSpaces: readonly string[] | null;
  includeHidden: boolean;
  /** False for a visitor who is not signed in. */
  signedIn: boolean;
}

export const MAX_QUERY_CHARACTERS = 200;
export const MAX_QUERY_WORDS = 12;
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;

export const MEMBER_FACETS = [
  'skill',
  'city',
  'space',
  'filiere',
  'community',
  'language',
  'availability',
] as const;
export const memberFacetSchema = z.enum(MEMBER_FACETS);
export type MemberFacet = z.infer<typeof memberFacetSchema>;

const textSchema = z
  .string()
  .max(MAX_QUERY_CHARACTERS, `must be at most ${MAX_QUERY_CHARACTERS} characters`)
  .refine((text) => queryWords(text).length <= MAX_QUERY_WORDS, {
    message: `must contain at most ${MAX_QUERY_WORDS} words`,
  })
  .default('');

const valueList = z.array(z.string().min(1, 'must not be empty').max(128)).max(50, 'at most 50 values');

export const geoRadiusSchema = z.object({
  lat: latitudeSchema,
  lon: longitudeSchema,
  radiusKm: z.number().positive('must be > 0').max(2000, 'must be at most 2000'),
});
export type GeoRadius = z.infer<typeof geoRadiusSchema>;

const paging = {
  offset: z.number().int('must be a whole number').min(0, 'must be ≥ 0').max(MAX_OFFSET).default(0),
  limit: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(MAX_LIMIT).default(20),
};

/** Within one filter the values are alternatives (OR); different filters all apply (AND). */
export const memberFiltersSchema = z
  .object({
    /** A broad skill also selects members with any of its narrower skills. */
    skills: valueList,
    /** Applies to the `skills` filter. */
    minSkillLevel: z.number().int().min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5'),
    cities: valueList,
    spaces: valueList,
    filieres: valueList,
    communities: valueList,
    languages: valueList,
    availability: z.array(availabilitySchema).max(3),
  })
  .partial()
  .strict();
export type MemberFilters = z.infer<typeof memberFiltersSchema>;

export const memberSearchQuerySchema = z
  .object({
    /** Free text: trades, skills, names, places, in fr/en/nl, typos and missing accents tolerated. */
    text: textSchema,
    filters: memberFiltersSchema.default({}),
    near: geoRadiusSchema.optional(),
    sort: z.enum(['relevance', 'distance', 'recent']).default('relevance'),
    facets: z.array(memberFacetSchema).max(MEMBER_FACETS.length).default([]),
    facetLimit: z.number().int().min(1).max(100).default(20),
    ...paging,
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.sort === 'distance' && !q.near) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'sorting by distance needs "near"' });
    }
    if (q.filters.minSkillLevel !== undefined && !q.filters.skills?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['filters', 'minSkillLevel'],
        message: 'applies to the "skills" filter, which is missing',
      });
    }
  });
export type MemberSearchQuery = z.input<typeof memberSearchQuerySchema>;
export type ParsedMemberSearchQuery = z.output<typeof memberSearchQuerySchema>;

const entityQueryBase = {
  text: textSchema,
  near: geoRadiusSchema.optional(),
  sort: z.enum(['relevance', 'distance']).default('relevance'),
  ...paging,
};

function requireNearForDistance(q: { sort: string; near?: GeoRadius }, ctx: z.RefinementCtx): void {
  if (q.sort === 'distance' && !q.near) {
    ctx.addIssue({ code: 'custom', path: ['sort'], message: 'sorting by distance needs "near"' });
  }
}

export const spaceSearchQuerySchema = z
  .object({
    ...entityQueryBase,
    filters: z.object({ communities: valueList, countries: valueList }).partial().strict().default({}),
  })
  .strict()
  .superRefine(requireNearForDistance);
export type SpaceSearchQuery = z.input<typeof spaceSearchQuerySchema>;
export type ParsedSpaceSearchQuery = z.output<typeof spaceSearchQuerySchema>;

export const tenderSearchQuerySchema = z
  .object({
    ...entityQueryBase,
    filters: z
      .object({ status: z.array(z.enum(TENDER_STATUSES)).max(2), skills: valueList })
      .partial()
      .strict()
      .default({}),
  })
  .strict()
  .superRefine(requireNearForDistance);
export type TenderSearchQuery = z.input<typeof tenderSearchQuerySchema>;
export type ParsedTenderSearchQuery = z.output<typeof tenderSearchQuerySchema>;

export const projectSearchQuerySchema = z
  .object({ ...entityQueryBase, filters: z.object({}).strict().default({}) })
  .strict()
  .superRefine(requireNearForDistance);
export type ProjectSearchQuery = z.input<typeof projectSearchQuerySchema>;
export type ParsedProjectSearchQuery = z.output<typeof projectSearchQuerySchema>;

export function parseMemberSearchQuery(query: unknown): ParsedMemberSearchQuery {
  return parseInput(memberSearchQuerySchema, query, ['query']);
}
export function parseSpaceSearchQuery(query: unknown): ParsedSpaceSearchQuery {
  return parseInput(spaceSearchQuerySchema, query, ['query']);
}
export function parseTenderSearchQuery(query: unknown): ParsedTenderSearchQuery {
  return parseInput(tenderSearchQuerySchema, query, ['query']);
}
export function parseProjectSearchQuery(query: unknown): ParsedProjectSearchQuery {
  return parseInput(projectSearchQuerySchema, query, ['query']);
}

export const suggestSchema = z
  .object({
    prefix: z
      .string()
      .max(MAX_QUERY_CHARACTERS, `must be at most ${MAX_QUERY_CHARACTERS} characters`)
      .refine((text) => queryWords(text).length <= MAX_QUERY_WORDS, {
        message: `must contain at most ${MAX_QUERY_WORDS} words`,
      }),
    language: uiLanguageSchema,
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict();

export function parseSuggestQuery(prefix: unknown, language: unknown, limit: unknown) {
  return parseInput(suggestSchema, { prefix, language, limit }, []);
}

export const visibilitySchema = z
  .object({
    viewerSpaces: z.array(z.string().max(128)).max(200).nullable(),
    includeHidden: z.boolean(),
    signedIn: z.boolean(),
  })
  .strict();

/** The visibility comes from the session, not from the user; a malformed one is still reported by field. */
export function parseVisibility(visibility: unknown): z.output<typeof visibilitySchema> {
  if (visibility === undefined || visibility === null) {
    throw BadUserInputError.at(['visibility'], 'is required');
  }
  return parseInput(visibilitySchema, visibility, ['visibility']);
}

/** What the search port is told of a viewer: their audience under the privacy rule (domain/policy/privacyRule.ts). */
export function searchVisibilityOf(viewer: Viewer): SearchVisibility {
  const audience = audienceOf(viewer);
  return {
    viewerSpaces: audience.spaceIds.length > 0 ? [...audience.spaceIds] : null,
    includeHidden: audience.kind === 'admin',
    signedIn: audience.kind !== 'visitor',
  };
}

/** The privacy rule's audience of a search (domain/policy/privacyRule.ts decides what it may see). */
export function searchAudience(visibility: SearchVisibility): Audience {
  const kind = visibility.includeHidden ? 'admin' : visibility.signedIn ? 'member' : 'visitor';
  return { kind, memberId: null, spaceIds: kind === 'member' ? (visibility.viewerSpaces ?? []) : [] };
}
