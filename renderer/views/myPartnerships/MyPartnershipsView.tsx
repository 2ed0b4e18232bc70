// Mine partnerskaber: the user's own partnerships with an overview to act on (counts by status,
// what is not yet assessed), the report of the notes' free text made into partnerships, and
// export and import of all of it.
import { useEffect } from 'react';
import { ASSESSMENT_STATUSES } from '../../../shared/partnerships/types';
import { useApi } from '../../api/useApi';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { CountsTable } from './CountsTable';
import { FactorPicker } from './FactorPicker';
import { STATUS_LABEL } from './labels';
import { MigrationNotice } from './MigrationNotice';
import { PartnershipsTransfer } from './PartnershipsTransfer';
import { AdoptNoteText } from './AdoptNoteText';
import { PARTNERSHIPS_CHANGED } from './partnershipsChanged';
import '../notes/forms.css';
import './myPartnerships.css';

export function MyPartnershipsView() {
  const t = useT();
  const overview = useApi('partnerships.overview', {});
  const { reload } = overview;
  useEffect(() => {
    window.addEventListener(PARTNERSHIPS_CHANGED, reload);
    return () => window.removeEventListener(PARTNERSHIPS_CHANGED, reload);
  }, [reload]);

  return (
    <div className="my-partnerships">
      <PageHeader title={t('myPartnerships.title')} lead={t('myPartnerships.intro')}>
        <div className="button-row">
          <Link to={{ name: 'myPartnershipNew' }} className="button button-primary">
            {t('myPartnerships.new')}
          </Link>
        </div>
      </PageHeader>
      <MigrationNotice />
      {overview.status === 'loading' && <Loading />}
      {overview.status === 'error' && (
        <ErrorState error={overview.error} onRetry={overview.reload} />
      )}
      {overview.status === 'ready' && overview.value.length === 0 && (
        <p className="notice">{t('myPartnerships.empty')}</p>
      )}
      {overview.status === 'ready' && overview.value.length > 0 && (
        <section aria-labelledby="overview-heading">
          <h2 id="overview-heading">{t('myPartnerships.overviewHeading')}</h2>
          <div
            className="table-scroll"
            tabIndex={0}
            role="group"
            aria-labelledby="overview-heading"
          >
            <table className="counts-table">
              <caption className="visually-hidden">{t('myPartnerships.overviewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myPartnerships.partnership')}</th>
                  {ASSESSMENT_STATUSES.map((s) => (
                    <th key={s} scope="col" className="num">
                      {t(STATUS_LABEL[s])}
                    </th>
                  ))}
                  <th scope="col">{t('myPartnerships.lastAssessed')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.value.map((o) => (
                  <tr key={o.partnership.id}>
                    <th scope="row">
                      <Link
                        to={{ name: 'myPartnership', id: o.partnership.id, tab: 'profile' }}
                        data-partnership-link={o.partnership.id}
                      >
                        {o.partnership.name}
                      </Link>
                    </th>
                    {ASSESSMENT_STATUSES.map((s) => (
                      <td key={s} className="num" data-status={s}>
                        {o.counts[s]}
                      </td>
                    ))}
                    <td>{o.lastAssessed ?? t('myPartnerships.never')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {overview.value.map((o) => (
            <details key={o.partnership.id} className="overview-detail">
              <summary>{t('myPartnerships.overviewDetail', { name: o.partnership.name })}</summary>
              <CountsTable
                rows={o.byGroup}
                caption={t('myPartnerships.overviewDetailCaption', { name: o.partnership.name })}
              />
              {o.notAssessed.length > 0 && (
                <>
                  <h3>{t('myPartnerships.notAssessed', { count: o.notAssessed.length })}</h3>
                  <ul>
                    {o.notAssessed.map((set) => (
                      <li key={set.id} lang="da">
                        {set.title}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </details>
          ))}
          <FactorPicker />
        </section>
      )}
      <AdoptNoteText onDone={overview.reload} />
      <PartnershipsTransfer onImported={overview.reload} />
    </div>
  );
}
