// The saved handouts: open one as the current handout, rename, duplicate or delete it.
import { useEffect, useId, useState } from 'react';
import type { Handout } from '../../../shared/handout/types';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useBasket } from '../../handout/BasketProvider';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { useErrorText } from '../../api/errorText';

export function SavedHandouts() {
  const t = useT('handout');
  const errorText = useErrorText();
  const { language } = useLanguage();
  const basket = useBasket();
  const list = useApi('handouts.list', {});
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const base = useId();
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

  const remove = (h: Handout) =>
    act(async () => {
      setConfirming(null);
      await call('handouts.delete', { id: h.id });
      if (basket.handout?.id === h.id) basket.forget();
      return t('deleted', { title: h.title });
    });

  const rename = (h: Handout, title: string) =>
    act(async () => {
      setRenaming(null);
      if (basket.handout?.id === h.id) await basket.update({ title });
      else await call('handouts.update', { id: h.id, title });
      return t('saved');
    });

  return (
    <section className="saved-handouts card" aria-labelledby={`${base}-h`}>
      <div className="saved-handouts-head">
        <h2 id={`${base}-h`}>{t('savedHeading')}</h2>
        <button type="button" className="button" onClick={() => void basket.startNew()}>
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
      {list.status === 'ready' && list.value.length === 0 && (
        <p className="muted">{t('savedEmpty')}</p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul className="saved-list">
          {list.value.map((h) => {
            const current = basket.handout?.id === h.id;
            return (
              <li key={h.id} className={current ? 'saved-item is-current' : 'saved-item'}>
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
                </div>
                {renaming === h.id ? (
                  <RenameForm
                    handout={h}
                    onSave={(title) => void rename(h, title)}
                    onCancel={() => setRenaming(null)}
                  />
                ) : confirming === h.id ? (
                  <div
                    className="confirm-box"
                    role="group"
                    aria-label={t('deleteLabel', { title: h.title })}
                  >
                    <p>{t('deleteConfirm', { title: h.title })}</p>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button-danger"
                        onClick={() => void remove(h)}
                      >
                        {t('delete')}
                      </button>
                      <button type="button" className="button" onClick={() => setConfirming(null)}>
                        {t('renameCancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="button-row saved-item-actions">
                    {!current && (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('openLabel', { title: h.title })}
                        onClick={() => void basket.open(h.id)}
                      >
                        {t('open')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('renameLabel', { title: h.title })}
                      onClick={() => setRenaming(h.id)}
                    >
                      {t('rename')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('duplicateLabel', { title: h.title })}
                      onClick={() => void duplicate(h)}
                    >
                      {t('duplicate')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('deleteLabel', { title: h.title })}
                      onClick={() => setConfirming(h.id)}
                    >
                      {t('delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RenameForm(props: {
  handout: Handout;
  onSave: (t: string) => void;
  onCancel: () => void;
}) {
  const t = useT('handout');
  const [title, setTitle] = useState(props.handout.title);
  const id = useId();
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
          id={id}
          type="text"
          value={title}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
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
