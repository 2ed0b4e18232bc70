// The one search field, in the header on every page. Typing opens the search view and updates it
// as you type; Ctrl/Cmd+K focuses the field from anywhere; ArrowDown moves into the results.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { navigate, replaceRoute, useRoute } from '../../app/useRoute';
import { useT } from '../../i18n';
import { markSearchInput } from '../search/searchPerf';
import { searchRequest } from '../search/SearchView';
import { prefetchSearch } from '../search/useSearch';
import { focusFirstResult } from '../search/resultFocus';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function SearchField() {
  const t = useT('common');
  const route = useRoute();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const onSearch = route.name === 'search';
  // Off the search page the field keeps what was typed last, so returning to it is one Enter.
  const [draft, setDraft] = useState('');
  const value = onSearch ? route.q : draft;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const change = (q: string) => {
    markSearchInput(q);
    if (q.trim()) prefetchSearch(searchRequest(q, onSearch ? route.filters : {}));
    setDraft(q);
    if (onSearch) replaceRoute({ ...route, q });
    else navigate({ name: 'search', q, filters: {} });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      if (focusFirstResult()) event.preventDefault();
    } else if (event.key === 'Enter' && !onSearch) {
      navigate({ name: 'search', q: value, filters: {} });
    } else if (event.key === 'Escape' && value) {
      change('');
    }
  };

  const shortcut = isMac ? '⌘K' : 'Ctrl+K';
  return (
    <div role="search" className="search-field">
      <label htmlFor="global-search" className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        ref={inputRef}
        id="global-search"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        aria-describedby={hintId}
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        value={value}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd id={hintId} className="search-shortcut">
        <span className="visually-hidden">{t('searchShortcutHint', { shortcut })}</span>
        <span aria-hidden="true">{shortcut}</span>
      </kbd>
    </div>
  );
}
