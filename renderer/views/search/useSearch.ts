// Runs `search.query` as the query changes. Answers that arrive after a newer request are dropped,
// and the previous results stay on screen until the new ones arrive, so typing never flickers.
import { useEffect, useRef, useState } from 'react';
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

export function useSearch(request: ApiInput<'search.query'> | null): SearchState {
  const key = request ? JSON.stringify(request) : null;
  const [state, setState] = useState<Omit<SearchState, 'pending'>>({
    key: null,
    response: null,
    error: null,
  });
  const latest = useRef<string | null>(null);

  useEffect(() => {
    latest.current = key;
    if (!key) return;
    const request = JSON.parse(key) as ApiInput<'search.query'>;
    call('search.query', request).then(
      (response) => {
        if (latest.current !== key) return;
        markSearchResponse(request.q);
        // Render now rather than in a later scheduler task: the answer should reach the very
        // next frame while the user types.
        flushSync(() => setState({ key, response, error: null }));
      },
      (error: unknown) =>
        latest.current === key && setState({ key, response: null, error: toApiError(error) }),
    );
  }, [key]);

  return { ...state, pending: key !== null && state.key !== key };
}
