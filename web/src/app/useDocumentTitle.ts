import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** "<page> · Passerelle" in the tab, so screen readers announce where a navigation led. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
