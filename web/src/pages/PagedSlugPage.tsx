// A page about one thing named by its slug whose members come a page at a time (a filière, a
// space): the query with its cursor, the title, and the error / loading / not-found states are
// the same for all of them; the page only says what to show once the thing is found.
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Empty, ErrorNotice, Loading } from '../ui/Status.js';
import { usePagedCursor } from '../ui/usePagedCursor.js';

const PAGE_SIZE = 24;

interface PagedSlugPageProps<D, E> {
  query: string;
  slug: string;
  /** The thing in the answer, absent when there is none by that slug. */
  select(data: D): E | null | undefined;
  title(found: E): string;
  children(found: E, paging: ReturnType<typeof usePagedCursor>): ReactNode;
}

export function PagedSlugPage<D, E>({ query, slug, select, title, children }: PagedSlugPageProps<D, E>) {
  const { t } = useI18n();
  const paging = usePagedCursor(slug);
  const [result, retry] = useQuery<D>({ query, variables: { slug, first: PAGE_SIZE, after: paging.after } });
  const found = result.data ? select(result.data) : undefined;
  useDocumentTitle(found ? title(found) : undefined);
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  if (!found) return <Empty>{t('status.notFoundHint')}</Empty>;
  return <>{children(found, paging)}</>;
}
