// Previous/next paging over a Relay connection, keeping the cursors of pages already seen.
import { useI18n } from '../i18n/I18nProvider.js';

interface PagerProps {
  page: number;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
}

export function Pager({ page, hasNext, onPrevious, onNext }: PagerProps) {
  const { t } = useI18n();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('directory.page', { page })}>
      <button type="button" className="button button--quiet" onClick={onPrevious} disabled={page === 1}>
        {t('directory.previous')}
      </button>
      <span>{t('directory.page', { page })}</span>
      <button type="button" className="button button--quiet" onClick={onNext} disabled={!hasNext}>
        {t('directory.next')}
      </button>
    </nav>
  );
}
