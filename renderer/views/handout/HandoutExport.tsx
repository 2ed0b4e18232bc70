// Export buttons for each format: the main process asks where to save and writes the file; the
// file just written can then be opened, or shown in its folder (app.openPath / showItemInFolder).
// The export's own words (page numbers, labels) have a language of their own, Danish unless chosen
// (exportLanguage.ts; the live preview shows the same).
import { useId, useState } from 'react';
import type { ExportLanguage } from '../../../shared/handout/exportLabels';
import type { ExportFormat } from '../../../shared/handout/types';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { useErrorText } from '../../api/errorText';
import { setExportLanguage, useExportLanguage } from './exportLanguage';

const FORMATS: {
  format: ExportFormat;
  key: 'exportPdf' | 'exportDocx' | 'exportMd' | 'exportHtml';
}[] = [
  { format: 'pdf', key: 'exportPdf' },
  { format: 'docx', key: 'exportDocx' },
  { format: 'md', key: 'exportMd' },
  { format: 'html', key: 'exportHtml' },
];

type Outcome = { kind: 'busy' | 'ok' | 'info' | 'error'; text: string; path?: string };

function ExportLanguageField(props: {
  value: ExportLanguage;
  onChange(language: ExportLanguage): void;
}) {
  const t = useT('editor');
  const id = useId();
  return (
    <div className="field export-language">
      <label htmlFor={id}>{t('exportLanguage')}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value === 'en' ? 'en' : 'da');
        }}
      >
        <option value="da">{t('exportLanguageDa')}</option>
        <option value="en">{t('exportLanguageEn')}</option>
      </select>
    </div>
  );
}

export function HandoutExport({ id, disabled }: { id: string; disabled: boolean }) {
  const t = useT('handout');
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const language = useExportLanguage();

  const run = async (format: ExportFormat, label: string) => {
    setOutcome({ kind: 'busy', text: t('exporting', { format: label }) });
    try {
      const saved = await call('handouts.export', { id, format, language });
      setOutcome(
        'path' in saved
          ? { kind: 'ok', text: t('exportSaved', { path: saved.path }), path: saved.path }
          : { kind: 'info', text: t('exportCancelled') },
      );
    } catch (e) {
      setOutcome({ kind: 'error', text: t('exportError', { message: errorText(e) }) });
    }
  };

  return (
    <section className="handout-export" aria-labelledby="handout-export-heading">
      <h2 id="handout-export-heading" className="visually-hidden">
        {t('exportHeading')}
      </h2>
      <p id="handout-export-help" className="visually-hidden">
        {t('exportHelp')}
      </p>
      <ExportLanguageField value={language} onChange={setExportLanguage} />
      <div
        className="button-row"
        role="group"
        aria-labelledby="handout-export-heading"
        aria-describedby="handout-export-help"
      >
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
      {outcome?.kind === 'ok' && outcome.path && <ExportedFile path={outcome.path} />}
      <div role="alert">
        {outcome?.kind === 'error' && <p className="notice notice-error">{outcome.text}</p>}
      </div>
    </section>
  );
}

/** Open and Show in folder for the file an export just wrote. */
function ExportedFile({ path }: { path: string }) {
  const t = useT('desktop');
  const [error, setError] = useState<string | null>(null);
  const run = (action: Promise<unknown>) => {
    setError(null);
    action.catch((e: unknown) => setError((e as Error).message));
  };
  return (
    <div className="exported-file">
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => run(call('app.openPath', { path }))}
        >
          {t('handoutOpenFile')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => run(call('app.showItemInFolder', { path }))}
        >
          {t('handoutShowInFolder')}
        </button>
      </div>
      <div role="alert">
        {error && (
          <p className="notice notice-error">{t('handoutFileFailed', { message: error })}</p>
        )}
      </div>
    </div>
  );
}
