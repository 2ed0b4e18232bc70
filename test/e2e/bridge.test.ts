// The test bridge itself: the built app shell loads under the app's CSP, `window.samspil` has
// exactly the contract's calls, each service answers through the door, bad input comes back as a
// typed error, and the CSP stops injected inline script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, type ApiResult } from '../../shared/api';
import type { ContentEntry } from '../../shared/content/types';
import type { SearchResponse } from '../../shared/search/types';
import type { Note } from '../../shared/notes/types';
import type { Handout } from '../../shared/handout/types';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { startApp, type AppHarness } from './harness';

/** The page's globals this test touches (the node-side tsconfig has no DOM types). */
type PageGlobals = {
  samspil: Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>;
  document: {
    title: string;
    body: { append(node: unknown): void };
    getElementById(id: string): { childElementCount: number } | null;
    createElement(tag: string): { textContent: string };
    addEventListener(type: string, listener: (event: { violatedDirective: string }) => void): void;
  };
  __inlineRan?: boolean;
};

let app: AppHarness;
beforeAll(async () => {
  app = await startApp({
    seedNotes: [{ title: 'Forankring i kommunen', body: 'Ledelsen bakker op.' }],
  });
});
afterAll(async () => {
  await app?.close();
});

/** Calls one contract method from inside the page, as the renderer does. */
function callInPage<T>(method: string, input?: unknown): Promise<ApiResult<T>> {
  return app.page.evaluate(
    ([m, i]) => (globalThis as unknown as PageGlobals).samspil[m as string]!(i),
    [method, input] as const,
  ) as Promise<ApiResult<T>>;
}

describe('the served app shell', () => {
  it('sends the app CSP on the document and its scripts', async () => {
    const response = await app.page.goto(app.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const scripts = await app.page.evaluate(() =>
      [
        ...(globalThis as unknown as { document: { scripts: { src: string }[] } }).document.scripts,
      ].map((s) => s.src),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const asset = await app.page.request.get(src);
      expect(asset.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('renders the React shell', async () => {
    await app.page.waitForFunction(
      () =>
        ((globalThis as unknown as PageGlobals).document.getElementById('root')
          ?.childElementCount ?? 0) > 0,
    );
    expect(await app.page.title()).toContain('Samspil');
    await app.screenshot('bridge-shell');
  });

  it('refuses paths outside the renderer', async () => {
    const response = await app.page.request.get(new URL('/..%2f..%2fpackage.json', app.url).href);
    expect(response.status()).not.toBe(200);
  });
});

describe('window.samspil', () => {
  it('has exactly the contract calls, and cannot be replaced', async () => {
    const shape = await app.page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      const keys = Object.keys(g.samspil);
      try {
        (g as { samspil: unknown }).samspil = {};
      } catch {
        // strict-mode assignment to a read-only property throws; either way it must not change
      }
      return { keys, frozen: Object.isFrozen(g.samspil), kept: Object.keys(g.samspil).length };
    });
    expect(shape.keys.sort()).toEqual([...API_METHODS].sort());
    expect(shape.frozen).toBe(true);
    expect(shape.kept).toBe(API_METHODS.length);
  });

  it('reaches the content service', async () => {
    const result = await callInPage<ContentEntry[]>('content.all', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.length).toBe(app.services.content.all().length);
  });

  it('reaches the search service, including the seeded note', async () => {
    const result = await callInPage<SearchResponse>('search.query', { q: 'forankring' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.total).toBeGreaterThan(0);
    expect(result.value.hits.some((hit) => hit.kind === 'note')).toBe(true);
  });

  it('creates a note and lists it', async () => {
    const created = await callInPage<Note>('notes.create', {
      title: 'Møde med SMK',
      body: '**Tillid** tager tid.',
      aboutDate: '2026-03-01',
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'Møde med SMK' } });
    const listed = await callInPage<Note[]>('notes.list', {});
    expect(listed.ok && listed.value.map((n) => n.title).sort()).toEqual([
      'Forankring i kommunen',
      'Møde med SMK',
    ]);
    expect(app.services.notes.list()).toHaveLength(2);
  });

  it('creates a handout', async () => {
    const result = await callInPage<Handout>('handouts.create', { title: 'Workshop om tillid' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Workshop om tillid', items: [] } });
    expect(app.services.handouts.list().map((h) => h.title)).toContain('Workshop om tillid');
  });

  it('returns a typed error for invalid input, naming the field and the issue', async () => {
    const result = await callInPage('notes.create', { title: '', body: 42 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues).toEqual([
      { path: ['title'], code: 'title-missing', params: {} },
      { path: ['body'], code: 'invalid-type', params: { expected: 'string' } },
    ]);
  });

  it('records external links and clipboard writes instead of leaving the test', async () => {
    await callInPage('app.openExternal', { url: 'https://www.example.dk/' });
    await callInPage('app.copy', { text: 'Citat' });
    expect(app.calls.externals).toEqual(['https://www.example.dk/']);
    expect(app.calls.clipboard).toEqual([{ text: 'Citat' }]);
  });
});

describe('the CSP in the browser', () => {
  it('blocks an inline <script> injected into the DOM', async () => {
    const outcome = await app.page.evaluate(async () => {
      const g = globalThis as unknown as PageGlobals;
      const violations: string[] = [];
      g.document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective),
      );
      const script = g.document.createElement('script');
      script.textContent = 'globalThis.__inlineRan = true;';
      g.document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ran: g.__inlineRan === true, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
  });
});
