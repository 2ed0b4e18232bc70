// The window's undo: Ctrl+Z and the menu (useUndoShortcut), and a toast offering *Fortryd* for
// the last handout action. The offer stays until used, dismissed or replaced (no time limit,
// WCAG 2.2.1) and does not take focus, so the user's place is kept; "Fortrudt" clears itself.
import { useEffect } from 'react';
import { useT } from '../i18n';
import { clearUndoResult, dismissUndo, undoLast, useUndoState } from './undoStack';
import { useUndoShortcut } from './useUndoShortcut';
import './undo.css';

const RESULT_SHOWN_MS = 6000;

export function UndoSupport() {
  const t = useT('editor');
  useUndoShortcut();
  const { top, result } = useUndoState();

  useEffect(() => {
    if (!result || result.error) return;
    const timer = window.setTimeout(clearUndoResult, RESULT_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [result]);

  const undo = () =>
    void undoLast({ done: t('undone'), failed: (message) => t('undoFailed', { message }) });
  const dismiss = () => {
    dismissUndo();
    document.getElementById('main')?.focus();
  };

  return (
    <div className="action-toast-region" role="status" aria-live="polite">
      {top ? (
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
      ) : (
        result && (
          <div className={result.error ? 'toast action-toast toast-error' : 'toast action-toast'}>
            <span>{result.text}</span>
          </div>
        )
      )}
    </div>
  );
}
