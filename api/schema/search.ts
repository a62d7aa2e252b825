// Search over the derived index (search/): members with facets, highlights
// and distance; spaces; tenders; skill autocomplete. Anyone may search members,
// but only profiles the viewer may see are counted or returned: the index
// applies the visibility inside the query (totals and facet counts included),
// and the profiles found are checked again against the graph, so a privacy
// change not yet synced never leaks. Query syntax (quotes, minus, OR) is
// searched as plain words by both adapters.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Availability as AvailabilityValue } from '../../domain/entities/member.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import { TenderRepository } from '../../graph/repositories/tenderRepository.js';
import type {
  EntityHit,
  FacetCount,
  Highlight,
  MemberFacet,
  MemberHit,
  SearchVisibility,
} from '../../search/searchIndex.js';
import { MEMBER_FACETS, searchVisibilityOf } from '../../search/searchQuery.js';
import type { RequestContext } from '../context.js';
import { builder, PUBLIC } from './builder.js';
import { resolvePagedConnection } from './offsetPage.js';
import { Availability } from './profileTypes.js';
import { MemberRef, SkillRef, SpaceRef } from './refs.js';
import { GeoRadiusInput, Language } from './scalars.js';
import { TenderRef } from './tender.js';
import { upperCaseEnum } from './upperCaseEnum.js';
import { visibleOrNull } from './visibleMembers.js';

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

interface MemberSearchHit {
  hit: MemberHit;
  member: NonNullable<Awaited<ReturnType<typeof visibleOrNull>>>;
}

const MemberSearchHitRef = builder.objectRef<MemberSearchHit>('MemberSearchHit').implement({
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

interface FacetValue {
  value: string;
  count: number;
  label: string;
}

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

/** Index query paths back to the GraphQL argument names, so errors name what the client sent. */
const ARGUMENT_PATHS: Record<string, (string | number)[]> = {
  text: ['query'],
  limit: ['first'],
  offset: ['after'],
  skills: ['filters', 'skill'],
  minSkillLevel: ['filters', 'minSkillLevel'],
  cities: ['filters', 'city'],
  spaces: ['filters', 'space'],
  filieres: ['filters', 'filiere'],
  communities: ['filters', 'community'],
  languages: ['filters', 'language'],
  availability: ['filters', 'availability'],
  prefix: ['prefix'],
};

function argumentPath(path: (string | number)[]): (string | number)[] {
  const inner = path[0] === 'query' ? path.slice(1) : path;
  const rest = inner[0] === 'filters' ? inner.slice(1) : inner;
  const head = rest[0];
  if (typeof head === 'string' && ARGUMENT_PATHS[head]) return [...ARGUMENT_PATHS[head], ...rest.slice(1)];
  return inner;
}

/** Runs an index call, reporting bad input by argument name. */
async function asArguments<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    const problems: FieldProblem[] = error.problems.map((p) => ({ ...p, path: argumentPath(p.path) }));
    throw new BadUserInputError(problems);
  }
}

function visibilityOf(context: RequestContext): SearchVisibility {
  return searchVisibilityOf(context.viewer);
}

async function facetLabel(context: RequestContext, facet: MemberFacet, value: string): Promise<string> {
  const language: UiLanguage = context.language;
  switch (facet) {
    case 'skill':
      return context.services.taxonomy.get(value)?.labels[language] ?? value;
    case 'filiere':
      return (await context.loaders.filiere.load(value))?.labels[language] ?? value;
    case 'space':
      return (await context.loaders.space.load(value))?.name ?? value;
    case 'community':
      return (await context.loaders.community.load(value))?.name ?? value;
    default:
      return value;
  }
}

interface LabelledFacet {
  facet: MemberFacet;
  values: FacetValue[];
}

async function labelledFacets(
  context: RequestContext,
  facets: Partial<Record<MemberFacet, FacetCount[]>>,
): Promise<LabelledFacet[]> {
  const entries = Object.entries(facets) as [MemberFacet, FacetCount[]][];
  return Promise.all(
    entries.map(async ([facet, counts]) => ({
      facet,
      values: await Promise.all(
        counts.map(async (c) => ({ ...c, label: await facetLabel(context, facet, c.value) })),
      ),
    })),
  );
}

interface FiltersArg {
  skill?: string[] | null;
  minSkillLevel?: number | null;
  city?: string[] | null;
  space?: string[] | null;
  filiere?: string[] | null;
  community?: string[] | null;
  language?: string[] | null;
  availability?: AvailabilityValue[] | null;
}

