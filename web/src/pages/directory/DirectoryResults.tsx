// The members matching the filters: the members connection when nothing is typed and no place is
// chosen; otherwise the search index, which combines text, a place ("within N km of" a space or a
// town, nearest first when nothing is typed) and every filter. Each card names the skills that
// matched. The page is kept in the address.
import { useQuery } from 'urql';
import {
  DIRECTORY_MEMBERS,
  type DirectoryMembersData,
  type MemberSearchFilters,
  SEARCH_MEMBERS,
  type SearchMembersData,
} from '../../graphql/documents.js';
import type {
  MemberCardData,
  MemberFilter,
  PageInfo,
  PlaceOption,
  SkillOption,
} from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MemberCard, MemberGrid } from '../../ui/MemberCard.js';
import { Pager } from '../../ui/Pager.js';
import { radiusAround } from '../../ui/PlacePicker.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { DEFAULT_RADIUS, type DirectoryFilters, type UrlPage, useUrlPage } from './directoryState.js';

const PAGE_SIZE = 24;

interface ResultItem {
  member: MemberCardData;
  distanceKm?: number | null;
  matched: readonly string[];
}

function ResultList({ items }: { items: ResultItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <Empty>{t('directory.empty')}</Empty>;
  return (
    <MemberGrid>
      {items.map(({ member, distanceKm, matched }) => (
        <li key={member.handle}>
          <MemberCard member={member} distanceKm={distanceKm ?? null} matchedSkills={matched} />
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

function Results({
  count,
  items,
  pageInfo,
  paging,
}: {
  count: string;
  items: ResultItem[];
  pageInfo: PageInfo;
  paging: UrlPage;
}) {
  return (
    <>
      <div className="results-header">
        <ResultCount text={count} />
      </div>
      <ResultList items={items} />
      <Pager
        page={paging.page}
        hasNext={'before' in paging.variables || pageInfo.hasNextPage}
        onPrevious={() => paging.previous(pageInfo.startCursor)}
        onNext={() => paging.next(pageInfo.endCursor)}
      />
    </>
  );
}

/** The filter skill and every narrower skill (the members connection matches those too). */
function skillAndNarrower(slug: string, skills: readonly SkillOption[]): Set<string> {
  const found = new Set([slug]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const skill of skills) {
      if (skill.broader && found.has(skill.broader.slug) && !found.has(skill.slug)) {
        found.add(skill.slug);
        grew = true;
      }
    }
  }
  return found;
}

function PagedMembers({ filter, skills }: { filter: MemberFilter; skills: readonly SkillOption[] }) {
  const { plural } = useI18n();
  const paging = useUrlPage(PAGE_SIZE);
  const [result, retry] = useQuery<DirectoryMembersData>({
    query: DIRECTORY_MEMBERS,
    variables: { filter, ...paging.variables },
  });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  // While another page loads urql still holds the previous one: never show it under the new number.
  if (!result.data || result.fetching) return <Loading />;
  const { members } = result.data;
  const wanted = filter.skill ? skillAndNarrower(filter.skill, skills) : new Set<string>();
  return (
    <Results
      count={plural('directory.results', members.totalCount)}
      items={members.edges.map(({ node }) => ({
        member: node,
        matched: node.skills.map((s) => s.skill.slug).filter((slug) => wanted.has(slug)),
      }))}
      pageInfo={members.pageInfo}
      paging={paging}
    />
  );
}

/** Members found by the search index: typos, synonyms and all three languages, best (or nearest) first. */
function SearchedMembers({
  query,
  filters,
  place,
  radiusKm,
}: {
  query: string;
  filters: MemberSearchFilters;
  place: PlaceOption | null;
  radiusKm: number;
}) {
  const { plural } = useI18n();
  const paging = useUrlPage(PAGE_SIZE);
  const near = place ? radiusAround(place, radiusKm) : null;
  const sort = near && !query ? 'DISTANCE' : 'RELEVANCE';
  const [result, retry] = useQuery<SearchMembersData>({
    query: SEARCH_MEMBERS,
    variables: { query, filters, near, sort, ...paging.variables },
  });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  // While another page loads urql still holds the previous one: never show it under the new number.
  if (!result.data || result.fetching) return <Loading />;
  const { searchMembers } = result.data;
  const count = place
    ? plural('directory.nearResults', searchMembers.totalCount, { place: place.city ?? place.name })
    : plural('directory.results', searchMembers.totalCount);
  return (
    <Results
      count={count}
      items={searchMembers.edges.map(({ node }) => ({
        member: node.member,
        distanceKm: node.distanceKm,
        matched: node.matchedSkills.map((s) => s.slug),
      }))}
      pageInfo={searchMembers.pageInfo}
      paging={paging}
    />
  );
}

export function DirectoryResults({
  filters,
  place,
  skills,
}: {
  filters: DirectoryFilters;
  /** The place `filters.near` names: undefined while it loads, null when it does not exist. */
  place: PlaceOption | null | undefined;
  skills: readonly SkillOption[];
}) {
  const { t } = useI18n();
  if (filters.near && place === undefined) return <Loading />;
  if (filters.near && place === null) return <Empty>{t('directory.placeUnknown')}</Empty>;
  const keys = ['skill', 'space', 'community', 'filiere', 'city'] as const;
  if (filters.q || place) {
    const searchFilters: MemberSearchFilters = {};
    for (const key of keys) if (filters[key]) searchFilters[key] = [filters[key]];
    return (
      <SearchedMembers
        query={filters.q}
        filters={searchFilters}
        place={place ?? null}
        radiusKm={Number(filters.radius || DEFAULT_RADIUS)}
      />
    );
  }
  const filter: MemberFilter = {};
  for (const key of keys) if (filters[key]) filter[key] = filters[key];
  return <PagedMembers filter={filter} skills={skills} />;
}
