// What a search request looks like at the use-case floor (the names the API
// and its clients use: `query`, `first`, `filters.skill`…), how it becomes an
// index query, and how the index's complaints about bad input are reported
// under those names, so an error names the field the client sent.
import type { Availability } from '../../domain/entities/member.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { GeoRadius, MemberSearchQuery } from '../../search/searchIndex.js';

export interface MemberSearchFiltersInput {
  skill?: readonly string[] | null;
  minSkillLevel?: number | null;
  city?: readonly string[] | null;
  space?: readonly string[] | null;
  filiere?: readonly string[] | null;
  community?: readonly string[] | null;
  language?: readonly string[] | null;
  availability?: readonly Availability[] | null;
}

export interface GeoRadiusInput {
  lat: number;
  lon: number;
  radiusKm: number;
}

/** Index query paths back to the request's names. */
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

/** Runs an index call, reporting bad input by the request's names. */
export async function asArguments<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    const problems: FieldProblem[] = error.problems.map((p) => ({ ...p, path: argumentPath(p.path) }));
    throw new BadUserInputError(problems);
  }
}

/** The filters the index understands; empty lists mean no filter. */
export function indexFilters(
  filters: MemberSearchFiltersInput | null | undefined,
): NonNullable<MemberSearchQuery['filters']> {
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
  // The index validates every value (parseMemberSearchQuery) and names the field it rejects.
  return out as NonNullable<MemberSearchQuery['filters']>;
}

export function nearOf(arg: GeoRadiusInput | null | undefined): GeoRadius | undefined {
  return arg ? { lat: arg.lat, lon: arg.lon, radiusKm: arg.radiusKm } : undefined;
}
