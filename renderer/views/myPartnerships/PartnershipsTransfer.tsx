// Export and import of all partnerships with their history. A refused import shows the store's
// message verbatim: it names the entry and field that were wrong, and nothing was changed.
import { useState } from 'react';
import type { PartnershipsImportReport } from '../../../shared/partnerships/types';
import { call } from '../../api/client';
import { useT } from '../../i18n';

type Outcome =
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'report'; report: PartnershipsImportReport };

export function PartnershipsTransfer({ onImported }: { onImported: () => void }) {
  const t = useT('myPartnerships');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (job: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await job());
    } catch (e) {
      setOutcome({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      const saved = await call('partnerships.exportFile', {});
      return {
        kind: 'info',
        text: 'path' in saved ? t('exportSaved', { path: saved.path }) : t('cancelled'),
      };
    });

  const importAll = () =>
    run(async () => {
      const result = await call('partnerships.importFile', {});
      if ('cancelled' in result) return { kind: 'info', text: t('cancelled') };
      onImported();
      return { kind: 'report', report: result };
    });

  return (
    <section className="card transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transferHeading')}</h2>
      <p className="muted">{t('transferHelp')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAll()}>
          {t('exportAll')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void importAll()}>
          {t('importAll')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'info' && <p className="notice">{outcome.text}</p>}
        {outcome?.kind === 'report' && (
          <div className="notice notice-success">
            <h3>{t('importReportHeading')}</h3>
            <ul>
              <li>{t('importAdded', { count: outcome.report.added })}</li>
              <li>{t('importUpdated', { count: outcome.report.updated })}</li>
              <li>{t('importSkipped', { count: outcome.report.skipped })}</li>
              <li>{t('importAssessments', { count: outcome.report.assessmentsAdded })}</li>
              {outcome.report.backup && (
                <li>{t('importBackup', { path: outcome.report.backup })}</li>
              )}
            </ul>
          </div>
        )}
      </div>
      <div role="alert">
        {outcome?.kind === 'error' && (
          <div className="notice notice-error">
            <p className="notice-title">{t('importRefused')}</p>
            <p>{outcome.text}</p>
          </div>
        )}
      </div>
    </section>
  );
}
