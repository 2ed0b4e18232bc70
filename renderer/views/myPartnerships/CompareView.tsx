// Development: the profile on two dates side by side, what moved between them, as a table.
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { useT } from '../../i18n';
import { GROUP_LABEL } from '../shared/labels';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { aYearBefore, localToday, STATUS_LABEL } from './labels';
import { PartnershipFrame } from './PartnershipFrame';

function Comparison({ id }: { id: string }) {
  const t = useT();
  const [to, setTo] = useState(localToday);
  const [from, setFrom] = useState(() => aYearBefore(localToday()));
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  const dates = valid.test(from) && valid.test(to) ? { from, to } : null;
  const result = useApi('partnerships.compare', {
    id,
    from: dates?.from ?? '0000-01-01',
    to: dates?.to ?? '0000-01-01',
  });
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('myPartnerships.compareHeading')}</h2>
      <p className="muted">{t('myPartnerships.compareHelp')}</p>
      <div className="period-fields">
        <div className="field">
          <label htmlFor="compare-from">{t('myPartnerships.compareFrom')}</label>
          <input
            id="compare-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="compare-to">{t('myPartnerships.compareTo')}</label>
          <input id="compare-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      <div role="status" aria-live="polite" className="compare-result">
        {result.status === 'loading' && <Loading />}
        {result.status === 'error' && <ErrorState error={result.error} onRetry={result.reload} />}
        {result.status === 'ready' && (
          <p>
            {t('myPartnerships.compareSummary', {
              from: result.value.from,
              to: result.value.to,
              changed: result.value.changes.length,
              unchanged: result.value.unchanged,
            })}
          </p>
        )}
      </div>
      {result.status === 'ready' && result.value.changes.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="compare-heading">
          <table className="compare-table">
            <caption className="visually-hidden">{t('myPartnerships.compareCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myPartnerships.factor')}</th>
                <th scope="col">{t('myPartnerships.group')}</th>
                <th scope="col">{result.value.from}</th>
                <th scope="col">{result.value.to}</th>
                <th scope="col">{t('myPartnerships.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {result.value.changes.map((c) => (
                <tr key={c.set.id} data-factor={c.set.id}>
                  <th scope="row" lang="da">
                    {c.set.title}
                  </th>
                  <td>{t(GROUP_LABEL[c.set.group])}</td>
                  <td>{t(STATUS_LABEL[c.from])}</td>
                  <td>{t(STATUS_LABEL[c.to])}</td>
                  <td>{c.assessment?.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function CompareView({ id }: { id: string }) {
  return (
    <PartnershipFrame id={id} tab="compare">
      {() => <Comparison id={id} />}
    </PartnershipFrame>
  );
}
