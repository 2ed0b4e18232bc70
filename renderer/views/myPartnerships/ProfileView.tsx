// Partnerskabstjek: every factor of the taxonomy, grouped as the source groups them, overlaps
// once, each with its status, comment and history, and the evidence beside it.
import { useApi } from '../../api/useApi';
import { useT } from '../../i18n';
import { GROUP_LABEL } from '../shared/labels';
import { ErrorState, Loading } from '../layout/StatusMessage';
import { CountsTable } from './CountsTable';
import { FactorRow } from './FactorRow';
import { PartnershipFrame } from './PartnershipFrame';
import { emptyCounts } from '../../../shared/partnerships/profile';

function Profile({ id }: { id: string }) {
  const t = useT();
  const profile = useApi('partnerships.profile', { id });
  if (profile.status === 'loading') return <Loading />;
  if (profile.status === 'error')
    return <ErrorState error={profile.error} onRetry={profile.reload} />;
  const { groups, counts } = profile.value;
  const rows = groups.map((g) => {
    const c = emptyCounts();
    for (const r of g.rows) c[r.status]++;
    return { group: g.group, counts: c };
  });
  const open = groups.flatMap((g) => g.rows).filter((r) => r.status === 'ikke-vurderet');
  return (
    <>
      <section aria-labelledby="profile-summary">
        <h2 id="profile-summary">{t('myPartnerships.summaryHeading')}</h2>
        <p>
          {t('myPartnerships.summaryText', {
            strength: counts.styrke,
            attention: counts.opmaerksomhed,
            notRelevant: counts['ikke-relevant'],
            open: counts['ikke-vurderet'],
          })}
        </p>
        <CountsTable rows={rows} caption={t('myPartnerships.countsCaption')} />
        {open.length > 0 && (
          <details className="not-assessed">
            <summary>{t('myPartnerships.notAssessed', { count: open.length })}</summary>
            <ul>
              {open.map((r) => (
                <li key={r.set.id}>
                  <a
                    href={`#/mine-partnerskaber/${id}`}
                    lang="da"
                    onClick={(e) => {
                      e.preventDefault();
                      const target = document.getElementById(`factor-${r.set.id}`);
                      target?.scrollIntoView();
                      target
                        ?.querySelector<HTMLInputElement>('input[type="radio"]:checked')
                        ?.focus();
                    }}
                  >
                    {r.set.title}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      {groups.map((g) => (
        <section
          key={g.group}
          aria-labelledby={`profile-group-${g.group}`}
          className="profile-group"
        >
          <h2 id={`profile-group-${g.group}`}>{t(GROUP_LABEL[g.group])}</h2>
          <ol className="factor-rows">
            {g.rows.map((row) => (
              <FactorRow key={row.set.id} row={row} partnershipId={id} onSaved={profile.reload} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

export function ProfileView({ id }: { id: string }) {
  return (
    <PartnershipFrame id={id} tab="profile">
      {() => <Profile id={id} />}
    </PartnershipFrame>
  );
}
