// The one guarded door every call from the renderer passes: it refuses unknown methods and
// foreign senders, parses the input with the method's schema and reduces any error to its code
// and issues (no prose: each side words them in its own language), so nothing but the
// contract's values ever crosses the boundary.
import { z } from 'zod';
import type { ApiHandlers, ApiResult } from '../../shared/api';
import { ApiError } from '../../shared/api';
import { apiSchemas, isApiMethod } from '../../shared/apiSchemas';
import type { IssueCode } from '../../shared/errors/texts.da';
import { issuesFromZod } from '../../shared/errors/zodIssues';
import { silentLog, type Log } from '../services/log/fileLog';

/** The frame a call came from, as Electron reports it (`event.senderFrame`). */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

export interface SenderCheck {
  /** Null when the frame is gone (navigated away or destroyed) before the call arrived. */
  frame: SenderFrame | null;
  /** The only origin allowed to call, e.g. `app://samspil`. */
  allowedOrigin: string;
}

/**
 * Scheme + host of a URL. `URL.origin` is "null" for schemes Node does not know (such as app:),
 * so the origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

function senderRefusal(check: SenderCheck): IssueCode | null {
  const { frame, allowedOrigin } = check;
  if (!frame) return 'sender-gone';
  if (!frame.isMainFrame) return 'sender-subframe';
  if (originOf(frame.url) !== allowedOrigin) return 'sender-foreign';
  return null;
}

export async function invokeChecked(
  handlers: ApiHandlers,
  method: string,
  rawInput: unknown,
  sender?: SenderCheck,
  log: Log = silentLog,
): Promise<ApiResult<unknown>> {
  const shownMethod = String(method).slice(0, 100);
  if (sender) {
    const refusal = senderRefusal(sender);
    if (refusal) {
      log.warn('ipc.refused', { method: shownMethod, issue: refusal, url: sender.frame?.url });
      return failure(new ApiError('refused', refusal));
    }
  }
  if (!isApiMethod(method)) {
    log.warn('ipc.refused', { method: shownMethod, issue: 'unknown-method' });
    return failure(new ApiError('refused', 'unknown-method', { method: shownMethod }));
  }

  const parsed = apiSchemas[method].safeParse(rawInput ?? {}, { reportInput: true });
  if (!parsed.success) return failure(new ApiError('invalid-input', issuesFromZod(parsed.error)));

  try {
    // The contract ties each method to its schema and handler; TypeScript cannot follow that
    // correlation through a union-typed key, so the handler is called through a widened type.
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const reduced = toApiError(error);
    // What the caller gets is the code and issues; the log keeps the stack for whoever looks.
    if (reduced.code === 'internal') log.error('ipc.internal', { method }, error);
    return failure(reduced);
  }
}

/** Any error as an ApiError: a plain one becomes `internal`, with its message as the detail. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return new ApiError('invalid-input', issuesFromZod(error));
  return new ApiError('internal', 'internal', {
    detail: error instanceof Error ? error.message : String(error),
  });
}

function failure(error: ApiError): ApiResult<never> {
  return { ok: false, error: error.toData() };
}
