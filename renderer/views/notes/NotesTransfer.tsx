// Export (JSON file or Markdown folder) and import of notes. A refused import shows the store's
// message verbatim: it names what was wrong and where, and nothing was changed.
import { useState } from 'react';
import type { ImportReport } from '../../../shared/notes/types';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { useErrorText } from '../../api/errorText';

type Outcome =
  | { kind: 'info'; text: string }
  | { kind: 'error'; title?: string; text: string }
  | { kind: 'report'; report: ImportReport };

export function NotesTransfer({ onImported }: { onImported: () => void }) {
  const t = useT('notes');
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);

  const run = async (job: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await job());
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'json' | 'markdown') =>
    run(async () => {
      try {
        const saved = await call('notes.export', { format });
        return 'path' in saved
          ? { kind: 'info', text: t('exportSaved', { path: saved.path }) }
          : { kind: 'info', text: t('exportCancelled') };
      } catch (e) {
        return { kind: 'error', text: t('exportFailed', { message: errorText(e) }) };
      }
    });

  const importFile = (mode: 'merge' | 'replace') =>
    run(async () => {
      setConfirmReplace(false);
      try {
        const result = await call(
          'notes.import',
          mode === 'replace' ? { mode, confirm: true } : { mode },
        );
        if ('cancelled' in result) return { kind: 'info', text: t('importCancelled') };
        onImported();
        return { kind: 'report', report: result };
      } catch (e) {
        return { kind: 'error', title: t('importRefused'), text: errorText(e) };
      }
    });

  return (
    <section className="notes-transfer card" aria-labelledby="notes-transfer-heading">
      <h2 id="notes-transfer-heading">{t('exportHeading')}</h2>
      <p className="muted">{t('exportHelp')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => exportAs('markdown')}
        >
          {t('exportMarkdown')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => importFile('merge')}
        >
          {t('importMerge')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-expanded={confirmReplace}
          onClick={() => setConfirmReplace((v) => !v)}
        >
          {t('importReplace')}
        </button>
      </div>
      {confirmReplace && (
        <div className="confirm-box" role="group" aria-label={t('importReplace')}>
          <p>{t('importReplaceConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => importFile('replace')}
            >
              {t('importReplace')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmReplace(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" className="transfer-outcome">
        {outcome?.kind === 'info' && <p className="notice">{outcome.text}</p>}
        {outcome?.kind === 'report' && (
          <div className="notice notice-success">
            <h3>{t('importReportHeading')}</h3>
            <ul>
              <li>{t('importAdded', { count: outcome.report.added })}</li>
              <li>{t('importUpdated', { count: outcome.report.updated })}</li>
              <li>{t('importSkipped', { count: outcome.report.skipped })}</li>
              {outcome.report.trashed !== undefined && outcome.report.trashed > 0 && (
                <li>{t('importTrashed', { count: outcome.report.trashed })}</li>
              )}
              {outcome.report.backup && (
                <li>{t('importBackup', { path: outcome.report.backup })}</li>
              )}
            </ul>
          </div>
        )}
      </div>
      <div role="alert" className="transfer-outcome">
        {outcome?.kind === 'error' && (
          <div className="notice notice-error">
            {outcome.title && <p className="notice-title">{outcome.title}</p>}
            <p className="import-refusal">{outcome.text}</p>
          </div>
        )}
      </div>
    </section>
  );
}
