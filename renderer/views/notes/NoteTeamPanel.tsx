// The team library on the note page: "Del med teamet" (a saved note is shared or made private at
// once; a new one when it is first saved, never before it exists), and for a shared note who
// wrote it, who changed it last and when, or that it is in conflict and where that is resolved.
import { useEffect, useId, useState } from 'react';
import { Link } from '../../app/Link';
import { useErrorText } from '../../api/errorText';
import { useLanguage, useT } from '../../i18n';
import { authorLineOf, sharedRow } from './noteAuthorship';
import { formatDateParts } from './formatDate';
import type { NoteTeam } from './useNoteTeam';
import './noteTeam.css';

type Message = { text: string; error: boolean } | null;

interface ShareProps {
  team: NoteTeam;
  /** The saved note, or null while a new note is being written. */
  noteId: string | null;
  /** A new note's choice, applied on its first save. */
  shareOnSave: boolean;
  onShareOnSave: (share: boolean) => void;
  /** Set when sharing a just-created note failed (the note itself is saved). */
  initialError?: string | null;
}

export function NoteShareControl(props: ShareProps) {
  const { team, noteId } = props;
  const t = useT('noteTeam');
  const errorText = useErrorText();
  const boxId = useId();
  const [pending, setPending] = useState<boolean | null>(null);
  const [message, setMessage] = useState<Message>(
    props.initialError ? { text: props.initialError, error: true } : null,
  );
  // The box shows the stored state again once the rows have caught up with the change.
  useEffect(() => setPending(null), [team.rows]);

  if (!team.joined) return null;
  const stored = noteId !== null && sharedRow(team.rows, noteId) !== null;
  const checked = noteId === null ? props.shareOnSave : (pending ?? stored);

  const change = async (share: boolean) => {
    if (noteId === null) {
      props.onShareOnSave(share);
      return;
    }
    // The box stays enabled while the call runs: disabling it would take the focus away.
    if (pending !== null) return;
    setPending(share);
    setMessage(null);
    try {
      await team.setShared([noteId], share);
      setMessage({ text: share ? t('sharedNow') : t('privateNow'), error: false });
    } catch (e) {
      setPending(null);
      setMessage({ text: t('shareFailed', { message: errorText(e) }), error: true });
    }
  };

  return (
    <fieldset className="note-share">
      <legend>{t('shareLegend')}</legend>
      <div className="note-share-box">
        <input
          id={boxId}
          type="checkbox"
          checked={checked}
          aria-describedby={`${boxId}-help`}
          onChange={(e) => void change(e.target.checked)}
        />
        <label htmlFor={boxId}>{t('shareLabel')}</label>
      </div>
      <p id={`${boxId}-help`} className="field-hint">
        {noteId === null ? t('shareOnSaveHelp') : t('shareHelp')}
      </p>
      <div role="status" aria-live="polite">
        {message && !message.error && <p className="note-share-message">{message.text}</p>}
      </div>
      <div role="alert">{message?.error && <p className="field-error">{message.text}</p>}</div>
    </fieldset>
  );
}

/** Where sharing begins, for a user who has not joined a team library (out of the way of writing). */
export function NoteTeamHint({ team }: { team: NoteTeam }) {
  const t = useT('noteTeam');
  if (!team.known || team.joined) return null;
  return (
    <p className="muted note-share-hint">
      {t('notJoined')} <Link to={{ name: 'settings' }}>{t('notJoinedLink')}</Link>
    </p>
  );
}

/** Who wrote a shared note and who changed it last; a conflict, with where it is resolved. */
export function NoteAuthorLine({ team, noteId }: { team: NoteTeam; noteId: string }) {
  const t = useT('noteTeam');
  const { language } = useLanguage();
  if (!team.joined) return null;
  const row = sharedRow(team.rows, noteId);
  const line = authorLineOf(row);
  if (!line) return null;
  return (
    <>
      <p className="muted note-author-line" data-testid="note-author-line">
        {line.kind === 'not-sent'
          ? t('notSentYet')
          : t(line.sameAuthor ? 'authorLineSame' : 'authorLine', {
              createdBy: line.createdBy,
              author: line.author,
              ...formatDateParts(line.changedAt, language),
            })}
      </p>
      {row?.conflict && (
        <div className="notice notice-warning note-conflict">
          <p>
            {t('conflict')} <Link to={{ name: 'settings' }}>{t('conflictLink')}</Link>
          </p>
        </div>
      )}
    </>
  );
}
