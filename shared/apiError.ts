// The errors a contract call can end in, as they cross the IPC boundary.

export const API_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'needs-confirmation',
  'conflict',
  'refused',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** An error reduced to what may cross the boundary. */
export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
