// One space and who works there (only the profiles visible to the viewer).
import { useQuery } from 'urql';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { SPACE_PAGE, type SpacePageData } from '../graphql/documents.js';
import { messageKeyOf } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { MemberCard, MemberGrid } from '../ui/MemberCard.js';
import { Pager } from '../ui/Pager.js';
import { Empty, ErrorNotice, Loading } from '../ui/Status.js';
import { usePagedCursor } from '../ui/usePagedCursor.js';

const PAGE_SIZE = 24;

export default function SpacePage({ slug }: { slug: string }) {
  const { t, plural } = useI18n();
  const paging = usePagedCursor(slug);
  const [result, retry] = useQuery<SpacePageData>({
    query: SPACE_PAGE,
    variables: { slug, first: PAGE_SIZE, after: paging.after },
  });
  const space = result.data?.space;
  useDocumentTitle(space?.name);
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  if (!space) return <Empty>{t('status.notFoundHint')}</Empty>;
  return (
    <>
      <h1>{space.name}</h1>
      <p className="card__meta">
        {t(`spaceKind.${messageKeyOf(space.kind)}`)} ·{' '}
        {[space.city, space.country].filter(Boolean).join(', ')}
        {space.community && <> · {t('spaces.runBy', { name: space.community.name })}</>}
      </p>
      {space.description && <p className="page-intro">{space.description}</p>}
      <section className="section" aria-labelledby="who-title">
        <h2 id="who-title">{t('spaces.whoWorksHere')}</h2>
        <p className="card__meta">
          {plural('spaces.membersCount', space.membersCount)} · {t('spaces.hiddenNote')}
        </p>
        {space.members.edges.length === 0 ? (
          <Empty>{t('member.none')}</Empty>
        ) : (
          <MemberGrid>
            {space.members.edges.map(({ node }) => (
              <li key={node.handle}>
                <MemberCard member={node} />
              </li>
            ))}
          </MemberGrid>
        )}
        <Pager
          page={paging.page}
          hasNext={space.members.pageInfo.hasNextPage}
          onPrevious={paging.previous}
          onNext={() => paging.next(space.members.pageInfo.endCursor)}
        />
      </section>
    </>
  );
}
