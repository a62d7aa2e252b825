// The member directory: facets on the side, results beside them (stacked on small screens).
import { useQuery } from 'urql';
import { useSearchParams } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { DIRECTORY_FACETS, type DirectoryFacetsData } from '../graphql/documents.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ErrorNotice } from '../ui/Status.js';
import { DirectoryResults } from './directory/DirectoryResults.js';
import { useDirectoryFilters } from './directory/directoryState.js';
import { FiltersPanel } from './directory/FiltersPanel.js';

export function DirectoryPage() {
  const { t } = useI18n();
  useDocumentTitle(t('directory.title'));
  const [filters, setFilter, clear] = useDirectoryFilters();
  const [facets] = useQuery<DirectoryFacetsData>({ query: DIRECTORY_FACETS });
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="page-intro">{t('directory.intro')}</p>
      {params.get('erased') && (
        <p className="notice" role="status">
          {t('settings.erased')}
        </p>
      )}
      {facets.error && <ErrorNotice error={facets.error} />}
      <div className="directory">
        <FiltersPanel facets={facets.data} filters={filters} setFilter={setFilter} clear={clear} />
        <section aria-label={t('directory.title')}>
          <DirectoryResults filters={filters} spaces={facets.data?.spaces ?? []} />
        </section>
      </div>
    </>
  );
}
