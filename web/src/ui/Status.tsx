// Loading, error and empty states, announced to screen readers.
import type { CombinedError } from '@urql/core';
import { useI18n } from '../i18n/I18nProvider.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="notice" role="status">
      {t('status.loading')}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: CombinedError | Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const message =
    'graphQLErrors' in error && error.graphQLErrors.length > 0
      ? error.graphQLErrors.map((e) => e.message).join(' · ')
      : error.message;
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('status.error', { message })}</p>
      {onRetry && (
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: string }) {
  return <p className="notice">{children}</p>;
}
