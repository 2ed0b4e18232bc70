// The live print preview: the handout service's HTML (handouts.preview) in the export language,
// sanitised, inside a shadow root so its stylesheet and the app's cannot touch each other. The
// stylesheet is adopted as a constructable stylesheet because the app's CSP forbids inline <style>.
import { useEffect, useRef, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { handoutCss } from '../../../shared/handout/handoutCss';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { sanitizePreviewHtml } from '../../markdown/purifyMarkdown';
import { useErrorText } from '../../api/errorText';
import { PageViewToggle } from './PageViewToggle';
import { useExportLanguage } from './exportLanguage';

// The page view: the paper at A4 size with the print margins of pageCss(), so lines break as in
// the PDF. (Page breaks themselves are the PDF's; the preview does not paginate.)
const PAGE_VIEW_CSS =
  ':host(.is-page){overflow-x:auto}:host(.is-page) .paper{box-sizing:border-box;width:210mm;min-height:297mm;margin:0 auto;padding:20mm 18mm 18mm;border-radius:0}:host(.is-page) .handout{max-width:none}';

let sheet: CSSStyleSheet | null = null;
export function handoutSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // The page frame of the preview: white A4-like paper on the app's background.
    sheet.replaceSync(
      `${handoutCss}\n:host{display:block}\n.paper{background:#fff;color:#1a1a1a;padding:2.2rem 2.4rem;box-shadow:0 1px 3px rgb(0 0 0 / 18%);border-radius:2px}\n${PAGE_VIEW_CSS}`,
    );
  }
  return sheet;
}

export function HandoutPreview({ handout }: { handout: Handout }) {
  const t = useT('handout');
  const errorText = useErrorText();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | { error: unknown }>('loading');
  const [pageView, setPageView] = useState(false);
  // The export's words in the language the export will use, so the preview shows what it writes.
  const language = useExportLanguage();

  // Re-rendered whenever the saved handout changes; a short pause lets typing settle first.
  useEffect(() => {
    let live = true;
    setState('loading');
    const timer = window.setTimeout(() => {
      call('handouts.preview', { id: handout.id, language }).then(
        ({ html }) => {
          const el = host.current;
          if (!live || !el) return;
          const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [handoutSheet()];
          // The paper speaks the export's language, as the exported page's <html lang> does.
          root.innerHTML = `<div class="paper" lang="${language}">${sanitizePreviewHtml(html)}</div>`;
          setState('ready');
        },
        (e: unknown) => live && setState({ error: e }),
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [handout.id, handout.updatedAt, language]);

  return (
    // Focusable because it scrolls on its own: keyboard users must be able to scroll it too.
    <section className="handout-preview" aria-labelledby="handout-preview-heading" tabIndex={0}>
      <div className="handout-preview-head">
        <h2 id="handout-preview-heading">{t('previewHeading')}</h2>
        <PageViewToggle pressed={pageView} onChange={setPageView} />
      </div>
      <p className="save-status" role="status">
        {state === 'loading' && <span className="muted">{t('previewLoading')}</span>}
      </p>
      {typeof state === 'object' && (
        <p className="notice notice-error" role="alert">
          {t('previewError', { message: errorText(state.error) })}
        </p>
      )}
      <div
        ref={host}
        className={pageView ? 'handout-preview-paper is-page' : 'handout-preview-paper'}
        role="document"
        aria-label={t('previewLabel')}
      />
    </section>
  );
}
