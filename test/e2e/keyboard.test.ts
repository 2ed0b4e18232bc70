// One main job by keyboard alone, with visible focus all the way: skip to the content, find a
// factor by search (Ctrl+K, type, arrows, Enter), add it to the handout, and copy one of its
// quotes with its source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

const FACTOR = 'struktur-formelle-rammer-oekonomi';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

interface Focused {
  id: string;
  tag: string;
  text: string;
  href: string | null;
  outline: string;
  outlineWidth: number;
  visible: boolean;
}

function focused(): Promise<Focused> {
  return app.page.evaluate(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    };
  })()`);
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(match: (f: Focused) => boolean, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab');
    const f = await focused();
    if (match(f)) return f;
  }
  throw new Error('Tab nåede aldrig frem til det ønskede element');
}

function expectVisibleFocus(f: Focused): void {
  expect(f.visible, `${f.tag} "${f.text}" er synligt`).toBe(true);
  expect(f.outline, `${f.tag} "${f.text}" har en fokusramme`).not.toBe('none');
  expect(f.outlineWidth).toBeGreaterThanOrEqual(2);
}

describe('keyboard alone', () => {
  it('skips to the main content with the first Tab', async () => {
    await app.page.locator('main h1').waitFor();
    await app.page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.text).toBe('Gå til indhold');
    expectVisibleFocus(skip);
    await app.page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');
    const next = await tabTo(() => true, 1);
    expect(next.tag).toBe('a');
    expectVisibleFocus(next);
  });

  it('finds a factor by search, adds it to the handout and copies a quote with its source', async () => {
    const { page } = app;
    const factor = app.services.content.factor(FACTOR)!;
    await page.keyboard.press('Control+k');
    expect((await focused()).id).toBe('global-search');
    await page.keyboard.type('formelle rammer');
    const answer = await app.handlers['search.query']({ q: 'formelle rammer', limit: 20 });
    const position = answer.hits.findIndex((h) => h.id === FACTOR);
    expect(position).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/soeg?q=formelle+rammer');
    await expect.poll(() => page.locator('[data-search-result]').count()).toBe(answer.hits.length);

    for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
    const hit = await focused();
    expect(hit.href).toBe(`#/faktorer/${FACTOR}`);
    expectVisibleFocus(hit);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(factor.title);
    expect((await focused()).id).toBe('main');

    const add = await tabTo((f) => f.tag === 'button' && f.text.includes('Tilføj til handout'));
    expectVisibleFocus(add);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => app.services.handouts.list()[0]?.items.map((i) => `${i.kind}:${i.ref}`))
      .toEqual([`factor:${FACTOR}`]);

    const copy = await tabTo((f) => f.tag === 'button' && f.text === 'Kopiér med kilde');
    expectVisibleFocus(copy);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.calls.clipboard.length).toBe(1);
    const firstQuote = app.services.content.get(factor.quotes[0]!);
    expect(app.calls.clipboard[0]!.text.replace(/\s+/g, ' ')).toContain(
      firstQuote.text.replace(/\s+/g, ' ').slice(0, 40),
    );
  });
});
