// Loads data through the API client with loading and error states, reloading when the key changes.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import { ApiError, call } from './client';

export type Loadable<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; value: T };

const LOADING = { status: 'loading' } as const;

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', 'internal', { detail });
}

/**
 * Calls `method` with `input` and tracks the result. The call is repeated when the JSON of the
 * input changes, or when `reload()` is called.
 */
export function useApi<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Loadable<ApiOutput<M>> & { reload: () => void } {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ key: string; value: Loadable<ApiOutput<M>> }>({
    key: '',
    value: { status: 'loading' },
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    call(method, JSON.parse(key) as ApiInput<M>).then(
      (value) => current && setState({ key, value: { status: 'ready', value } }),
      (error: unknown) =>
        current && setState({ key, value: { status: 'error', error: toApiError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [method, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Until the new key's answer arrives, report loading rather than the previous key's data.
  const value: Loadable<ApiOutput<M>> = state.key === key ? state.value : LOADING;
  return useMemo(() => ({ ...value, reload }), [value, reload]);
}

export { toApiError };
