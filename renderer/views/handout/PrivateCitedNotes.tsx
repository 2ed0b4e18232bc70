// A shared handout that cites private notes reaches colleagues with those items as "Indhold
// mangler": said in the handout's toolbar, with the one press that shares the notes too.
import { useEffect, useRef, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { useErrorText } from '../../api/errorText';
import { useT } from '../../i18n';
import type { Authorship } from '../team/useAuthorship';
import { useAuthorship } from '../team/useAuthorship';

/** The cited notes that are not shared, once each, in the handout's order. */
export function privateCitedNotes(handout: Pick<Handout, 'items'>, notes: Authorship): string[] {
  const refs = handout.items.filter((i) => i.kind === 'note').map((i) => i.ref);
  return [...new Set(refs)].filter((ref) => notes.byId.get(ref)?.shared !== true);
}

interface Props {
  handout: Pick<Handout, 'id' | 'items'>;
  sharing: Authorship;
}

export function PrivateCitedNotes({ handout, sharing }: Props) {
  const t = useT('teamHandouts');
  const errorText = useErrorText();
  const notes = useAuthorship('note');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The button goes once the notes are shared: the focus goes to what happened, not the page.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const handoutShared = sharing.byId.get(handout.id)?.shared === true;
  const ids = privateCitedNotes(handout, notes);
  const shareNotes = () => {
    setMessage(null);
    notes.setShared(ids, true).then(
      () => setMessage({ text: t('privateNotesShared'), error: false }),
      (e: unknown) => setMessage({ text: errorText(e), error: true }),
    );
  };
  return (
    <div role="status" aria-live="polite" className="handout-private-notes">
      {sharing.joined && handoutShared && ids.length > 0 && (
        <p className="notice" data-testid="handout-private-notes">
          {ids.length === 1 ? t('privateNotesOne') : t('privateNotes', { count: ids.length })}{' '}
          <button type="button" className="button" onClick={shareNotes}>
            {ids.length === 1
              ? t('sharePrivateNotesOne')
              : t('sharePrivateNotes', { count: ids.length })}
          </button>
        </p>
      )}
      {message && (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={message.error ? 'notice notice-error' : 'muted'}
          data-testid="handout-private-notes-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
