// The main navigation landmark; the current section is marked with aria-current.
import { Link } from '../../app/Link';
import type { Route, Section } from '../../app/router';
import { useBasket } from '../../handout/BasketProvider';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';

export const NAV_ITEMS: { section: Section; to: Route; label: MessageKey }[] = [
  { section: 'home', to: { name: 'home' }, label: 'common.navHome' },
  { section: 'partnerships', to: { name: 'partnerships' }, label: 'common.navPartnerships' },
  { section: 'quotes', to: { name: 'quotes', filters: {} }, label: 'common.navQuotes' },
  { section: 'factors', to: { name: 'factors' }, label: 'common.navFactors' },
  { section: 'search', to: { name: 'search', q: '', filters: {} }, label: 'common.navSearch' },
  { section: 'notes', to: { name: 'notes' }, label: 'common.navNotes' },
  { section: 'myPartnerships', to: { name: 'myPartnerships' }, label: 'myPartnerships.nav' },
  { section: 'handout', to: { name: 'handout' }, label: 'common.navHandout' },
  { section: 'settings', to: { name: 'settings' }, label: 'common.navSettings' },
];

export function Navigation({ current }: { current: Section | null }) {
  const t = useT();
  const basket = useBasket();
  return (
    <nav className="app-nav" aria-label={t('common.mainNavigation')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.section}>
            <Link to={item.to} aria-current={item.section === current ? 'page' : undefined}>
              {t(item.label)}
              {item.section === 'handout' && basket.count > 0 && (
                <>
                  <span className="nav-count" aria-hidden="true">
                    {basket.count}
                  </span>
                  <span className="visually-hidden">
                    , {t('editor.navHandoutCount', { count: basket.count })}
                  </span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
