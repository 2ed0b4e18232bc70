// The frame of each page of one partnership: its name, facts, and the pages (profile,
// development, handout, edit) as a navigation with the current page marked.
import type { ReactNode } from 'react';
import type { MyPartnership } from '../../../shared/partnerships/types';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Link } from '../../app/Link';
import type { MyPartnershipTab } from '../../app/router';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { NotFoundView } from '../layout/NotFoundView';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { SECTOR_LABEL } from './labels';
import '../notes/forms.css';
import './myPartnerships.css';

const TABS: { tab: MyPartnershipTab; label: MessageKey }[] = [
  { tab: 'profile', label: 'myPartnerships.tabProfile' },
  { tab: 'compare', label: 'myPartnerships.tabCompare' },
  { tab: 'handout', label: 'myPartnerships.tabHandout' },
  { tab: 'edit', label: 'myPartnerships.tabEdit' },
];

function Facts({ partnership: p }: { partnership: MyPartnership }) {
  const t = useT();
  const period =
    p.periodStart || p.periodEnd ? `${p.periodStart ?? '…'} – ${p.periodEnd ?? '…'}` : null;
  return (
    <dl className="partnership-facts">
      {p.partners.length > 0 && (
        <>
          <dt>{t('myPartnerships.partners')}</dt>
          <dd>
            <ul className="partner-list">
              {p.partners.map((x, i) => (
                <li key={i}>
                  {x.name} <span className="muted">({t(SECTOR_LABEL[x.sector])})</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {period && (
        <>
          <dt>{t('myPartnerships.period')}</dt>
          <dd>{period}</dd>
        </>
      )}
      {p.targetGroup && (
        <>
          <dt>{t('myPartnerships.targetGroup')}</dt>
          <dd>{p.targetGroup}</dd>
        </>
      )}
      {p.purpose && (
        <>
          <dt>{t('myPartnerships.purpose')}</dt>
          <dd>{p.purpose}</dd>
        </>
      )}
    </dl>
  );
}

export function PartnershipFrame({
  id,
  tab,
  children,
}: {
  id: string;
  tab: MyPartnershipTab;
  children: (partnership: MyPartnership, reload: () => void) => ReactNode;
}) {
  const t = useT();
  const partnership = useApi('partnerships.get', { id });
  if (partnership.status === 'loading') return <Loading />;
  if (partnership.status === 'error') {
    // Deleted (Back after a delete, an old Senest set entry) or never there: a real not-found page.
    if (partnership.error instanceof ApiError && partnership.error.code === 'not-found')
      return (
        <NotFoundView
          title={t('partnershipLinks.notFoundTitle')}
          body={t('partnershipLinks.notFoundBody')}
          back={{ to: { name: 'myPartnerships' }, label: t('myPartnerships.title') }}
        />
      );
    return <ErrorState error={partnership.error} onRetry={partnership.reload} />;
  }
  const p = partnership.value;
  const current = TABS.find((x) => x.tab === tab);
  return (
    <article className="my-partnership">
      <PageHeader
        kicker={<Link to={{ name: 'myPartnerships' }}>{t('myPartnerships.title')}</Link>}
        title={
          tab === 'profile'
            ? p.name
            : `${p.name}: ${t(current?.label ?? 'myPartnerships.tabProfile')}`
        }
      >
        <Facts partnership={p} />
      </PageHeader>
      <nav className="tab-nav" aria-label={t('myPartnerships.pagesOf', { name: p.name })}>
        <ul>
          {TABS.map((x) => (
            <li key={x.tab}>
              <Link
                to={{ name: 'myPartnership', id, tab: x.tab }}
                aria-current={x.tab === tab ? 'page' : undefined}
              >
                {t(x.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children(p, partnership.reload)}
    </article>
  );
}
