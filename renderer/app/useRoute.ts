// The current route from `location.hash`, re-rendering on hashchange and on replaceRoute().
import { useMemo, useSyncExternalStore } from 'react';
import { formatHash, parseHash, type Route } from './router';

// replaceState fires no hashchange, so replaceRoute announces itself with this event.
const REPLACED = 'samspil:route-replaced';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

const getHash = (): string => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** Goes to a route, adding a history entry (Back returns). */
export function navigate(route: Route): void {
  window.location.hash = formatHash(route);
}

/** Replaces the current history entry (used while typing a search or changing filters). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(null, '', formatHash(route));
  window.dispatchEvent(new Event(REPLACED));
}
