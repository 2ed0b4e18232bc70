// Runs `search.query` as the query changes. Answers that arrive after a newer request are dropped,
// and the previous results stay on screen until the new ones arrive, so typing never flickers.
import { useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { SearchResponse } from '../../../shared/search/types';
import type { ApiError } from '../../api/client';
import { call } from '../../api/client';
import { toApiError } from '../../api/useApi';

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
    call('search.query', JSON.parse(key) as ApiInput<'search.query'>).then(
      (response) => latest.current === key && setState({ key, response, error: null }),
      (error: unknown) =>
        latest.current === key && setState({ key, response: null, error: toApiError(error) }),
    );
  }, [key]);

  return { ...state, pending: key !== null && state.key !== key };
}
