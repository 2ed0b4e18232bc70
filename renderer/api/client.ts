// The renderer's one way to the main process: a typed call over `window.samspil` (the preload's
// bridge in the app, the test bridge in e2e), unwrapping ApiResult into a value or an ApiError.
import {
  ApiError,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
  type SamspilBridge,
} from '../../shared/api';

declare global {
  interface Window {
    samspil?: SamspilBridge;
  }
}

export function bridgeAvailable(): boolean {
  return typeof window !== 'undefined' && window.samspil !== undefined;
}

export async function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const bridge = window.samspil;
  if (!bridge) {
    throw new ApiError('unavailable', 'bridge-missing');
  }
  // Each bridge function is typed per method; indexing with a generic M loses that link.
  const fn = bridge[method] as unknown as (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
  const result = await fn(input);
  if (!result.ok) throw ApiError.fromData(result.error);
  return result.value;
}

export { ApiError };
