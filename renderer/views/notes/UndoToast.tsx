// "Noten … er slettet. [Fortryd]" – stays until dismissed or replaced (no time limit, WCAG 2.2.1);
// the undo button takes focus so the keyboard user can undo at once.
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { forgetDeletion, useLastDeletion } from './deletedNotes';
import { useErrorText } from '../../api/errorText';

export function UndoToast({ onRestored }: { onRestored: () => void }) {
  const t = useT('notes');
  const errorText = useErrorText();
  const deletion = useLastDeletion();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (deletion) undoRef.current?.focus();
  }, [deletion]);

  const undo = async () => {
    if (!deletion) return;
    try {
      await call('notes.undelete', { ids: deletion.ids });
      forgetDeletion();
      setMessage({ text: t('undone'), error: false });
      onRestored();
    } catch (e) {
      setMessage({ text: t('undoFailed', { message: errorText(e) }), error: true });
    }
  };

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {deletion ? (
        <div className="toast">
          <span>
            {deletion.ids.length === 1
              ? t('deleted', { title: deletion.title })
              : t('deletedMany', { count: deletion.ids.length })}
          </span>
          <button ref={undoRef} type="button" className="button button-primary" onClick={undo}>
            {t('undo')}
          </button>
          <button
            type="button"
            className="toast-close"
            aria-label={t('dismiss')}
            onClick={forgetDeletion}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : (
        message && (
          <div className={message.error ? 'toast toast-error' : 'toast'}>
            <span>{message.text}</span>
            <button
              type="button"
              className="toast-close"
              aria-label={t('dismiss')}
              onClick={() => setMessage(null)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )
      )}
    </div>
  );
}
