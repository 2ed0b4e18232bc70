// The saved handouts: open one as the current handout, rename, duplicate or delete it (to the
// trash, undoable). After a deletion focus goes to the next handout, or to "Ny handout".
import { useEffect, useId, useRef, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useBasket } from '../../handout/BasketProvider';
import { useT } from '../../i18n';
import { offerUndoDelete } from '../../undo/handoutUndo';
import { useErrorText } from '../../api/errorText';
import { useAuthorship } from '../team/useAuthorship';
import { SavedHandoutRow } from './SavedHandoutRow';

export function SavedHandouts() {
  const t = useT('handout');
  const te = useT('editor');
  const errorText = useErrorText();
  const basket = useBasket();
  const list = useApi('handouts.list', {});
  const sharing = useAuthorship('handout');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const base = useId();
  const newRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const { reload } = list;

  // The current handout changes as items are added or renamed; keep the list in step.
  const currentStamp = `${basket.handout?.id ?? ''}:${basket.handout?.updatedAt ?? ''}`;
  useEffect(() => reload(), [currentStamp, reload]);

  const act = async (job: () => Promise<string>) => {
    try {
      setMessage({ text: await job(), error: false });
    } catch (e) {
      setMessage({ text: errorText(e), error: true });
    }
    reload();
  };

  const duplicate = (h: Handout) =>
    act(async () => {
      const copy = await call('handouts.duplicate', { id: h.id });
      return t('duplicated', { title: copy.title });
    });

  const remove = (h: Handout, next: Handout | undefined) => {
    // Focus moves before the row goes, so it is never left on the page body.
    const nextRow = next && listRef.current?.querySelector(`[data-handout-id="${next.id}"]`);
    (nextRow?.querySelector<HTMLElement>('[data-control]') ?? newRef.current)?.focus();
    return act(async () => {
      const wasCurrent = basket.handout?.id === h.id;
      await call('handouts.delete', { id: h.id });
      if (wasCurrent) basket.forget();
      offerUndoDelete(basket, h.id, wasCurrent, te('handoutDeleted', { title: h.title }), reload);
      return t('deleted', { title: h.title });
    });
  };

  const rename = (h: Handout, title: string) =>
    act(async () => {
      if (basket.handout?.id === h.id) await basket.update({ title });
      else await call('handouts.update', { id: h.id, title });
      return t('saved');
    });

  const handouts = list.status === 'ready' ? list.value : [];
  return (
    <section className="saved-handouts card" aria-labelledby={`${base}-h`}>
      <div className="saved-handouts-head">
        <h2 id={`${base}-h`}>{t('savedHeading')}</h2>
        <button
          ref={newRef}
          type="button"
          className="button"
          onClick={() => void basket.startNew()}
        >
          {t('newHandout')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message && !message.error && <p className="notice">{message.text}</p>}
      </div>
      <div role="alert">
        {message?.error && <p className="notice notice-error">{message.text}</p>}
      </div>
      {list.status === 'error' && (
        <p className="notice notice-error">{t('listError', { message: errorText(list.error) })}</p>
      )}
      {list.status === 'ready' && handouts.length === 0 && (
        <p className="muted">{t('savedEmpty')}</p>
      )}
      {handouts.length > 0 && (
        <ul className="saved-list" ref={listRef}>
          {handouts.map((h, index) => (
            <SavedHandoutRow
              key={h.id}
              handout={h}
              current={basket.handout?.id === h.id}
              sharing={sharing}
              onOpen={() => void basket.open(h.id)}
              onRename={(title) => void rename(h, title)}
              onDuplicate={() => void duplicate(h)}
              onDelete={() => void remove(h, handouts[index + 1] ?? handouts[index - 1])}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
