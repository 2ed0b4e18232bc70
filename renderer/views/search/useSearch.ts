// Runs `search.query` as the query changes. Answers that arrive after a newer request are dropped,
// and the previous results stay on screen until the new ones arrive, so typing never flickers.
// An answer the search field fetched while the key was pressed is read during the render that
// shows the new query, so the results appear in that same render and frame: no effect, no
// awaited promise and no second render in between.
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ApiInput } from '../../../shared/api';
import type { SearchResponse } from '../../../shared/search/types';
import type { ApiError } from '../../api/client';
import { call } from '../../api/client';
import { toApiError } from '../../api/useApi';
import { markSearchResponse } from './searchPerf';

export interface SearchState {
  /** The request the shown response answers (its JSON), or null before the first answer. */
  key: string | null;
  response: SearchResponse | null;
  error: ApiError | null;
  pending: boolean;
}

// Requests started by the search field as the key is pressed, before React has rendered the new
// query: the view's effect picks the answer up instead of asking again a frame later.
const inflight = new Map<string, Promise<SearchResponse>>();
const MAX_INFLIGHT = 16;

// Answers by request, most recently used last. The query on screen is read at every render, so
// it is never the one dropped.
const answers = new Map<string, SearchResponse>();
const MAX_ANSWERS = 32;

function remember(key: string, response: SearchResponse): void {
  answers.delete(key);
  answers.set(key, response);
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string);
}

function recall(key: string): SearchResponse | undefined {
  const response = answers.get(key);
  if (response) remember(key, response);
  return response;
}

function fetchSearch(key: string): Promise<SearchResponse> {
  const started = inflight.get(key);
  if (started) {
    inflight.delete(key);
    return started;
  }
  return call('search.query', JSON.parse(key) as ApiInput<'search.query'>);
}

/**
 * Starts the request for `request` now; `useSearch` with the same request reuses the answer.
 * Settles when the answer is there (never rejects: the view reports errors when it takes it).
 */
export function prefetchSearch(request: ApiInput<'search.query'>): Promise<unknown> {
  const key = JSON.stringify(request);
  let answer = inflight.get(key);
  if (!answer) {
    if (inflight.size >= MAX_INFLIGHT) inflight.clear();
    answer = call('search.query', request);
    inflight.set(key, answer);
    // Registered first, so the answer is remembered before the field shows the route for it.
    answer.then(
      (response) => {
        markSearchResponse(request.q);
        remember(key, response);
      },
      () => undefined,
    );
  }
  return answer.catch(() => undefined);
}

/** The search shown last; its answer stays on screen until the next one is there. */
let lastShown: string | null = null;

/** The answer to show for `key`: its own when it is there, else the one shown last. */
function answerToShow(key: string | null): { key: string; response: SearchResponse } | null {
  const own = key ? recall(key) : undefined;
  if (key && own) {
    lastShown = key;
    return { key, response: own };
  }
  const previous = lastShown ? recall(lastShown) : undefined;
  return lastShown && previous ? { key: lastShown, response: previous } : null;
}

export function useSearch(request: ApiInput<'search.query'> | null): SearchState {
  const key = request ? JSON.stringify(request) : null;
  // Set when an answer fetched here arrives (to render it) or the request failed.
  const [state, setState] = useState<{ key: string | null; error: ApiError | null }>({
    key: null,
    error: null,
  });
  const latest = useRef<string | null>(null);
  const shown = answerToShow(key);

  // A layout effect: an answer that is already there renders before the frame is painted.
  useLayoutEffect(() => {
    latest.current = key;
    if (!key || answers.has(key)) return;
    const request = JSON.parse(key) as ApiInput<'search.query'>;
    fetchSearch(key).then(
      (response) => {
        remember(key, response);
        if (latest.current !== key) return;
        markSearchResponse(request.q);
        // Render now rather than in a later scheduler task: the answer should reach the very
        // next frame.
        flushSync(() => setState({ key, error: null }));
      },
      (error: unknown) => latest.current === key && setState({ key, error: toApiError(error) }),
    );
  }, [key]);

  const error = state.key === key ? state.error : null;
  return {
    key: error ? key : (shown?.key ?? null),
    response: error ? null : (shown?.response ?? null),
    error,
    pending: key !== null && !error && shown?.key !== key,
  };
}
