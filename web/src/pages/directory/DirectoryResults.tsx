// The members matching the filters: a paged connection by default, nearest first when a
// "near" place is chosen (with or without a skill).
import { useQuery } from 'urql';
import {
  DIRECTORY_MEMBERS,
  type DirectoryMembersData,
  MEMBERS_NEAR,
  type MemberSearchFilters,
  type MembersNearData,
  SEARCH_MEMBERS,
  type SearchMembersData,
  SKILLED_MEMBERS_NEAR,
  type SkilledMembersNearData,
} from '../../graphql/documents.js';
import type { MemberCardData, MemberFilter, SpaceOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MemberCard, MemberGrid } from '../../ui/MemberCard.js';
import { Pager } from '../../ui/Pager.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { usePagedCursor } from '../../ui/usePagedCursor.js';
import { DEFAULT_RADIUS, type DirectoryFilters } from './directoryState.js';

const PAGE_SIZE = 24;
const NEAR_LIMIT = 60;

function ResultList({ items }: { items: { member: MemberCardData; distanceKm?: number | null }[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <Empty>{t('directory.empty')}</Empty>;
  return (
    <MemberGrid>
      {items.map(({ member, distanceKm }) => (
        <li key={member.handle}>
          <MemberCard member={member} distanceKm={distanceKm ?? null} />
        </li>
      ))}
    </MemberGrid>
  );
}

function ResultCount({ text }: { text: string }) {
  return (
    <p className="results-count" role="status" aria-live="polite">
      {text}
    </p>
  );
}

function PagedMembers({ filter }: { filter: MemberFilter }) {
  const { plural } = useI18n();
  const paging = usePagedCursor(JSON.stringify(filter));
  const [result, retry] = useQuery<DirectoryMembersData>({
    query: DIRECTORY_MEMBERS,
    variables: { filter, first: PAGE_SIZE, after: paging.after },
  });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const { members } = result.data;
  return (
    <>
      <div className="results-header">
        <ResultCount text={plural('directory.results', members.totalCount)} />
      </div>
      <ResultList items={members.edges.map((edge) => ({ member: edge.node }))} />
      <Pager
        page={paging.page}
        hasNext={members.pageInfo.hasNextPage}
        onPrevious={paging.previous}
        onNext={() => paging.next(members.pageInfo.endCursor)}
      />
    </>
  );
}

function NearMembers({ place, radiusKm, skill }: { place: SpaceOption; radiusKm: number; skill: string }) {
  const { plural } = useI18n();
  const location = place.location ?? { lat: 0, lon: 0 };
  const near = { lat: location.lat, lon: location.lon, radiusKm };
  const [result, retry] = useQuery<MembersNearData | SkilledMembersNearData>({
    query: skill ? SKILLED_MEMBERS_NEAR : MEMBERS_NEAR,
    variables: skill ? { skill, near, first: NEAR_LIMIT } : { near, first: NEAR_LIMIT },
  });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const items = 'membersNear' in result.data ? result.data.membersNear : result.data.membersWithSkill;
  const placeName = place.city ?? place.name;
  return (
    <>
      <div className="results-header">
        <ResultCount text={plural('directory.nearResults', items.length, { place: placeName })} />
      </div>
      <ResultList items={items} />
    </>
  );
}

/** Members found by the search index: typos, synonyms and all three languages, best first. */
function SearchedMembers({
  query,
  filters,
  near,
}: {
  query: string;
  filters: MemberSearchFilters;
  near: { lat: number; lon: number; radiusKm: number } | null;
}) {
  const { plural } = useI18n();
  const variables = { query, filters, near, first: PAGE_SIZE };
  const paging = usePagedCursor(JSON.stringify(variables));
  const [result, retry] = useQuery<SearchMembersData>({
    query: SEARCH_MEMBERS,
    variables: { ...variables, after: paging.after },
  });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const { searchMembers } = result.data;
  return (
    <>
      <div className="results-header">
        <ResultCount text={plural('directory.results', searchMembers.totalCount)} />
      </div>
      <ResultList items={searchMembers.edges.map((edge) => edge.node)} />
      <Pager
        page={paging.page}
        hasNext={searchMembers.pageInfo.hasNextPage}
        onPrevious={paging.previous}
        onNext={() => paging.next(searchMembers.pageInfo.endCursor)}
      />
    </>
  );
}

export function DirectoryResults({ filters, spaces }: { filters: DirectoryFilters; spaces: SpaceOption[] }) {
  const place = filters.near
    ? spaces.find((space) => space.slug === filters.near && space.location)
    : undefined;
  const radiusKm = Number(filters.radius || DEFAULT_RADIUS);
  if (filters.q) {
    if (filters.near && !place) return <Loading />;
    const searchFilters: MemberSearchFilters = {};
    for (const key of ['skill', 'space', 'community', 'filiere', 'city'] as const) {
      // Near a place, the place replaces the space, network, filière and city filters (as without text).
      if (filters[key] && (key === 'skill' || !filters.near)) searchFilters[key] = [filters[key]];
    }
    const near = place?.location ? { ...place.location, radiusKm } : null;
    return <SearchedMembers query={filters.q} filters={searchFilters} near={near} />;
  }
  if (filters.near) {
    if (!place) return <Loading />;
    return <NearMembers place={place} radiusKm={radiusKm} skill={filters.skill} />;
  }
  const filter: MemberFilter = {};
  for (const key of ['skill', 'space', 'community', 'filiere', 'city'] as const) {
    if (filters[key]) filter[key] = filters[key];
  }
  return <PagedMembers filter={filter} />;
}
