// The GraphQL types of search: members with facets, highlights and distance;
// spaces; tenders; skill autocomplete. The workflow (the index query, the
// graph re-check of privacy, facet labels) is the use case's
// (services/search/); each resolver is one call into it. Anyone may search
// members, but only profiles the viewer may see are counted or returned.
// Query syntax (quotes, minus, OR) is searched as plain words by both adapters.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Space } from '../../domain/entities/space.js';
import type { Tender } from '../../domain/entities/tender.js';
import type { Highlight } from '../../search/searchIndex.js';
import { MEMBER_FACETS } from '../../search/searchQuery.js';
import type { EntityPage, EntityResult } from '../../services/search/entitySearch.js';
import { searchSpaces, searchTenders, suggestSkills } from '../../services/search/entitySearch.js';
import {
  type FacetValue,
  type LabelledFacet,
  type MemberSearchItem,
  searchMembers,
} from '../../services/search/memberSearch.js';
import { builder, PUBLIC } from './builder.js';
import { resolvePagedConnection } from './offsetPage.js';
import { Availability } from './profileTypes.js';
import { MemberRef, SkillRef, SpaceRef } from './refs.js';
import { GeoRadiusInput, Language } from './scalars.js';
import { TenderRef } from './tender.js';
import { upperCaseEnum } from './upperCaseEnum.js';

const SIGNED_IN = { signedIn: true } as const;

const HighlightField = builder.enumType('SearchHighlightField', {
  values: upperCaseEnum(['name', 'bio', 'title', 'description']),
});

const HighlightPartRef = builder
  .objectRef<{ text: string; match: boolean }>('SearchHighlightPart')
  .implement({
    authScopes: PUBLIC,
    fields: (t) => ({
      text: t.exposeString('text'),
      match: t.exposeBoolean('match', { description: 'True for the words the query matched' }),
    }),
  });

const HighlightRef = builder.objectRef<Highlight>('SearchHighlight').implement({
  authScopes: PUBLIC,
  description: 'A field of the hit with the matched words marked',
  fields: (t) => ({
    field: t.field({ type: HighlightField, resolve: (h) => h.field }),
    parts: t.field({ type: [HighlightPartRef], resolve: (h) => h.parts }),
  }),
});

const MemberSearchHitRef = builder.objectRef<MemberSearchItem>('MemberSearchHit').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: (h) => h.member }),
    score: t.float({
      description: 'Higher is better; comparable within one result page',
      resolve: (h) => h.hit.score,
    }),
    distanceKm: t.float({
      nullable: true,
      description: 'Distance from `near`, when given',
      resolve: (h) => h.hit.distanceKm,
    }),
    highlights: t.field({ type: [HighlightRef], resolve: (h) => h.hit.highlights }),
    matchedSkills: t.field({
      type: [SkillRef],
      description: 'The member’s skills the query matched (directly, by synonym or through a broader skill)',
      resolve: async (h, _args, context) =>
        (await Promise.all(h.hit.matchedSkills.map((id) => context.loaders.skill.load(id)))).filter(
          (s) => s !== null,
        ),
    }),
  }),
});

const MemberFacetEnum = builder.enumType('MemberSearchFacet', { values: upperCaseEnum(MEMBER_FACETS) });

const FacetValueRef = builder.objectRef<FacetValue>('SearchFacetValue').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    value: t.exposeString('value', { description: 'What to pass back in the matching filter' }),
    label: t.exposeString('label', { description: 'In the request language for skills and filières' }),
    count: t.exposeInt('count', { description: 'Matching members you may see' }),
  }),
});

const FacetRef = builder.objectRef<LabelledFacet>('SearchFacet').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    facet: t.field({ type: MemberFacetEnum, resolve: (f) => f.facet }),
    values: t.field({ type: [FacetValueRef], resolve: (f) => f.values }),
  }),
});

const MemberSearchFilters = builder.inputType('MemberSearchFilters', {
  description: 'Within a filter the values are alternatives (any of them); different filters all apply',
  fields: (t) => ({
    skill: t.stringList({ description: 'Skill slugs; a broad skill also selects its narrower skills' }),
    minSkillLevel: t.int({ description: 'Lowest level (1–5) for the `skill` filter' }),
    city: t.stringList(),
    space: t.stringList({ description: 'Space slugs' }),
    filiere: t.stringList({ description: 'Filière slugs' }),
    community: t.stringList({ description: 'Community slugs' }),
    language: t.stringList({ description: 'Languages the member speaks (fr, en, nl…)' }),
    availability: t.field({ type: [Availability] }),
  }),
});

const MemberSearchSort = builder.enumType('MemberSearchSort', {
  values: upperCaseEnum(['relevance', 'distance', 'recent']),
});
const EntitySearchSort = builder.enumType('EntitySearchSort', {
  values: upperCaseEnum(['relevance', 'distance']),
});

