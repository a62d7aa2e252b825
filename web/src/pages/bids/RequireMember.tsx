// The product screens are for signed-in members: others are sent to sign in first.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Loading } from '../../ui/Status.js';

export function RequireMember({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, loading } = useSession();
  if (loading) return <Loading />;
  if (!me?.member) {
    return (
      <p className="notice">
        <Link href="/signin">{t('signIn.needed')}</Link>
      </p>
    );
  }
  return <>{children}</>;
}
