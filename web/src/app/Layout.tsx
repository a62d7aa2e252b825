// The page frame: skip link, header with navigation, language and theme switches, footer.
// After each client-side navigation the focus moves to <main> so keyboard and screen-reader
// users start reading the new page instead of staying on the link they followed. On a phone
// the header is one line (brand and a Menu button that opens the navigation and switches),
// so the page starts near the top of the screen.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language, type MessageKey } from '../i18n/messages.js';
import { THEMES, type Theme, useTheme } from './theme.js';

const NAV: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.directory' },
  { href: '/spaces', label: 'nav.spaces' },
  { href: '/skills', label: 'nav.skills' },
  { href: '/filieres', label: 'nav.filieres' },
  { href: '/tenders', label: 'nav.tenders' },
];

function isCurrent(location: string, href: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

export function Layout({ children, accountLinks }: { children: ReactNode; accountLinks?: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const [theme, setTheme] = useTheme();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownLocation = useRef(location);
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (shownLocation.current === location) return;
    shownLocation.current = location;
    setMenuOpen(false);
    main.current?.focus();
  });

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="button button--quiet menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
          <div id="site-menu" className="site-menu" data-open={menuOpen}>
            <nav className="main-nav" aria-label={t('nav.main')}>
              <ul>
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} aria-current={isCurrent(location, item.href) ? 'page' : undefined}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="header-tools">
              {accountLinks}
              <div className="inline-select">
                <label htmlFor="language-switch">{t('settings.language')}</label>
                <select
                  id="language-switch"
                  value={language}
                  onChange={(event) => setLanguage(event.target.value as Language)}
                >
                  {LANGUAGES.map((code) => (
                    <option key={code} value={code} lang={code}>
                      {LANGUAGE_NAMES[code]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="inline-select">
                <label htmlFor="theme-switch">{t('settings.theme')}</label>
                <select
                  id="theme-switch"
                  value={theme}
                  onChange={(event) => setTheme(event.target.value as Theme)}
                >
                  {THEMES.map((name) => (
                    <option key={name} value={name}>
                      {t(`theme.${name}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.about')}</p>
        </div>
      </footer>
    </>
  );
}
