// One saved handout: its title and date, whether it is shared with the team, and its actions, or the rename form or the delete
// confirmation in their place. Escape cancels either; focus goes back to the button that opened it.
import { useEffect, useId, useRef, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { ConfirmBox } from '../shared/ConfirmBox';
import type { Authorship } from '../team/useAuthorship';
import { HandoutShareControl } from './HandoutShareControl';

type Mode = 'actions' | 'renaming' | 'confirming';

interface Props {
  handout: Handout;
  current: boolean;
  sharing: Authorship;
  onOpen(): void;
  onRename(title: string): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function SavedHandoutRow(props: Props) {
  const { handout: h, current } = props;
  const t = useT('handout');
  const { language } = useLanguage();
  const [mode, setMode] = useState<Mode>('actions');
  const rowRef = useRef<HTMLLIElement>(null);
  // Where focus goes when the row shows its actions again.
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    if (mode !== 'actions' || !returnTo.current) return;
    rowRef.current?.querySelector<HTMLElement>(`[data-control="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  }, [mode]);

  const back = (control: string) => {
    returnTo.current = control;
    setMode('actions');
  };

  return (
    <li
      ref={rowRef}
      data-handout-id={h.id}
      className={current ? 'saved-item is-current' : 'saved-item'}
    >
      <div className="saved-item-text">
        <p className="saved-item-title">
          {h.title}
          {current && <span className="tag saved-current">{t('savedCurrent')}</span>}
        </p>
        <p className="muted saved-item-meta">
          {t('savedItems', {
            count: h.items.length,
            date: formatDateTime(h.updatedAt, language),
          })}
        </p>
        <HandoutShareControl handout={h} sharing={props.sharing} named />
      </div>
      {mode === 'renaming' ? (
        <RenameForm
          handout={h}
          onSave={(title) => {
            props.onRename(title);
            back('rename');
          }}
          onCancel={() => back('rename')}
        />
      ) : mode === 'confirming' ? (
        <ConfirmBox
          label={t('deleteLabel', { title: h.title })}
          text={t('deleteConfirm', { title: h.title })}
          confirmLabel={t('delete')}
          cancelLabel={t('renameCancel')}
          onConfirm={props.onDelete}
          onCancel={() => back('delete')}
          opener={() => null}
        />
      ) : (
        <div className="button-row saved-item-actions">
          {!current && (
            <button
              type="button"
              className="button"
              data-control="open"
              aria-label={t('openLabel', { title: h.title })}
              onClick={props.onOpen}
            >
              {t('open')}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            data-control="rename"
            aria-label={t('renameLabel', { title: h.title })}
            onClick={() => setMode('renaming')}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-control="duplicate"
            aria-label={t('duplicateLabel', { title: h.title })}
            onClick={props.onDuplicate}
          >
            {t('duplicate')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-control="delete"
            aria-label={t('deleteLabel', { title: h.title })}
            onClick={() => setMode('confirming')}
          >
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}

function RenameForm(props: { handout: Handout; onSave(title: string): void; onCancel(): void }) {
  const t = useT('handout');
  const [title, setTitle] = useState(props.handout.title);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) props.onSave(title.trim());
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('renameField', { title: props.handout.title })}</label>
        <input
          ref={inputRef}
          id={id}
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            props.onCancel();
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!title.trim()}>
          {t('renameSave')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('renameCancel')}
        </button>
      </div>
    </form>
  );
}
