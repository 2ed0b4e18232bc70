// The profile as a meeting handout: a live preview of the handout renderer's output and the same
// four exports as every handout (the main process asks where to save).
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../../shared/handout/types';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { sanitizePreviewHtml } from '../../markdown/purifyMarkdown';
import { handoutSheet } from '../handout/HandoutPreview';
import { localToday } from './labels';
import { PartnershipFrame } from './PartnershipFrame';

const FORMATS: { format: ExportFormat; key: MessageKey }[] = [
  { format: 'pdf', key: 'handout.exportPdf' },
  { format: 'docx', key: 'handout.exportDocx' },
  { format: 'md', key: 'handout.exportMd' },
  { format: 'html', key: 'handout.exportHtml' },
];

function HandoutOfProfile({ id }: { id: string }) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<'loading' | 'ready' | { error: string }>('loading');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [asOf, setAsOf] = useState(localToday);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;

  useEffect(() => {
    let live = true;
    setPreview('loading');
    call('partnerships.handoutPreview', { id, asOf: day }).then(
      ({ html }) => {
        const el = host.current;
        if (!live || !el) return;
        const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [handoutSheet()];
        root.innerHTML = `<div class="paper">${sanitizePreviewHtml(html)}</div>`;
        setPreview('ready');
      },
      (e: unknown) => live && setPreview({ error: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [id, day]);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    setOutcome(null);
    try {
      const saved = await call('partnerships.exportHandout', { id, format, asOf: day });
      setOutcome({
        ok: 'path' in saved,
        text:
          'path' in saved
            ? t('handout.exportSaved', { path: saved.path })
            : t('handout.exportCancelled'),
      });
    } catch (e) {
      setOutcome({ ok: false, text: t('handout.exportError', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="profile-export-heading">
        <h2 id="profile-export-heading">{t('myPartnerships.handoutHeading')}</h2>
        <p className="muted">{t('myPartnerships.handoutHelp')}</p>
        <div className="field handout-as-of">
          <label htmlFor="handout-as-of">{t('myPartnerships.handoutAsOf')}</label>
          <input
            id="handout-as-of"
            type="date"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
          />
        </div>
        <div className="button-row">
          {FORMATS.map(({ format, key }) => (
            <button
              key={format}
              type="button"
              className="button"
              data-format={format}
              disabled={busy}
              onClick={() => void run(format)}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <div role="status" aria-live="polite">
          {outcome && (
            <p className={outcome.ok ? 'notice notice-success export-path' : 'notice'}>
              {outcome.text}
            </p>
          )}
        </div>
      </section>
      <section className="handout-preview" aria-labelledby="profile-preview-heading" tabIndex={0}>
        <h2 id="profile-preview-heading">{t('handout.previewHeading')}</h2>
        {preview === 'loading' && (
          <p className="muted" role="status">
            {t('handout.previewLoading')}
          </p>
        )}
        {typeof preview === 'object' && (
          <p className="notice notice-error" role="alert">
            {t('handout.previewError', { message: preview.error })}
          </p>
        )}
        <div
          ref={host}
          className="handout-preview-paper"
          role="document"
          aria-label={t('handout.previewLabel')}
          lang="da"
        />
      </section>
    </>
  );
}

export function ProfileHandoutView({ id }: { id: string }) {
  return (
    <PartnershipFrame id={id} tab="handout">
      {() => <HandoutOfProfile id={id} />}
    </PartnershipFrame>
  );
}
