// The one search field, in the header on every page. Typing opens the search view and updates it
// as you type; Ctrl/Cmd+K focuses the field from anywhere; ArrowDown moves into the results.
// The field shows the query only on the search page, and selects its text when it gets focus,
// so typing a new query replaces the old one instead of adding to it.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { parseHash } from '../../app/router';
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
  const routeQ = onSearch ? route.q : null;
  // The field shows what was typed; the route (and with it the results) follows when the answer
  // for it is there, so a keystroke costs one small render and the results arrive in one piece.
  const [draft, setDraft] = useState(routeQ ?? '');
  const latestTyped = useRef(draft);
  // The query this field last put into the route; any other query there came from elsewhere.
  const lastShown = useRef(routeQ);
  const value = draft;
  // A click's mouseup would put the caret in and undo the selection made on focus.
  const selectedOnFocus = useRef(false);

  useEffect(() => {
    // Leaving the search page empties the field (it is the search page's query, not a memo).
    if (onSearch) return;
    latestTyped.current = '';
    lastShown.current = null;
    setDraft('');
  }, [onSearch]);

  useEffect(() => {
    // The route also changes from elsewhere (Back, a link): the field follows it. Our own
    // updates are skipped, or an answer arriving after the next keystroke would undo that key.
    if (routeQ !== null && routeQ !== lastShown.current) {
      lastShown.current = routeQ;
      latestTyped.current = routeQ;
      setDraft(routeQ);
    }
  }, [routeQ]);

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
    latestTyped.current = q;
    setDraft(q);
    const filters = onSearch ? route.filters : {};
    const typedAt = window.location.hash;
    const showResults = () => {
      if (latestTyped.current !== q) return; // a newer keystroke's answer will show instead
      const current = parseHash(window.location.hash);
      const onSearchNow = current.name === 'search';
      // Typed elsewhere: open the search page, unless the user has gone on to another page.
      if (!onSearchNow && window.location.hash !== typedAt) return;
      lastShown.current = q; // before the route changes, so the field knows the change is its own
      if (onSearchNow) replaceRoute({ ...current, q });
      else navigate({ name: 'search', q, filters: {} });
    };
    if (q.trim()) void prefetchSearch(searchRequest(q, filters)).finally(showResults);
    else showResults();
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
        onFocus={(event) => {
          event.currentTarget.select();
          selectedOnFocus.current = true;
        }}
        onMouseUp={(event) => {
          if (selectedOnFocus.current) event.preventDefault();
          selectedOnFocus.current = false;
        }}
      />
      <kbd id={hintId} className="search-shortcut">
        <span className="visually-hidden">{t('searchShortcutHint', { shortcut })}</span>
        <span aria-hidden="true">{shortcut}</span>
      </kbd>
    </div>
  );
}
