// The handout's items in order: drag a handle (HTML5 drag and drop) or use the move buttons or
// Alt+Arrow up/down to reorder; every move is announced. Each item has a Markdown comment,
// shown sanitised beneath it and saved shortly after typing pauses.
import { useEffect, useId, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import type { Handout, HandoutItem } from '../../../shared/handout/types';
import type { Note } from '../../../shared/notes/types';
import type { ContentIndex } from '../../app/contentIndex';
import { useBasket } from '../../handout/BasketProvider';
import { KIND_KEY } from '../../handout/kindLabels';
import { useT } from '../../i18n';
import { SafeMarkdown } from '../../markdown/SafeMarkdown';
import { itemInfo } from './itemTitles';
import { moveItem } from './reorder';
import { useDebouncedCallback } from './useDebounced';

const keyOf = (item: HandoutItem) => `${item.kind}:${item.ref}`;

interface Props {
  handout: Handout;
  content: ContentIndex;
  notes: Map<string, Note>;
}

export function HandoutItems({ handout, content, notes }: Props) {
  const t = useT('handout');
  const tt = useT();
  const basket = useBasket();
  const base = useId();
  const items = handout.items;
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  // Chromium starts no drag from a draggable <button>, so the item itself is dragged; it is only
  // draggable while the pointer is on its handle, so text in the comment stays selectable.
  const [armed, setArmed] = useState<string | null>(null);
  // After a move, focus follows the item to its new place (same control that was used).
  const refocus = useRef<{ key: string; control: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [comments, setComments] = useState<Record<string, string>>({});

  useEffect(() => {
    const target = refocus.current;
    if (!target || !listRef.current) return;
    refocus.current = null;
    const li = listRef.current.querySelector<HTMLElement>(
      `li[data-key="${CSS.escape(target.key)}"]`,
    );
    const control = li?.querySelector<HTMLElement>(
      `[data-control="${target.control}"]:not(:disabled)`,
    );
    (control ?? li?.querySelector<HTMLElement>('[data-control="handle"]'))?.focus();
  }, [items]);

  const titleOf = (item: HandoutItem) => itemInfo(item, content, notes).title;

  const saveComments = useDebouncedCallback((next: Record<string, string>) => {
    const merged = basket.handout?.items ?? items;
    void basket.setItems(merged.map((i) => ({ ...i, comment: next[keyOf(i)] ?? i.comment })));
  }, 600);

  const move = (from: number, to: number, control: string) => {
    const item = items[from];
    if (!item || to < 0 || to >= items.length || from === to) return;
    saveComments.flush();
    refocus.current = { key: keyOf(item), control };
    void basket.setItems(moveItem(items, from, to));
    setAnnouncement(
      t('announceMoved', { title: titleOf(item), position: to + 1, total: items.length }),
    );
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    saveComments.flush();
    void basket.remove(item.kind, item.ref);
    setAnnouncement(t('announceRemoved', { title: titleOf(item) }));
    const neighbour = items[index + 1] ?? items[index - 1];
    if (neighbour) refocus.current = { key: keyOf(neighbour), control: 'remove' };
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'handle';
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, control);
  };

  const onDragStart = (index: number) => (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', String(index));
    setDragFrom(index);
  };

  const onDragOver = (index: number) => (event: DragEvent<HTMLLIElement>) => {
    if (dragFrom === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    setDropAt(after ? index + 1 : index);
  };

  const onDrop = (event: DragEvent<HTMLOListElement>) => {
    event.preventDefault();
    if (dragFrom !== null && dropAt !== null) {
      const to = dropAt > dragFrom ? dropAt - 1 : dropAt;
      move(dragFrom, to, 'handle');
    }
    setDragFrom(null);
    setDropAt(null);
  };

  return (
    <section className="handout-items" aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>{t('itemsHeading', { count: items.length })}</h2>
      <p className="muted handout-help" id={`${base}-help`}>
        {t('itemsHelp')}
      </p>
      <ol
        ref={listRef}
        className="handout-item-list"
        aria-describedby={`${base}-help`}
        onDrop={onDrop}
        onDragEnd={() => {
          setDragFrom(null);
          setDropAt(null);
          setArmed(null);
        }}
      >
        {items.map((item, index) => {
          const info = itemInfo(item, content, notes);
          const key = keyOf(item);
          const commentId = `${base}-comment-${index}`;
          const comment = comments[key] ?? item.comment;
          const classes = [
            'handout-item',
            dragFrom === index ? 'is-dragging' : '',
            dropAt === index ? 'drop-before' : '',
            dropAt === index + 1 && index === items.length - 1 ? 'drop-after' : '',
          ];
          return (
            <li
              key={key}
              data-key={key}
              className={classes.join(' ')}
              draggable={armed === key}
              onKeyDown={onKeyDown(index)}
              onDragStart={onDragStart(index)}
              onMouseDown={(e) => {
                // A press anywhere but the handle (e.g. selecting comment text) is no drag.
                if (!(e.target as Element).closest('.drag-handle')) setArmed(null);
              }}
              onDragEnter={onDragOver(index)}
              onDragOver={onDragOver(index)}
            >
              <div className="handout-item-head">
                <button
                  type="button"
                  className="drag-handle"
                  data-control="handle"
                  aria-label={t('dragHandle', { title: info.title })}
                  aria-describedby={`${base}-help`}
                  // Chromium picks the drag source at mousedown, so arm on hover.
                  onMouseEnter={() => setArmed(key)}
                >
                  <span aria-hidden="true">⠿</span>
                </button>
                <div className="handout-item-text">
                  <p className="handout-item-kind">
                    <span>{tt(KIND_KEY[item.kind])}</span>
                    <span className="muted">
                      {' · '}
                      {t('itemPosition', { position: index + 1, total: items.length })}
                    </span>
                  </p>
                  <h3 className="handout-item-title">
                    {info.missing ? t('itemMissing', { ref: item.ref }) : info.title}
                  </h3>
                  {info.detail && <p className="handout-item-detail muted">{info.detail}</p>}
                </div>
                <div className="handout-item-actions">
                  <button
                    type="button"
                    className="icon-button"
                    data-control="up"
                    disabled={index === 0}
                    aria-label={t('moveUpLabel', { title: info.title })}
                    title={t('moveUp')}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-control="down"
                    disabled={index === items.length - 1}
                    aria-label={t('moveDownLabel', { title: info.title })}
                    title={t('moveDown')}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    data-control="remove"
                    aria-label={t('removeItemLabel', { title: info.title })}
                    onClick={() => remove(index)}
                  >
                    {t('removeItem')}
                  </button>
                </div>
              </div>
              <div className="handout-item-comment">
                <div className="field">
                  <label htmlFor={commentId}>
                    {t('itemComment')}
                    <span className="visually-hidden"> – {info.title}</span>
                  </label>
                  <textarea
                    id={commentId}
                    rows={2}
                    data-control="comment"
                    value={comment}
                    onChange={(e) => {
                      const next = { ...comments, [key]: e.target.value };
                      setComments(next);
                      saveComments.schedule(next);
                    }}
                    onBlur={saveComments.flush}
                  />
                </div>
                {comment.trim() && (
                  <SafeMarkdown markdown={comment} className="handout-comment-preview" />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
    </section>
  );
}
