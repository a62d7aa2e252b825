// The header's account part: sign in / create an account, or my profile and settings.
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession } from './session.js';

export function AccountLinks() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <nav aria-label={t('nav.settings')} className="main-nav">
      <ul>
        {me ? (
          <>
            {me.member && (
              <>
                <li>
                  <Link href="/suggestions">{t('nav.suggestions')}</Link>
                </li>
                <li>
                  <Link href="/mentoring">{t('nav.mentoring')}</Link>
                </li>
                <li>
                  <Link href="/me">{t('nav.myProfile')}</Link>
                </li>
              </>
            )}
            {(me.roles.includes('CONSEILLER') || me.roles.includes('ADMIN')) && (
              <li>
                <Link href="/conseiller">{t('nav.conseiller')}</Link>
              </li>
            )}
            {me.roles.includes('ADMIN') && (
              <li>
                <Link href="/admin">{t('nav.admin')}</Link>
              </li>
            )}
            <li>
              <Link href="/settings">{t('nav.settings')}</Link>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link href="/signin">{t('nav.signIn')}</Link>
            </li>
            <li>
              <Link href="/signup">{t('nav.signUp')}</Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
