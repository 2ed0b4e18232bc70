// Work on the selected notes together: add or remove a success factor, export, add to the
// handout, share with the team or make private, delete. Every change can be undone from the message that follows it (deleting through
// the notes' own undo toast); a delete of more than half the notes asks first, as the store does.
import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '../../../shared/notes/types';
import { ApiError, call } from '../../api/client';
import type { ContentIndex } from '../../app/contentIndex';
import { useBasket } from '../../handout/BasketProvider';
import { useT } from '../../i18n';
import { rememberDeletion } from './deletedNotes';
import { addNotesToHandout, tagNotes, untagNotes, type BulkOutcome } from './noteBulkActions';
import { NotesBulkShare, type BulkMessage as Message } from './NotesBulkShare';
import type { NoteTeam } from './useNoteTeam';

interface BulkBarProps {
  selected: Note[];
  content: ContentIndex;
  team: NoteTeam;
  onChanged: () => void;
  onClear: () => void;
}

/** Tagging and untagging the selected notes: one button each, the same pattern. */
const FACTOR_ACTIONS = [
  { label: 'notesBulkTag', act: tagNotes, done: 'notesBulkTagged' },
  { label: 'notesBulkUntag', act: untagNotes, done: 'notesBulkUntagged' },
] as const;

export function NotesBulkBar({ selected, content, team, onChanged, onClear }: BulkBarProps) {
  const t = useT('desktop');
  const basket = useBasket();
  const [factor, setFactor] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const factorId = useId();
  const factorTitle = content.get('factor', factor)?.title ?? factor;

  useEffect(() => {
    if (message?.undo) undoRef.current?.focus();
  }, [message]);

  const run = async (action: () => Promise<Message>) => {
    setMessage(null);
    try {
      setMessage(await action());
    } catch (e) {
      setMessage({ text: t('notesBulkFailed', { message: (e as Error).message }), error: true });
    } finally {
      onChanged();
    }
  };
  const changed = (outcome: BulkOutcome, text: string): Message => ({ text, undo: outcome.undo });

  const remove = async (confirm: boolean): Promise<Message> => {
    const ids = selected.map((n) => n.id);
    try {
      await call('notes.delete', { ids, confirm });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'needs-confirmation') {
        setConfirmDelete(e.message);
        return { text: e.message };
      }
      throw e;
    }
    setConfirmDelete(null);
    rememberDeletion(ids, selected[0]?.title ?? '');
    onClear();
    return { text: '' };
  };

  const undo = async () => {
    if (!message?.undo) return;
    await run(async () => {
      await message.undo?.();
      return { text: t('notesBulkUndone') };
    });
  };

  const count = selected.length;
  return (
    <section className="notes-bulk card" aria-label={t('notesBulkLabel')}>
      <p className="notes-bulk-count" aria-live="polite">
        {t('notesSelected', { count })}
      </p>
      <div className="notes-bulk-row">
        <div className="field">
          <label htmlFor={factorId}>{t('notesBulkFactor')}</label>
          <select id={factorId} value={factor} onChange={(e) => setFactor(e.target.value)}>
            <option value="">{t('notesBulkFactorNone')}</option>
            {content.factors.map((f) => (
              <option key={f.id} value={f.id} lang="da">
                {f.title}
              </option>
            ))}
          </select>
        </div>
        {FACTOR_ACTIONS.map(({ label, act, done }) => (
          <button
            key={label}
            type="button"
            className="button"
            disabled={!factor || count === 0}
            onClick={() =>
              void run(async () => {
                const outcome = await act(selected, factor);
                return changed(outcome, t(done, { factor: factorTitle, count: outcome.count }));
              })
            }
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() =>
            void run(async () => {
              const outcome = await addNotesToHandout(selected, basket);
              return changed(outcome, t('notesBulkAdded', { count: outcome.count }));
            })
          }
        >
          {t('notesBulkHandout')}
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() =>
            void run(async () => {
              const saved = await call('notes.export', {
                format: 'json',
                ids: selected.map((n) => n.id),
              });
              // Nothing in the notes changed, so there is nothing to undo.
              return {
                text:
                  'path' in saved
                    ? t('notesBulkExported', { path: saved.path })
                    : t('notesBulkCancelled'),
              };
            })
          }
        >
          {t('notesBulkExport')}
        </button>
        <NotesBulkShare team={team} selected={selected} run={run} />
        <button
          type="button"
          className="button button-danger"
          disabled={count === 0}
          onClick={() => void run(() => remove(confirmDelete !== null))}
        >
          {t('notesBulkDelete')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={count === 0}
          onClick={onClear}
        >
          {t('notesBulkClear')}
        </button>
      </div>
      <div className="toast-region" role="status" aria-live="polite">
        {message?.text && (
          <div className={message.error ? 'toast toast-error' : 'toast'}>
            <span>{message.text}</span>
            {message.undo && (
              <button
                ref={undoRef}
                type="button"
                className="button button-primary"
                onClick={() => void undo()}
              >
                {t('notesBulkUndo')}
              </button>
            )}
            <button
              type="button"
              className="toast-close"
              aria-label={t('notesBulkDismiss')}
              onClick={() => setMessage(null)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
