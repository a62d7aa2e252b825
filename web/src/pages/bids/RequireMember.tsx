// The product screens are for signed-in members: visitors are sent to sign in first, and an
// account without a member profile (an admin, a conseiller) is told so, with where to go instead.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Loading } from '../../ui/Status.js';

/** Shown to a signed-in account that has no member profile, on a page made for members. */
export function NoMemberProfile({ roles }: { roles: readonly string[] }) {
  const { t } = useI18n();
  const adviser = roles.includes('CONSEILLER') || roles.includes('ADMIN');
  return (
    <div className="notice" role="status">
      <p>{t('noProfile.explanation')}</p>
      <ul className="plain-list">
        {adviser && (
          <li>
            <Link href="/conseiller">{t('noProfile.toDashboard')}</Link>
          </li>
        )}
        {roles.includes('ADMIN') && (
          <li>
            <Link href="/admin">{t('noProfile.toAdmin')}</Link>
          </li>
        )}
        <li>
          <Link href="/">{t('noProfile.toDirectory')}</Link>
        </li>
      </ul>
    </div>
  );
}

export function RequireMember({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, loading } = useSession();
  if (loading) return <Loading />;
  if (me && !me.member) return <NoMemberProfile roles={me.roles} />;
  if (!me?.member) {
    return (
      <p className="notice">
        <Link href="/signin">{t('signIn.needed')}</Link>
      </p>
    );
  }
  return <>{children}</>;
}
