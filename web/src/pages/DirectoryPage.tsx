// The member directory: facets on the side, results beside them (stacked on small screens).
// The chosen place (a space or a town) is restored from its key in the address.
import { useQuery } from 'urql';
import { Link, useSearchParams } from 'wouter';
import { useSession } from '../app/session.js';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { DIRECTORY_FACETS, type DirectoryFacetsData, PLACE, type PlaceData } from '../graphql/documents.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ErrorNotice } from '../ui/Status.js';
import { DirectoryResults } from './directory/DirectoryResults.js';
import { placeKey, useDirectoryFilters } from './directory/directoryState.js';
import { FiltersPanel } from './directory/FiltersPanel.js';

export function DirectoryPage() {
  const { t } = useI18n();
  useDocumentTitle(t('directory.title'));
  const [filters, setFilter, clear] = useDirectoryFilters();
  const [facets] = useQuery<DirectoryFacetsData>({ query: DIRECTORY_FACETS });
  const [chosen] = useQuery<PlaceData>({
    query: PLACE,
    variables: { key: placeKey(filters.near) },
    pause: !filters.near,
  });
  const place = filters.near ? (chosen.error ? null : chosen.data?.place) : null;
  const [params] = useSearchParams();
  const { me, loading } = useSession();
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="page-intro">{t('directory.intro')}</p>
      {params.get('erased') && (
        <p className="notice" role="status">
          {t('settings.erased')}
        </p>
      )}
      {!loading && !me && (
        <p className="notice">
          {t('directory.signedOutNote')} <Link href="/signin">{t('nav.signIn')}</Link>
        </p>
      )}
      {facets.error && <ErrorNotice error={facets.error} />}
      <div className="directory">
        <FiltersPanel
          facets={facets.data}
          filters={filters}
          place={place ?? null}
          setFilter={setFilter}
          clear={clear}
        />
        <section aria-label={t('directory.title')}>
          <DirectoryResults filters={filters} place={place} skills={facets.data?.skills ?? []} />
        </section>
      </div>
    </>
  );
}
