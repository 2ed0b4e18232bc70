// One item of the handout list: handle, kind and position, title, move and remove buttons, and
// its Markdown comment with a sanitised preview.
import type { KeyboardEvent } from 'react';
import type { HandoutItem } from '../../../shared/handout/types';
import { KIND_KEY } from '../../handout/kindLabels';
import { useT } from '../../i18n';
import { SafeMarkdown } from '../../markdown/SafeMarkdown';
import type { ItemInfo } from './itemTitles';
import type { ItemDrag } from './useItemDrag';

interface Props {
  item: HandoutItem;
  itemKey: string;
  info: ItemInfo;
  /** Who wrote a cited note shared in the team library ("Note af Anne Holm, …"). */
  byline?: string;
  index: number;
  total: number;
  comment: string;
  commentId: string;
  helpId: string;
  drag: ItemDrag;
  onMove(to: number, control: string): void;
  onRemove(): void;
  onComment(value: string): void;
  onCommentBlur(): void;
}

export function HandoutItemRow(props: Props) {
  const { item, itemKey, info, index, total, drag } = props;
  const t = useT('handout');
  const classes = [
    'handout-item',
    drag.dragFrom === index ? 'is-dragging' : '',
    drag.dropAt === index ? 'drop-before' : '',
    drag.dropAt === index + 1 && index === total - 1 ? 'drop-after' : '',
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'handle';
    props.onMove(event.key === 'ArrowUp' ? index - 1 : index + 1, control);
  };
  return (
    <li
      data-key={itemKey}
      className={classes.join(' ')}
      draggable={drag.armed === itemKey}
      onKeyDown={onKeyDown}
      onDragStart={drag.onDragStart(index)}
      onMouseDown={(e) => {
        // A press anywhere but the handle (e.g. selecting comment text) is no drag.
        if (!(e.target as Element).closest('.drag-handle')) drag.arm(null);
      }}
      onDragEnter={drag.onDragOver(index)}
      onDragOver={drag.onDragOver(index)}
    >
      <div className="handout-item-head">
        <button
          type="button"
          className="drag-handle"
          data-control="handle"
          aria-label={t('dragHandle', { title: info.title })}
          aria-describedby={props.helpId}
          // Chromium picks the drag source at mousedown, so arm on hover.
          onMouseEnter={() => drag.arm(itemKey)}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <ItemText item={item} info={info} byline={props.byline} index={index} total={total} />
        <ItemActions {...props} />
      </div>
      <div className="handout-item-comment">
        <div className="field">
          <label htmlFor={props.commentId}>
            {t('itemComment')}
            <span className="visually-hidden">
              {' – '}
              <span lang={info.lang}>{info.title}</span>
            </span>
          </label>
          <textarea
            id={props.commentId}
            rows={2}
            data-control="comment"
            value={props.comment}
            onChange={(e) => props.onComment(e.target.value)}
            onBlur={props.onCommentBlur}
          />
        </div>
        {props.comment.trim() && (
          <SafeMarkdown markdown={props.comment} className="handout-comment-preview" />
        )}
      </div>
    </li>
  );
}

function ItemText(props: {
  item: HandoutItem;
  info: ItemInfo;
  byline?: string;
  index: number;
  total: number;
}) {
  const { item, info } = props;
  const t = useT('handout');
  const tt = useT();
  const title = item.kind === 'quote' ? `“${info.title}”` : info.title;
  return (
    <div className="handout-item-text">
      <p className="handout-item-kind">
        <span>{tt(KIND_KEY[item.kind])}</span>
        <span className="muted">
          {' · '}
          {t('itemPosition', { position: props.index + 1, total: props.total })}
        </span>
      </p>
      <h3 className="handout-item-title" lang={info.missing ? undefined : info.lang}>
        {info.missing ? t('itemMissing', { ref: item.ref }) : title}
      </h3>
      {info.detail && (
        <p className="handout-item-detail muted" lang={info.lang}>
          {info.detail}
        </p>
      )}
      {props.byline && !info.missing && (
        <p className="handout-item-detail muted" data-testid="handout-note-byline">
          {props.byline}
        </p>
      )}
    </div>
  );
}

function ItemActions({ info, index, total, onMove, onRemove }: Props) {
  const t = useT('handout');
  return (
    <div className="handout-item-actions">
      <button
        type="button"
        className="icon-button"
        data-control="up"
        disabled={index === 0}
        aria-label={t('moveUpLabel', { title: info.title })}
        title={t('moveUp')}
        onClick={() => onMove(index - 1, 'up')}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        data-control="down"
        disabled={index === total - 1}
        aria-label={t('moveDownLabel', { title: info.title })}
        title={t('moveDown')}
        onClick={() => onMove(index + 1, 'down')}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-control="remove"
        aria-label={t('removeItemLabel', { title: info.title })}
        onClick={onRemove}
      >
        {t('removeItem')}
      </button>
    </div>
  );
}
