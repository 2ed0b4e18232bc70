// Export buttons for each format: the main process asks where to save and writes the file.
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/handout/types';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { useErrorText } from '../../api/errorText';

const FORMATS: {
  format: ExportFormat;
  key: 'exportPdf' | 'exportDocx' | 'exportMd' | 'exportHtml';
}[] = [
  { format: 'pdf', key: 'exportPdf' },
  { format: 'docx', key: 'exportDocx' },
  { format: 'md', key: 'exportMd' },
  { format: 'html', key: 'exportHtml' },
];

type Outcome = { kind: 'busy' | 'ok' | 'info' | 'error'; text: string };

export function HandoutExport({ id, disabled }: { id: string; disabled: boolean }) {
  const t = useT('handout');
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (format: ExportFormat, label: string) => {
    setOutcome({ kind: 'busy', text: t('exporting', { format: label }) });
    try {
      const saved = await call('handouts.export', { id, format });
      setOutcome(
        'path' in saved
          ? { kind: 'ok', text: t('exportSaved', { path: saved.path }) }
          : { kind: 'info', text: t('exportCancelled') },
      );
    } catch (e) {
      setOutcome({ kind: 'error', text: t('exportError', { message: errorText(e) }) });
    }
  };

  return (
    <section className="handout-export card" aria-labelledby="handout-export-heading">
      <h2 id="handout-export-heading">{t('exportHeading')}</h2>
      <p className="muted">{t('exportHelp')}</p>
      <div className="button-row">
        {FORMATS.map(({ format, key }) => (
          <button
            key={format}
            type="button"
            className="button"
            data-format={format}
            disabled={disabled || outcome?.kind === 'busy'}
            onClick={() => void run(format, t(key))}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {outcome && outcome.kind !== 'error' && (
          <p className={outcome.kind === 'ok' ? 'notice notice-success export-path' : 'notice'}>
            {outcome.text}
          </p>
        )}
      </div>
      <div role="alert">
        {outcome?.kind === 'error' && <p className="notice notice-error">{outcome.text}</p>}
      </div>
    </section>
  );
}
