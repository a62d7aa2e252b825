// Every space of the network, filterable by name or city.
import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { SPACES_LIST, type SpacesListData } from '../graphql/documents.js';
import { messageKeyOf } from '../graphql/types.js';
import { foldForSearch } from '../i18n/foldForSearch.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { TextField } from '../ui/Field.js';
import { Empty, ErrorNotice, Loading } from '../ui/Status.js';

export default function SpacesPage() {
  const { t, plural, language } = useI18n();
  useDocumentTitle(t('spaces.title'));
  const [text, setText] = useState('');
  const [result, retry] = useQuery<SpacesListData>({ query: SPACES_LIST });
  const collator = new Intl.Collator(language);
  const wanted = foldForSearch(text);
  const spaces = (result.data?.spaces ?? [])
    .filter((space) => foldForSearch(`${space.name} ${space.city ?? ''} ${space.country}`).includes(wanted))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <h1>{t('spaces.title')}</h1>
      <p className="page-intro">{t('spaces.intro')}</p>
      <div className="toolbar">
        <TextField
          label={t('spaces.filter')}
          type="search"
          value={text}
          onChange={setText}
          autoComplete="off"
        />
      </div>
      {result.error && (
        <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
      )}
      {!result.data && !result.error && <Loading />}
      {result.data && spaces.length === 0 && <Empty>{t('directory.empty')}</Empty>}
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
}