function indexFilters(filters: FiltersArg | null | undefined) {
  const out: Record<string, unknown> = {};
  const lists = {
    skills: filters?.skill,
    cities: filters?.city,
    spaces: filters?.space,
    filieres: filters?.filiere,
    communities: filters?.community,
    languages: filters?.language,
    availability: filters?.availability,
  };
  for (const [key, value] of Object.entries(lists)) if (value && value.length > 0) out[key] = value;
  if (filters?.minSkillLevel !== undefined && filters.minSkillLevel !== null)
    out.minSkillLevel = filters.minSkillLevel;
  return out;
}

function near(arg: { lat: number; lon: number; radiusKm: number } | null | undefined) {
  return arg ? { lat: arg.lat, lon: arg.lon, radiusKm: arg.radiusKm } : undefined;
}

interface EntityResult<T> {
  hit: EntityHit;
  entity: T;
}
type SpaceEntity = NonNullable<Awaited<ReturnType<RequestContext['loaders']['space']['load']>>>;
type TenderEntity = NonNullable<Awaited<ReturnType<TenderRepository['get']>>>;

const SpaceSearchHit = builder.objectRef<EntityResult<SpaceEntity>>('SpaceSearchHit').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    space: t.field({ type: SpaceRef, resolve: (r) => r.entity }),
    score: t.float({ resolve: (r) => r.hit.score }),
    distanceKm: t.float({ nullable: true, resolve: (r) => r.hit.distanceKm }),
    highlights: t.field({ type: [HighlightRef], resolve: (r) => r.hit.highlights }),
  }),
});

const TenderSearchHit = builder.objectRef<EntityResult<TenderEntity>>('TenderSearchHit').implement({
  authScopes: SIGNED_IN,
  fields: (t) => ({
    tender: t.field({ type: TenderRef, resolve: (r) => r.entity }),
    score: t.float({ resolve: (r) => r.hit.score }),
    distanceKm: t.float({ nullable: true, resolve: (r) => r.hit.distanceKm }),
    highlights: t.field({ type: [HighlightRef], resolve: (r) => r.hit.highlights }),
  }),
});

interface EntityPage<T> {
  totalCount: number;
  hits: EntityResult<T>[];
}

const SpaceSearchResult = builder.objectRef<EntityPage<SpaceEntity>>('SpaceSearchResult').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    hits: t.field({ type: [SpaceSearchHit], resolve: (p) => p.hits }),
  }),
});

const TenderSearchResult = builder.objectRef<EntityPage<TenderEntity>>('TenderSearchResult').implement({
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

/** Hits whose entity still exists, in order (the index may lag the graph by one sync). */
async function withEntities<T>(
  hits: readonly EntityHit[],
  load: (id: string) => Promise<T | null>,
): Promise<EntityResult<T>[]> {
  const entities = await Promise.all(hits.map((hit) => load(hit.id)));
  return hits.flatMap((hit, i) => (entities[i] ? [{ hit, entity: entities[i] }] : []));
}

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
        let facets: Partial<Record<MemberFacet, FacetCount[]>> = {};
        const connection = await resolvePagedConnection(args, async ({ offset, limit }) => {
          const result = await asArguments(() =>
            context.services.search.searchMembers(
              {
                text: args.query,
                filters: indexFilters(args.filters),
                near: near(args.near),
                sort: args.sort ?? 'relevance',
                facets: args.facets ?? [],
                offset,
                limit,
              },
              visibilityOf(context),
            ),
          );
          facets = result.facets;
          const members = await Promise.all(
            result.hits.map(async (hit) => visibleOrNull(context, await context.loaders.member.load(hit.id))),
          );
          const items = result.hits.flatMap((hit, i) => {
            const member = members[i];
            return member ? [{ hit, member }] : [];
          });
          return { items, totalCount: result.total };
        });
        return { ...connection, facets: await labelledFacets(context, facets) };
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
    resolve: async (_root, args, context) => {
      const page = await asArguments(() =>
        context.services.search.searchSpaces({
          text: args.query,
          near: near(args.near),
          sort: args.sort ?? 'relevance',
          limit: args.first ?? 20,
          offset: args.offset ?? 0,
        }),
      );
      return {
        totalCount: page.total,
        hits: await withEntities(page.hits, (id) => context.loaders.space.load(id)),
      };
    },
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
    resolve: async (_root, args, context) => {
      const page = await asArguments(() =>
        context.services.search.searchTenders({
          text: args.query,
          near: near(args.near),
          sort: args.sort ?? 'relevance',
          filters: args.openOnly ? { status: ['open'] } : {},
          limit: args.first ?? 20,
          offset: args.offset ?? 0,
        }),
      );
      const tenders = new TenderRepository(context.services.graph);
      return { totalCount: page.total, hits: await withEntities(page.hits, (id) => tenders.get(id)) };
    },
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
      asArguments(() =>
        context.services.search.suggestSkills(
          args.prefix,
          (args.language as UiLanguage | null | undefined) ?? context.language,
          args.first ?? 10,
        ),
      ),
  }),
}));
