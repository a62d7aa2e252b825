// One space and who works there (only the profiles visible to the viewer).
import { SPACE_PAGE, type SpacePageData } from '../graphql/documents.js';
import { messageKeyOf } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { PagedMemberGrid } from '../ui/PagedMemberGrid.js';
import { PagedSlugPage } from './PagedSlugPage.js';

export default function SpacePage({ slug }: { slug: string }) {
  const { t, plural } = useI18n();
  return (
    <PagedSlugPage
      query={SPACE_PAGE}
      slug={slug}
      select={(data: SpacePageData) => data.space}
      title={(space) => space.name}
    >
      {(space, paging) => (
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
            <PagedMemberGrid members={space.members} paging={paging} empty={t('member.none')} />
          </section>
        </>
      )}
    </PagedSlugPage>
  );
}
