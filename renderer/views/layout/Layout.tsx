// The app frame: skip link, header (name, search, language), navigation landmark and main.
// After a navigation, focus moves to main so screen readers start reading the new page, unless
// the user is typing in the search field.
import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { Link } from '../../app/Link';
import { sectionOf, type Route } from '../../app/router';
import { useT } from '../../i18n';
import { DesktopLayer } from '../../desktop/DesktopLayer';
import { HistoryButtons } from '../../desktop/HistoryButtons';
import { isRestoringScroll } from '../../desktop/pageHistory';
import { LanguageToggle } from './LanguageToggle';
import { Navigation } from './Navigation';
import { SearchField } from './SearchField';
import { TeamStatusBadge } from '../team/TeamStatusBadge';
import './layout.css';

/** Identifies a page without its query, so changing a filter or a search is not a navigation. */
function pageKey(route: Route): string {
  switch (route.name) {
    case 'partnership':
      return `partnership/${route.id}`;
    case 'factor':
    case 'lesson':
    case 'note':
      return `${route.name}/${route.id}`;
    default:
      return route.name;
  }
}

export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const t = useT('common');
  const mainRef = useRef<HTMLElement>(null);
  const key = pageKey(route);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('[role="search"]')) return;
    // Back and Forward put the page back where it was scrolled (desktop/pageHistory.ts).
    if (!isRestoringScroll()) window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [key]);

  useEffect(() => {
    // A section link (#/partnerskaber/x/y) scrolls its section into view once it is rendered.
    if (route.name !== 'partnership' || !route.section) return;
    const id = `section-${route.section}`;
    const timer = window.setTimeout(() => document.getElementById(id)?.scrollIntoView(), 0);
    return () => window.clearTimeout(timer);
  }, [route]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to={{ name: 'home' }} className="app-brand">
          <span className="app-brand-name">{t('appName')}</span>
          <span className="app-brand-tagline">{t('appTagline')}</span>
        </Link>
        <HistoryButtons />
        <SearchField />
        <TeamStatusBadge />
        <LanguageToggle />
      </header>
      <div className="app-body">
        <Navigation current={sectionOf(route)} />
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
      <DesktopLayer route={route} />
    </div>
  );
}

// "#main" would be read as a route by the hash router; move focus without touching the URL.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
