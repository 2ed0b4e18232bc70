// The live print preview: the handout service's HTML (handouts.preview), sanitised, inside a
// shadow root so its stylesheet and the app's cannot touch each other. The stylesheet is adopted
// as a constructable stylesheet because the app's CSP forbids inline <style>.
import { useEffect, useRef, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { handoutCss } from '../../../shared/handout/handoutCss';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { sanitizePreviewHtml } from '../../markdown/purifyMarkdown';
import { useErrorText } from '../../api/errorText';

let sheet: CSSStyleSheet | null = null;
export function handoutSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // The page frame of the preview: white A4-like paper on the app's background.
    sheet.replaceSync(
      `${handoutCss}\n:host{display:block}\n.paper{background:#fff;color:#1a1a1a;padding:2.2rem 2.4rem;box-shadow:0 1px 3px rgb(0 0 0 / 18%);border-radius:2px}`,
    );
  }
  return sheet;
}

export function HandoutPreview({ handout }: { handout: Handout }) {
  const t = useT('handout');
  const errorText = useErrorText();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | { error: unknown }>('loading');

  // Re-rendered whenever the saved handout changes; a short pause lets typing settle first.
  useEffect(() => {
    let live = true;
    setState('loading');
    const timer = window.setTimeout(() => {
      call('handouts.preview', { id: handout.id }).then(
        ({ html }) => {
          const el = host.current;
          if (!live || !el) return;
          const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [handoutSheet()];
          root.innerHTML = `<div class="paper">${sanitizePreviewHtml(html)}</div>`;
          setState('ready');
        },
        (e: unknown) => live && setState({ error: e }),
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [handout.id, handout.updatedAt]);

  return (
    // Focusable because it scrolls on its own: keyboard users must be able to scroll it too.
    <section className="handout-preview" aria-labelledby="handout-preview-heading" tabIndex={0}>
      <h2 id="handout-preview-heading">{t('previewHeading')}</h2>
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
        className="handout-preview-paper"
        role="document"
        aria-label={t('previewLabel')}
      />
    </section>
  );
}
