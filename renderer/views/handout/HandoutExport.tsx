// Export buttons for each format: the main process asks where to save and writes the file. The
// export's own words (page numbers, labels) have a language of their own, Danish unless chosen.
import { useId, useState } from 'react';
import type { ExportLanguage } from '../../../shared/handout/exportLabels';
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

const LANGUAGE_KEY = 'samspil.exportLanguage';

function storedLanguage(): ExportLanguage {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

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
          const language = e.target.value === 'en' ? 'en' : 'da';
          props.onChange(language);
          try {
            window.localStorage.setItem(LANGUAGE_KEY, language);
          } catch {
            // Without storage the choice lasts for this session.
          }
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
  const [language, setLanguage] = useState<ExportLanguage>(storedLanguage);

  const run = async (format: ExportFormat, label: string) => {
    setOutcome({ kind: 'busy', text: t('exporting', { format: label }) });
    try {
      const saved = await call('handouts.export', { id, format, language });
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
      <ExportLanguageField value={language} onChange={setLanguage} />
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
