// The guarded door: unknown calls, foreign senders and bad input are refused; errors cross the
// boundary as code + message only.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_METHODS, ApiError, type ApiHandlers } from '../../shared/api';
import { invokeChecked, originOf, type SenderCheck } from '../../electron/api/door';

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
    { method: 'notes.create', input: { title: '', body: 'x' }, where: 'title: titlen mangler' },
    { method: 'notes.create', input: { title: 'x', body: 3 }, where: 'body: Ugyldigt input' },
    {
      method: 'notes.create',
      input: { title: 'x', body: '', factors: ['OK', 'Æ'] },
      where: 'factors[0]: ugyldigt id',
    },
    {
      method: 'notes.create',
      input: { title: 'x', body: '', aboutDate: '1/2/2020' },
      where: 'aboutDate: dato skal skrives ÅÅÅÅ-MM-DD',
    },
    { method: 'content.get', input: { id: 'tillid', extra: 1 }, where: 'Ukendt nøgle: "extra"' },
    { method: 'search.query', input: { q: 'x', limit: 0 }, where: 'limit: ' },
    { method: 'notes.get', input: 'not an object', where: 'Ugyldigt input' },
    {
      method: 'handouts.create',
      input: { title: 'x', items: [{ kind: 'film', ref: 'a', comment: '' }] },
      where: 'items[0].kind: ',
    },
  ])('refuses bad input of $method naming the field ($where)', async ({ method, input, where }) => {
    const result = await invokeChecked(echoHandlers(), method, input, own);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain(`Ugyldigt input til ${method}`);
    expect(result.error.message).toContain(where);
  });

  it('reduces an ApiError to its code and message', async () => {
    const result = await invokeChecked(
      echoHandlers(new ApiError('not-found', 'Noten findes ikke')),
      'notes.list',
      {},
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Noten findes ikke' },
    });
  });

  it('reduces any other error to "internal" with only its message', async () => {
    const error = new TypeError('database is locked');
    const result = await invokeChecked(echoHandlers(error), 'notes.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'database is locked' },
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
