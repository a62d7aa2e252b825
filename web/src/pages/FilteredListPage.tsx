// A whole list the reader narrows by typing (the skills, the spaces): title, intro, the filter
// box, and the error / loading states are the same; the page only says how to show what matches.
import { type ReactNode, useState } from 'react';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { foldForSearch } from '../i18n/foldForSearch.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { TextField } from '../ui/Field.js';
import { ErrorNotice, Loading } from '../ui/Status.js';

interface FilteredListPageProps<D> {
  words: { title: MessageKey; intro: MessageKey; filter: MessageKey };
  query: string;
  /** What to show: `data` is absent while loading or after an error; `wanted` is the folded filter text. */
  children(data: D | undefined, wanted: string): ReactNode;
}

export function FilteredListPage<D>({ words, query, children }: FilteredListPageProps<D>) {
  const { t } = useI18n();
  useDocumentTitle(t(words.title));
  const [text, setText] = useState('');
  const [result, retry] = useQuery<D>({ query });
  return (
    <>
      <h1>{t(words.title)}</h1>
      <p className="page-intro">{t(words.intro)}</p>
      <div className="toolbar">
        <TextField label={t(words.filter)} type="search" value={text} onChange={setText} autoComplete="off" />
      </div>
      {result.error && (
        <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
      )}
      {!result.data && !result.error && <Loading />}
      {children(result.data, foldForSearch(text))}
    </>
  );
}
