// The guarded door: unknown calls, foreign senders and bad input are refused; errors cross the
// boundary as code + issues (path, issue code, params) only.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_METHODS, ApiError, type ApiHandlers } from '../../shared/api';
import { invokeChecked, originOf, type SenderCheck } from '../../electron/api/door';
import { formatPath } from '../../shared/errors/issuePath';

/** Handlers that echo what they received, or throw what a test asks for. */
function echoHandlers(thrown?: unknown): ApiHandlers {
  const entries = API_METHODS.map((method) => [
    method,
    (input: unknown) => {
      if (thrown !== undefined) throw thrown;
      return { method, input };
    },
  ]);
  return Object.fromEntries(entries) as unknown as ApiHandlers;
}

const APP = 'app://samspil';
const own: SenderCheck = {
  frame: { url: `${APP}/index.html`, isMainFrame: true },
  allowedOrigin: APP,
};

describe('invokeChecked', () => {
  it('passes the parsed input to the handler and wraps its value', async () => {
    const result = await invokeChecked(
      echoHandlers(),
      'notes.create',
      { title: '  Møde  ', body: '' },
      own,
    );
    expect(result).toEqual({
      ok: true,
      value: { method: 'notes.create', input: { title: 'Møde', body: '' } },
    });
  });

  it('treats a missing input of an input-less call as {}', async () => {
    expect(await invokeChecked(echoHandlers(), 'content.all', undefined)).toMatchObject({
      ok: true,
    });
  });

  it.each(['notes.drop', '__proto__', 'constructor', 'toString', '', 'content.all '])(
    'refuses the unknown method %j',
    async (method) => {
      const result = await invokeChecked(echoHandlers(), method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    },
  );

  it.each([
    { method: 'notes.create', input: { title: '', body: 'x' }, issue: ['title', 'title-missing'] },
    { method: 'notes.create', input: { title: 'x', body: 3 }, issue: ['body', 'invalid-type'] },
    { method: 'notes.create', input: { title: 'x' }, issue: ['body', 'required'] },
    {
      method: 'notes.create',
      input: { title: 'x', body: '', factors: ['OK', 'Æ'] },
      issue: ['factors[0]', 'invalid-id'],
    },
    {
      method: 'notes.create',
      input: { title: 'x', body: '', aboutDate: '1/2/2020' },
      issue: ['aboutDate', 'invalid-date'],
    },
    {
      method: 'notes.create',
      input: { title: 'x'.repeat(501), body: '' },
      issue: ['title', 'too-long', { maximum: 500 }],
    },
    { method: 'content.get', input: { id: 'tillid', extra: 1 }, issue: ['', 'unknown-keys'] },
    { method: 'search.query', input: { q: 'x', limit: 0 }, issue: ['limit', 'too-small'] },
    { method: 'notes.get', input: 'not an object', issue: ['', 'invalid-type'] },
    { method: 'notes.get', input: { id: 'x' }, issue: ['id', 'invalid-uuid'] },
    {
      method: 'handouts.create',
      input: { title: 'x', items: [{ kind: 'film', ref: 'a', comment: '' }] },
      issue: ['items[0].kind', 'invalid-value'],
    },
  ])('refuses bad input of $method naming the field ($issue)', async ({ method, input, issue }) => {
    const [where, code, params] = issue as [string, string, Record<string, unknown>?];
    const result = await invokeChecked(echoHandlers(), method, input, own);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    const found = result.error.issues.find((i) => formatPath(i.path) === where);
    expect(found, JSON.stringify(result.error.issues)).toMatchObject({
      code,
      params: params ?? {},
    });
  });

  it('sends codes and parameters, never prose', async () => {
    const result = await invokeChecked(echoHandlers(), 'notes.create', { title: '', body: 'x' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [{ path: ['title'], code: 'title-missing', params: {} }],
      },
    });
  });

  it('reduces an ApiError to its code and issues', async () => {
    const result = await invokeChecked(
      echoHandlers(new ApiError('not-found', 'note-not-found', { ids: 'a' })),
      'notes.list',
      {},
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        issues: [{ path: [], code: 'note-not-found', params: { ids: 'a' } }],
      },
    });
  });

  it('reduces any other error to "internal" with only its message', async () => {
    const error = new TypeError('database is locked');
    const result = await invokeChecked(echoHandlers(error), 'notes.list', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        issues: [{ path: [], code: 'internal', params: { detail: 'database is locked' } }],
      },
    });
    expect(JSON.stringify(result)).not.toContain('at ');
  });

  it('reports a validation error thrown by a service as invalid input', async () => {
    const zodError = z.object({ a: z.string() }).safeParse({ a: 1 }).error;
    const result = await invokeChecked(echoHandlers(zodError), 'notes.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each<[string, SenderCheck]>([
    ['a subframe', { frame: { url: `${APP}/index.html`, isMainFrame: false }, allowedOrigin: APP }],
    [
      'another origin',
      { frame: { url: 'https://evil.example/', isMainFrame: true }, allowedOrigin: APP },
    ],
    [
      'another host of the scheme',
      { frame: { url: 'app://evil/index.html', isMainFrame: true }, allowedOrigin: APP },
    ],
    [
      'a host with the app host as prefix',
      { frame: { url: 'app://samspil.evil.example/', isMainFrame: true }, allowedOrigin: APP },
    ],
    [
      'a file page',
      { frame: { url: 'file:///index.html', isMainFrame: true }, allowedOrigin: APP },
    ],
    ['about:blank', { frame: { url: 'about:blank', isMainFrame: true }, allowedOrigin: APP }],
    ['a destroyed frame', { frame: null, allowedOrigin: APP }],
  ])('refuses a call from %s before the handler runs', async (_name, sender) => {
    let ran = false;
    const handlers = { ...echoHandlers(), 'content.all': () => ((ran = true), []) } as ApiHandlers;
    const result = await invokeChecked(handlers, 'content.all', {}, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(ran).toBe(false);
  });
});

describe('originOf', () => {
  it.each([
    ['app://samspil/index.html#/noter', 'app://samspil'],
    ['http://127.0.0.1:5173/x', 'http://127.0.0.1:5173'],
    ['file:///etc/passwd', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => expect(originOf(url)).toBe(expected));
});
