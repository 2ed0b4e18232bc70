// Search as you type from the header field: highlighted hits exactly where the service's spans
// say, facets as toggles, arrow-key navigation, opening a factor with its quotes and the user's
// notes, and adding a hit to the handout basket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../shared/search/types';
import { startApp, type AppHarness } from './harness';
import { expectNoA11yViolations } from './axe';

const FACTOR = 'relation-gensidig-tillid-respekt-forstaaelse';
const OTHER_FACTOR = 'vaesentlig-gensidig-tillid';
const NOTE_TITLE = 'Tillidsopbygning i vores styregruppe';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({
    seedNotes: [
      {
        title: NOTE_TITLE,
        body: 'Vi aftalte at mødes hver måned, så **tilliden** kunne vokse.',
        factors: [FACTOR, OTHER_FACTOR],
      },
    ],
  });
});
afterAll(async () => {
  await app?.close();
});

const field = () => app.page.locator('#global-search');
const results = () => app.page.locator('[data-search-result]');
const focusedHref = () => app.page.evaluate('document.activeElement?.getAttribute("href") ?? null');
const focusedId = () => app.page.evaluate('document.activeElement?.id ?? null');

async function serviceAnswer(q: string): Promise<SearchResponse> {
  return app.handlers['search.query']({ q, limit: 20 });
}

describe('search', () => {
  it('focuses the search field with Ctrl+K from anywhere and shows results as you type', async () => {
    const { page } = app;
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Control+k');
    expect(await focusedId()).toBe('global-search');
    await page.keyboard.type('tillid', { delay: 30 });
    expect(await page.evaluate('location.hash')).toBe('#/soeg?q=tillid');
    const expected = await serviceAnswer('tillid');
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(() => results().count()).toBe(expected.hits.length);
    expect(await page.locator('.search-count').textContent()).toContain(String(expected.total));
    // The field kept focus while the page changed under it.
    expect(await focusedId()).toBe('global-search');
  });

  it('renders the highlighted spans as <mark> without re-parsing', async () => {
    const expected = await serviceAnswer('tillid');
    for (const [i, hit] of expected.hits.slice(0, 5).entries()) {
      const item = app.page.locator('.search-hit').nth(i);
      const titleMarks = await item.locator('.search-hit-title mark').allTextContents();
      expect(titleMarks).toEqual(hit.titleSpans.map((s) => hit.title.slice(s.start, s.end)));
      const snippetMarks = await item.locator('.search-hit-snippet mark').allTextContents();
      expect(snippetMarks).toEqual(hit.snippetSpans.map((s) => hit.snippet.slice(s.start, s.end)));
      expect(await item.locator('.search-hit-title').textContent()).toBe(hit.title);
    }
    await expectNoA11yViolations(app.page, 'Søg');
    await app.screenshot('search');
  });

  it('finds the own note among the hits', async () => {
    await expect
      .poll(() => app.page.locator('.search-hit-note').getByRole('link').textContent())
      .toBe(NOTE_TITLE);
  });

  it('narrows the results with facet toggles', async () => {
    const { page } = app;
    const expected = await app.handlers['search.query']({
      q: 'tillid',
      kinds: ['factor'],
      limit: 20,
    });
    const toggle = page
      .getByRole('group', { name: 'Type' })
      .getByRole('button', { name: /Succesfaktor/ });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate('location.hash')).toBe('#/soeg?q=tillid&type=factor');
    await expect.poll(() => results().count()).toBe(expected.hits.length);
    expect(await page.locator('.search-hit').count()).toBe(
      await page.locator('.search-hit-factor').count(),
    );
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const all = await serviceAnswer('tillid');
    await expect.poll(() => results().count()).toBe(all.hits.length);
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    const { page } = app;
    const expected = await serviceAnswer('tillid');
    await field().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await results().nth(0).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await results().nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedId()).toBe('global-search');

    const target = expected.hits.findIndex((h) => h.id === FACTOR);
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(`#/faktorer/${FACTOR}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('location.hash')).toBe(`#/faktorer/${FACTOR}`);
  });

  it('shows the factor with its explanation, quotes, lessons and the tagged note', async () => {
    const { page } = app;
    const factor = app.services.content.factor(FACTOR)!;
    await expect.poll(() => page.locator('main h1').textContent()).toBe(factor.title);
    expect(factor.quotes.length).toBeGreaterThan(0);
    const shown = await page
      .locator('main [data-quote-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')));
    expect(shown).toEqual(factor.quotes);
    expect(await page.locator('.lesson-card').count()).toBe(factor.lessons.length);
    await expect.poll(() => page.locator('.note-card h3').allTextContents()).toEqual([NOTE_TITLE]);
    expect(await page.locator('.note-card strong').textContent()).toBe('tilliden');
    await expectNoA11yViolations(page, 'Succesfaktor');
    await app.screenshot('factor');

    // The same note is on the page of its other factor too.
    await page.goto(new URL(`/#/faktorer/${OTHER_FACTOR}`, app.url).href);
    await expect.poll(() => page.locator('.note-card h3').allTextContents()).toEqual([NOTE_TITLE]);
  });

  it('adds a search hit to the handout basket', async () => {
    const { page } = app;
    await field().fill('kontrakt');
    const expected = await serviceAnswer('kontrakt');
    await expect.poll(() => results().count()).toBe(expected.hits.length);
    const first = expected.hits[0]!;
    const button = page.locator('.search-hit').first().locator('button.add-to-handout');
    await button.click();
    await expect.poll(() => button.getAttribute('class')).toContain('is-added');
    const nav = page.getByRole('navigation', { name: 'Hovednavigation' });
    await expect.poll(() => nav.getByRole('link', { name: /^Handout\W*1 punkt$/ }).count()).toBe(1);
    const handouts = app.services.handouts.list();
    expect(handouts).toHaveLength(1);
    expect(handouts[0]!.items.map((i) => i.ref)).toEqual([first.id]);
  });

  it('keeps every key of fast typing while answers and the page switch arrive in between', async () => {
    const { page } = app;
    const text = 'frivillige borgere med handicap og kommunale medarbejdere';
    for (let round = 0; round < 3; round++) {
      // From another page, so the first answer also switches the page while keys keep coming.
      await page.evaluate('location.hash = "#/"');
      await page.locator('main h1').filter({ hasText: 'Velkommen' }).waitFor();
      await field().fill('');
      await page.keyboard.press('Control+k');
      await page.keyboard.type(text); // no delay: answers land between the keys
      await expect
        .poll(() => page.evaluate('location.hash'))
        .toBe(`#/soeg?q=${encodeURIComponent(text).replace(/%20/g, '+')}`);
      expect(await field().inputValue()).toBe(text);
      const expected = await serviceAnswer(text);
      await expect
        .poll(() => page.locator('.search-count').textContent())
        .toContain(String(expected.total));
    }
  });

  it('does not pull the user back to the search page when a slow answer arrives after they left', async () => {
    const { page } = app;
    await page.evaluate('location.hash = "#/"');
    await page.locator('main h1').filter({ hasText: 'Velkommen' }).waitFor();
    const handlers = app.handlers as unknown as Record<string, (input: unknown) => unknown>;
    const original = handlers['search.query']!;
    handlers['search.query'] = async (input) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return original(input);
    };
    try {
      await page.keyboard.press('Control+k');
      await page.keyboard.type('tillid');
      await page.evaluate('location.hash = "#/citater"'); // moves on before the answer
      await page.waitForTimeout(900);
      expect(await page.evaluate('location.hash')).toBe('#/citater');
    } finally {
      handlers['search.query'] = original;
    }
  });
});
