// The desktop additions reflow at 320 px (WCAG 1.4.10): no sideways scrolling on the pages whose
// layout they change (bulk bar, sort selects, filter chips, quote context, contents list), with
// the find bar open. (Forside and Indstillinger are 20–50 px too wide at 320 px on main already,
// without the desktop sections; the 320 px reflow of every page is the editor branch's.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({
    viewport: { width: 320, height: 640 },
    seedNotes: [
      { title: 'Tillid i vores partnerskab', body: 'Tillid tager tid.' },
      { title: 'Mødet i marts', body: '## Referat\n\nVi talte om **tillid** og kontrakten.' },
    ],
  });
  app.page.setDefaultTimeout(5000);
});
afterAll(async () => {
  await app?.close();
});

const overflow = () =>
  app.page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );

describe('reflow at 320 px', () => {
  it.each([
    ['Mine noter med sortering og valg', '#/noter'],
    ['Søg med valgte filtre', '#/soeg?q=tillid&type=note,lesson'],
    ['Citater med kontekst', '#/citater'],
    ['Partnerskab med indhold', '#/partnerskaber/grow-your-life'],
  ])('%s', async (name, where) => {
    const { page } = app;
    await page.evaluate(`location.hash = ${JSON.stringify(where)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('main').focus();
    await page.keyboard.press('Control+f');
    await page.locator('#find-in-page').waitFor();
    expect(await overflow(), name).toBeLessThanOrEqual(0);
    // The header keeps the brand on one line and gives the search field a usable width.
    const brand = await page.locator('.app-brand-name').boundingBox();
    const search = await page.locator('#global-search').boundingBox();
    expect(brand?.height ?? 0).toBeLessThan(40);
    expect(search?.width ?? 0).toBeGreaterThan(250);
    await page.keyboard.press('Escape');
    if (name.startsWith('Søg')) await app.screenshot('search-320-chips');
  });
});

describe('search snippets at 320 px', () => {
  it('end a lesson box heading and a note heading as sentences, never glued to the prose', async () => {
    const { page } = app;
    await page.evaluate(
      `location.hash = '#/soeg?q=lærende platform partnerne tillid&type=note,lesson'`,
    );
    const lesson = page.locator('.search-hit', { hasText: 'Forskellige interesser' });
    await expect
      .poll(() => lesson.locator('.search-hit-snippet').textContent(), { timeout: 5000 })
      .toContain('platform. Erfaring fra Grow Your Life. Partnerne');
    const note = page.locator('.search-hit', { hasText: 'Mødet i marts' });
    expect(await note.locator('.search-hit-snippet').textContent()).toBe(
      'Referat. Vi talte om tillid og kontrakten.',
    );
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
