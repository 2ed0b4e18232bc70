// One factor across all of the user's partnerships: its status, date and comment in each.
import { useApi } from '../../api/useApi';
import { Link } from '../../app/Link';
import { useT } from '../../i18n';
import { PageHeader } from '../layout/PageHeader';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { GROUP_LABEL } from '../shared/labels';
import { STATUS_LABEL } from './labels';
import './myPartnerships.css';

export function FactorAcrossView({ id }: { id: string }) {
  const t = useT();
  const across = useApi('partnerships.factorAcross', { factorId: id });
  if (across.status === 'loading') return <Loading />;
  if (across.status === 'error') return <ErrorState error={across.error} onRetry={across.reload} />;
  const { set, rows } = across.value;
  return (
    <article className="my-partnership">
      <PageHeader
        kicker={<Link to={{ name: 'myPartnerships' }}>{t('myPartnerships.title')}</Link>}
        title={set.title}
        lang="da"
        lead={t('myPartnerships.acrossLead', { group: t(GROUP_LABEL[set.group]) })}
      />
      <p>
        <Link to={{ name: 'factor', id: set.id }}>{t('myPartnerships.acrossFactorPage')}</Link>
      </p>
      {rows.length === 0 ? (
        <p className="notice">{t('myPartnerships.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={set.title}>
          <table>
            <caption className="visually-hidden">{t('myPartnerships.acrossCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myPartnerships.partnership')}</th>
                <th scope="col">{t('myPartnerships.status')}</th>
                <th scope="col">{t('myPartnerships.date')}</th>
                <th scope="col">{t('myPartnerships.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.partnership.id}>
                  <th scope="row">
                    <Link to={{ name: 'myPartnership', id: r.partnership.id, tab: 'profile' }}>
                      {r.partnership.name}
                    </Link>
                  </th>
                  <td data-status={r.status}>{t(STATUS_LABEL[r.status])}</td>
                  <td>{r.current?.date ?? '–'}</td>
                  <td>{r.current?.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