const SpaceSearchHit = builder.objectRef<EntityResult<Space>>('SpaceSearchHit').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    space: t.field({ type: SpaceRef, resolve: (r) => r.entity }),
    score: t.float({ resolve: (r) => r.hit.score }),
    distanceKm: t.float({ nullable: true, resolve: (r) => r.hit.distanceKm }),
    highlights: t.field({ type: [HighlightRef], resolve: (r) => r.hit.highlights }),
  }),
});

const TenderSearchHit = builder.objectRef<EntityResult<Tender>>('TenderSearchHit').implement({
  authScopes: SIGNED_IN,
  fields: (t) => ({
    tender: t.field({ type: TenderRef, resolve: (r) => r.entity }),
    score: t.float({ resolve: (r) => r.hit.score }),
    distanceKm: t.float({ nullable: true, resolve: (r) => r.hit.distanceKm }),
    highlights: t.field({ type: [HighlightRef], resolve: (r) => r.hit.highlights }),
  }),
});

const SpaceSearchResult = builder.objectRef<EntityPage<Space>>('SpaceSearchResult').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    hits: t.field({ type: [SpaceSearchHit], resolve: (p) => p.hits }),
  }),
});

const TenderSearchResult = builder.objectRef<EntityPage<Tender>>('TenderSearchResult').implement({
  authScopes: SIGNED_IN,
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    hits: t.field({ type: [TenderSearchHit], resolve: (p) => p.hits }),
  }),
});

const SkillSuggestionRef = builder
  .objectRef<{ id: string; label: string; broaderLabel: string | null }>('SkillSuggestion')
  .implement({
    authScopes: PUBLIC,
    fields: (t) => ({
      skill: t.field({
        type: SkillRef,
        nullable: true,
        resolve: (s, _args, context) => context.loaders.skill.load(s.id),
      }),
      slug: t.exposeString('id'),
      label: t.exposeString('label', { description: 'In the requested language' }),
      broaderLabel: t.exposeString('broaderLabel', {
        nullable: true,
        description: 'The broader skill, to tell homonyms apart',
      }),
    }),
  });

builder.queryFields((t) => ({
  searchMembers: t.connection(
    {
      authScopes: PUBLIC,
      type: MemberSearchHitRef,
      description:
        'Members by trade, name or place in fr, en or nl, typos and missing accents tolerated; only profiles you may see',
      args: {
        query: t.arg.string({ required: true, description: 'Free text; empty lists by filters only' }),
        filters: t.arg({ type: MemberSearchFilters, required: false }),
        near: t.arg({ type: GeoRadiusInput, required: false }),
        sort: t.arg({ type: MemberSearchSort, required: false }),
        facets: t.arg({
          type: [MemberFacetEnum],
          required: false,
          description: 'Facets to count over every matching member you may see',
        }),
      },
      resolve: async (_root, args, context) => {
        let facets: LabelledFacet[] = [];
        const connection = await resolvePagedConnection(args, async ({ offset, limit }) => {
          const page = await searchMembers(context.services, context, { ...args, offset, limit });
          facets = page.facets;
          return page;
        });
        return { ...connection, facets };
      },
    },
    {
      name: 'MemberSearchConnection',
      fields: (c) => ({
        facets: c.field({
          authScopes: PUBLIC,
          type: [FacetRef],
          description: 'Counts per requested facet, most frequent first',
          // Pothos types a connection as its edges and pageInfo; searchMembers' resolver adds the facets.
          resolve: (connection) => (connection as unknown as { facets: LabelledFacet[] }).facets,
        }),
      }),
    },
  ),
  searchSpaces: t.field({
    authScopes: PUBLIC,
    type: SpaceSearchResult,
    description: 'Spaces by name, place or description',
    args: {
      query: t.arg.string({ required: true }),
      near: t.arg({ type: GeoRadiusInput, required: false }),
      sort: t.arg({ type: EntitySearchSort, required: false }),
      first: t.arg.int({ required: false }),
      offset: t.arg.int({ required: false }),
    },
    resolve: (_root, args, context) =>
      searchSpaces(context.services, args, (id) => context.loaders.space.load(id)),
  }),
  searchTenders: t.field({
    authScopes: SIGNED_IN,
    type: TenderSearchResult,
    description: 'Calls for tenders by title, buyer, description or required trade',
    args: {
      query: t.arg.string({ required: true }),
      near: t.arg({ type: GeoRadiusInput, required: false }),
      sort: t.arg({ type: EntitySearchSort, required: false }),
      openOnly: t.arg.boolean({ required: false }),
      first: t.arg.int({ required: false }),
      offset: t.arg.int({ required: false }),
    },
    resolve: (_root, args, context) => searchTenders(context.services, args),
  }),
  suggestSkills: t.field({
    authScopes: PUBLIC,
    type: [SkillSuggestionRef],
    description: 'Skill autocomplete over labels and synonyms in every language, answered in `language`',
    args: {
      prefix: t.arg.string({ required: true }),
      language: t.arg({ type: Language, required: false }),
      first: t.arg.int({ required: false }),
    },
    resolve: (_root, args, context) =>
      suggestSkills(context.services, {
        prefix: args.prefix,
        language: (args.language as UiLanguage | null | undefined) ?? context.language,
        first: args.first,
      }),
  }),
}));
