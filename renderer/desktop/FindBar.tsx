// Find in page (Ctrl+F): a small bar under the header. The matching and highlighting are
// Electron's findInPage, reached through the door (app.findInPage); the bar only shows the count.
// Enter goes to the next match, Shift+Enter to the previous, Escape closes and returns the focus.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { FindResult } from '../../shared/api';
import { call } from '../api/client';
import { useT } from '../i18n';

export interface FindBarHandle {
  open: () => void;
}

type FindState = FindResult | { error: string } | null;

export const FindBar = forwardRef<FindBarHandle>(function FindBar(_, ref) {
  const t = useT('desktop');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [result, setResult] = useState<FindState>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const latest = useRef(0);

  useImperativeHandle(ref, () => ({
    open() {
      if (open) {
        input.current?.select();
        return;
      }
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement ? active : null;
      setOpen(true);
    },
  }));

  // Focus and select as soon as the bar is rendered, not a frame later: a key typed in between
  // would otherwise be selected and replaced by the next one.
  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open]);

  const find = (needle: string, options: { next: boolean; forward: boolean }) => {
    const request = ++latest.current;
    if (!needle) {
      setResult(null);
      void call('app.stopFindInPage', {}).catch(() => undefined);
      return;
    }
    call('app.findInPage', { text: needle, ...options }).then(
      (found) => request === latest.current && setResult(found),
      (e: unknown) => request === latest.current && setResult({ error: (e as Error).message }),
    );
  };

  const close = () => {
    setOpen(false);
    setResult(null);
    void call('app.stopFindInPage', {}).catch(() => undefined);
    const target = returnTo.current?.isConnected
      ? returnTo.current
      : document.getElementById('main');
    target?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find(text, { next: true, forward: !event.shiftKey });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  if (!open) return null;
  return (
    <div className="find-bar" role="search" aria-label={t('findLabel')}>
      <label htmlFor="find-in-page" className="visually-hidden">
        {t('findLabel')}
      </label>
      <input
        ref={input}
        id="find-in-page"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('findPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          find(event.target.value, { next: false, forward: true });
        }}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" role="status" aria-live="polite">
        {result && 'error' in result && t('findFailed', { message: result.error })}
        {result &&
          'matches' in result &&
          (result.matches === 0
            ? t('findNone')
            : t('findCount', { active: result.activeMatchOrdinal, matches: result.matches }))}
      </span>
      <button
        type="button"
        className="button"
        disabled={!text}
        onClick={() => find(text, { next: true, forward: false })}
      >
        {t('findPrevious')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!text}
        onClick={() => find(text, { next: true, forward: true })}
      >
        {t('findNext')}
      </button>
      <button type="button" className="button" aria-label={t('findClose')} onClick={close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
});
