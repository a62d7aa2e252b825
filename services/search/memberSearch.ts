// The member search use case: asks the index (which applies the privacy rule
// inside the query, totals and facet counts included), then reads the page's
// members from the graph in one batch and checks each again against the rule,
// so a privacy change not yet synced never leaks; facet values get labels in
// the reader's language from the taxonomy and the reference lists, read once
// and only for the facets that have values.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Member } from '../../domain/entities/member.js';
import { audienceOf, maySee, needsSpaces, seeCondition } from '../../domain/policy/privacyRule.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import type { FacetCount, MemberFacet, MemberHit, MemberSearchQuery } from '../../search/searchIndex.js';
import { searchVisibilityOf } from '../../search/searchQuery.js';
import type { Services } from '../services.js';
import {
  asArguments,
  type GeoRadiusInput,
  indexFilters,
  type MemberSearchFiltersInput,
  nearOf,
} from './searchRequest.js';

export interface MemberSearchRequest {
  query: string;
  filters?: MemberSearchFiltersInput | null;
  near?: GeoRadiusInput | null;
  sort?: NonNullable<MemberSearchQuery['sort']> | null;
  facets?: readonly MemberFacet[] | null;
  offset: number;
  limit: number;
}

export interface MemberSearchItem {
  hit: MemberHit;
  member: Member;
}

export interface FacetValue {
  value: string;
  count: number;
  label: string;
}

export interface LabelledFacet {
  facet: MemberFacet;
  values: FacetValue[];
}

export interface MemberSearchPage {
  items: MemberSearchItem[];
  totalCount: number;
  facets: LabelledFacet[];
}

/** Who searches and in which language. */
export interface SearchReader {
  viewer: Viewer;
  language: UiLanguage;
}

export async function searchMembers(
  services: Services,
  reader: SearchReader,
  request: MemberSearchRequest,
): Promise<MemberSearchPage> {
  const result = await asArguments(() =>
    services.search.searchMembers(
      {
        text: request.query,
        filters: indexFilters(request.filters),
        near: nearOf(request.near),
        sort: request.sort ?? 'relevance',
        facets: [...(request.facets ?? [])],
        offset: request.offset,
        limit: request.limit,
      },
      searchVisibilityOf(reader.viewer),
    ),
  );
  const [members, facets] = await Promise.all([
    visibleMembers(services, reader.viewer, result.hits),
    labelledFacets(services, reader.language, result.facets),
  ]);
  const items = result.hits.flatMap((hit, i) => {
    const member = members[i];
    return member ? [{ hit, member }] : [];
  });
  return { items, totalCount: result.total, facets };
}

/** The hits' members in one graph batch, null where the member is gone or the viewer may no longer see them. */
async function visibleMembers(
  services: Services,
  viewer: Viewer,
  hits: readonly MemberHit[],
): Promise<(Member | null)[]> {
  if (hits.length === 0) return [];
  const ids = hits.map((h) => h.id);
  const needed = needsSpaces(seeCondition(audienceOf(viewer)));
  const [members, spaces] = await Promise.all([
    services.repositories.members.getMany(ids),
    needed ? services.repositories.memberBatches.spaceIds(ids) : Promise.resolve(null),
  ]);
  return members.map((member, i) => (member && maySee(viewer, member, spaces?.[i] ?? []) ? member : null));
}

async function labelledFacets(
  services: Services,
  language: UiLanguage,
  facets: Partial<Record<MemberFacet, FacetCount[]>>,
): Promise<LabelledFacet[]> {
  const entries = Object.entries(facets) as [MemberFacet, FacetCount[]][];
  const used = (facet: MemberFacet) => entries.some(([f, counts]) => f === facet && counts.length > 0);
  const { spaces, communities, filieres } = services.repositories;
  const [spaceNames, communityNames, filiereLabels] = await Promise.all([
    used('space') ? spaces.list().then((l) => new Map(l.map((s) => [s.id, s.name]))) : null,
    used('community') ? communities.list().then((l) => new Map(l.map((c) => [c.id, c.name]))) : null,
    used('filiere') ? filieres.list().then((l) => new Map(l.map((f) => [f.id, f.labels[language]]))) : null,
  ]);
  const label = (facet: MemberFacet, value: string): string => {
    switch (facet) {
      case 'skill':
        return services.taxonomy.get(value)?.labels[language] ?? value;
      case 'filiere':
        return filiereLabels?.get(value) ?? value;
      case 'space':
        return spaceNames?.get(value) ?? value;
      case 'community':
        return communityNames?.get(value) ?? value;
      default:
        return value;
    }
  };
  return entries.map(([facet, counts]) => ({
    facet,
    values: counts.map((c) => ({ ...c, label: label(facet, c.value) })),
  }));
}
