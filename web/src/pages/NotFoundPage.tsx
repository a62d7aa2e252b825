import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';

export default function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('status.notFound'));
  return (
    <>
      <h1>{t('status.notFound')}</h1>
      <p>
        <Link href="/">{t('status.notFoundHint')}</Link>
      </p>
    </>
  );
}
