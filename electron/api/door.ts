// The one guarded door every call from the renderer passes: it refuses unknown methods and
// foreign senders, parses the input with the method's schema and reduces any error to a code and
// a message, so nothing but the contract's values ever crosses the boundary.
import { z } from 'zod';
import type { ApiHandlers, ApiResult } from '../../shared/api';
import { ApiError } from '../../shared/api';
import { apiSchemas, isApiMethod } from '../../shared/apiSchemas';

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

const danishErrors = z.locales.da().localeError;

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

export function senderRefusal(check: SenderCheck): string | null {
  const { frame, allowedOrigin } = check;
  if (!frame) return 'Kaldet kom fra en ramme, der ikke længere findes.';
  if (!frame.isMainFrame) return 'Kun appens hovedvindue må kalde appen.';
  if (originOf(frame.url) !== allowedOrigin) return 'Kaldet kom fra en fremmed oprindelse.';
  return null;
}

export async function invokeChecked(
  handlers: ApiHandlers,
  method: string,
  rawInput: unknown,
  sender?: SenderCheck,
): Promise<ApiResult<unknown>> {
  if (sender) {
    const refusal = senderRefusal(sender);
    if (refusal) return failure('refused', refusal);
  }
  if (!isApiMethod(method))
    return failure('refused', `Ukendt kald: ${String(method).slice(0, 100)}`);

  const parsed = apiSchemas[method].safeParse(rawInput ?? {}, { error: danishErrors });
  if (!parsed.success) return failure('invalid-input', describeIssues(method, parsed.error));

  try {
    // The contract ties each method to its schema and handler; TypeScript cannot follow that
    // correlation through a union-typed key, so the handler is called through a widened type.
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return failure(error.code, error.message);
    if (error instanceof z.ZodError) return failure('invalid-input', describeIssues(method, error));
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
}

/** "Ugyldigt input til notes.create: title: titlen mangler; factors[0]: ugyldigt id". */
export function describeIssues(method: string, error: z.ZodError): string {
  const parts = error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return `Ugyldigt input til ${method}: ${parts.join('; ')}`;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function failure(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
