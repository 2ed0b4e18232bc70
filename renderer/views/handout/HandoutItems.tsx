// The handout's items in order: drag a handle (HTML5 drag and drop) or use the move buttons or
// Alt+Arrow up/down to reorder; every move is announced and can be undone (Ctrl+Z, the menu, the
// toast). Each item has a Markdown comment, saved shortly after typing pauses.
import { useEffect, useId, useRef, useState } from 'react';
import type { Handout, HandoutItem } from '../../../shared/handout/types';
import type { Note } from '../../../shared/notes/types';
import type { ContentIndex } from '../../app/contentIndex';
import { useBasket } from '../../handout/BasketProvider';
import { useLanguage, useT } from '../../i18n';
import { noteByline } from '../team/bylines';
import { useAuthorship } from '../team/useAuthorship';
import { itemKey, offerUndoMove, offerUndoRemove } from '../../undo/handoutUndo';
import { HandoutItemRow } from './HandoutItemRow';
import { itemInfo } from './itemTitles';
import { moveItem } from './reorder';
import { useDebouncedCallback } from './useDebounced';
import { useItemDrag } from './useItemDrag';

interface Props {
  handout: Handout;
  content: ContentIndex;
  notes: Map<string, Note>;
}

/** After a move or removal, focus goes to this control of this item once it is rendered. */
function useRefocus(items: HandoutItem[], listRef: React.RefObject<HTMLOListElement | null>) {
  const refocus = useRef<{ key: string; control: string } | null>(null);
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
  }, [items, listRef]);
  return refocus;
}

export function HandoutItems({ handout, content, notes }: Props) {
  const t = useT('handout');
  const te = useT('editor');
  const th = useT('teamHandouts');
  const { language } = useLanguage();
  const noteAuthors = useAuthorship('note').byId;
  const basket = useBasket();
  const base = useId();
  const items = handout.items;
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const refocus = useRefocus(items, listRef);
  const [comments, setComments] = useState<Record<string, string>>({});

  const titleOf = (item: HandoutItem) => itemInfo(item, content, notes).title;

  const saveComments = useDebouncedCallback((next: Record<string, string>) => {
    const merged = basket.handout?.items ?? items;
    void basket.setItems(merged.map((i) => ({ ...i, comment: next[itemKey(i)] ?? i.comment })));
  }, 600);

  const move = (from: number, to: number, control: string) => {
    const item = items[from];
    if (!item || to < 0 || to >= items.length || from === to) return;
    saveComments.flush();
    refocus.current = { key: itemKey(item), control };
    void basket.setItems(moveItem(items, from, to));
    const title = titleOf(item);
    setAnnouncement(t('announceMoved', { title, position: to + 1, total: items.length }));
    offerUndoMove(basket, handout.id, item, from, te('itemMoved', { title, position: to + 1 }));
  };
  const drag = useItemDrag((from, to) => move(from, to, 'handle'));

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    saveComments.flush();
    void basket.remove(item.kind, item.ref);
    const title = titleOf(item);
    setAnnouncement(t('announceRemoved', { title }));
    offerUndoRemove(basket, handout.id, item, index, te('itemRemoved', { title }));
    const neighbour = items[index + 1] ?? items[index - 1];
    if (neighbour) refocus.current = { key: itemKey(neighbour), control: 'remove' };
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
        onDrop={drag.onDrop}
        onDragEnd={drag.onDragEnd}
      >
        {items.map((item, index) => {
          const key = itemKey(item);
          return (
            <HandoutItemRow
              key={key}
              item={item}
              itemKey={key}
              info={itemInfo(item, content, notes)}
              byline={
                item.kind === 'note'
                  ? noteByline(noteAuthors.get(item.ref), th, language)
                  : undefined
              }
              index={index}
              total={items.length}
              comment={comments[key] ?? item.comment}
              commentId={`${base}-comment-${index}`}
              helpId={`${base}-help`}
              drag={drag}
              onMove={(to, control) => move(index, to, control)}
              onRemove={() => remove(index)}
              onComment={(value) => {
                const next = { ...comments, [key]: value };
                setComments(next);
                saveComments.schedule(next);
              }}
              onCommentBlur={saveComments.flush}
            />
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
    </section>
  );
}
