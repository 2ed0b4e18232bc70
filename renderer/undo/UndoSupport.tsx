// The window's undo: Ctrl+Z and the menu (useUndoShortcut), and a toast offering *Fortryd* for
// the last handout action. The toast does not take focus, so the user's place is kept. It covers
// the foot of the window, so it steps aside after a while unless pointer or focus is on it; the
// undo itself has no time limit (WCAG 2.2.1): Ctrl+Z and the menu still reach it.
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { focusPageHeading } from '../views/layout/focusPageHeading';
import { clearUndoResult, dismissUndo, undoLast, useUndoState } from './undoStack';
import { useUndoShortcut } from './useUndoShortcut';
import './undo.css';

const RESULT_SHOWN_MS = 6000;
const OFFER_SHOWN_MS = 8000;

export function UndoSupport() {
  const t = useT('editor');
  useUndoShortcut();
  const { top, result } = useUndoState();
  const [held, setHeld] = useState(false);
  const [hiddenSeq, setHiddenSeq] = useState<number | null>(null);

  useEffect(() => {
    if (!top || held) return;
    const timer = window.setTimeout(() => setHiddenSeq(top.seq), OFFER_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [top, held]);

  useEffect(() => {
    if (!result || result.error) return;
    const timer = window.setTimeout(clearUndoResult, RESULT_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [result]);

  const undo = () =>
    void undoLast({ done: t('undone'), failed: (message) => t('undoFailed', { message }) });
  const dismiss = () => {
    dismissUndo();
    focusPageHeading();
  };

  return (
    <div
      className="action-toast-region"
      role="status"
      aria-live="polite"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {top && top.seq !== hiddenSeq ? (
        <div className="toast action-toast" key={top.seq}>
          <span>{top.message}</span>
          <button type="button" className="button button-primary" onClick={undo}>
            {t('undo')}
          </button>
          <button
            type="button"
            className="toast-close"
            aria-label={t('dismissUndo')}
            onClick={dismiss}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : top ? null : (
        result && (
          <div className={result.error ? 'toast action-toast toast-error' : 'toast action-toast'}>
            <span>{result.text}</span>
          </div>
        )
      )}
    </div>
  );
}
