// Every space of the network, filterable by name or city.
import { Link } from 'wouter';
import { SPACES_LIST, type SpacesListData } from '../graphql/documents.js';
import { messageKeyOf } from '../graphql/types.js';
import { foldForSearch } from '../i18n/foldForSearch.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Empty } from '../ui/Status.js';
import { FilteredListPage } from './FilteredListPage.js';

export default function SpacesPage() {
  const { t, plural, language } = useI18n();
  const collator = new Intl.Collator(language);
  return (
    <FilteredListPage<SpacesListData>
      words={{ title: 'spaces.title', intro: 'spaces.intro', filter: 'spaces.filter' }}
      query={SPACES_LIST}
    >
      {(data, wanted) => {
        const spaces = (data?.spaces ?? [])
          .filter((space) =>
            foldForSearch(`${space.name} ${space.city ?? ''} ${space.country}`).includes(wanted),
          )
          .sort((a, b) => collator.compare(a.name, b.name));
        return (
          <>
            {data && spaces.length === 0 && <Empty>{t('directory.empty')}</Empty>}
            <ul className="card-grid">
              {spaces.map((space) => (
                <li key={space.slug}>
                  <article className="card">
                    <h2>
                      <Link href={`/spaces/${space.slug}`}>{space.name}</Link>
                    </h2>
                    <p className="card__meta">
                      {t(`spaceKind.${messageKeyOf(space.kind)}`)} ·{' '}
                      {[space.city, space.country].filter(Boolean).join(', ')}
                    </p>
                    <p className="card__meta">{plural('spaces.membersCount', space.membersCount)}</p>
                  </article>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </FilteredListPage>
  );
}
