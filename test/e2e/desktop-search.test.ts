// Facets that explain themselves: several values per facet (any of them), facets combined (all of
// them), the chosen filters as removable chips that a new query keeps in sight, *Ryd filtre*, the
// facets near the top in Tab order, behind a button at 1024 px and narrower; results by kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({
    path: '/#/soeg?q=tillid',
    seedNotes: [{ title: 'Tillid i vores partnerskab', body: 'Tillid tager tid.' }],
  });
  app.page.setDefaultTimeout(5000);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await app?.close();
});

const facets = () => app.page.locator('aside.search-facets');
const toggle = (group: string, name: RegExp) =>
  facets().getByRole('group', { name: group }).getByRole('button', { name });
const kinds = () =>
  app.page
    .locator('.search-results > li')
    .evaluateAll((els) => els.map((e) => /search-hit-(\w+)/.exec(e.className)?.[1] ?? ''));
const chips = () => app.page.getByRole('group', { name: 'Valgte filtre' });
const hash = () => app.page.evaluate<string>('decodeURIComponent(location.hash)');

describe('facets', () => {
  it('puts the first facet near the top of the Tab order at 1280 px', async () => {
    const { page } = app;
    await page.locator('.search-results > li').first().waitFor();
    // At this width the facets are always shown, beside the results, with no button for them.
    await expect(page.getByRole('button', { name: /^Filtre/ }).isVisible()).resolves.toBe(false);
    const panel = await facets().boundingBox();
    const results = await page.locator('.search-results').boundingBox();
    expect(panel && results && panel.x + panel.width <= results.x).toBe(true);
    expect(panel && results && Math.abs(panel.y - results.y) < 200).toBe(true);
    await page.evaluate('document.activeElement.blur()');
    let stops = 0;
    for (; stops < 40; stops++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate<boolean>(`document.activeElement.classList.contains('facet-toggle')`))
        break;
    }
    expect(stops + 1).toBeLessThan(20);
  });

  it('chooses several kinds at once by keyboard (any of them) and shows them as chips', async () => {
    const { page } = app;
    await toggle('Type', /^Læring/).focus();
    await page.keyboard.press('Enter');
    await toggle('Type', /^Note/).focus();
    await page.keyboard.press('Enter');
    await expect(toggle('Type', /^Læring/).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(toggle('Type', /^Note/).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(async () => new Set(await kinds())).toEqual(new Set(['lesson', 'note']));
    expect(await hash()).toContain('type=lesson,note');
    await chips().getByRole('button', { name: 'Fjern filteret Type: Læring' }).waitFor();
    await chips().getByRole('button', { name: 'Fjern filteret Type: Note' }).waitFor();
    await expectNoA11yViolations(page, 'Søg med to typer valgt');
  });

  it('combines facets: a partnership as well narrows to both', async () => {
    await toggle('Partnerskab', /^Grow Your Life/).click();
    await expect.poll(async () => new Set(await kinds())).toEqual(new Set(['lesson']));
    await chips()
      .getByRole('button', { name: 'Fjern filteret Partnerskab: Grow Your Life' })
      .click();
    await expect.poll(async () => new Set(await kinds())).toEqual(new Set(['lesson', 'note']));
  });

  it('removes a chip by keyboard, keeps the chips in sight for a new query, clears with Ryd filtre', async () => {
    const { page } = app;
    await chips().getByRole('button', { name: 'Fjern filteret Type: Læring' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => new Set(await kinds())).toEqual(new Set(['note']));
    await page.locator('#global-search').fill('partnerskab');
    await expect.poll(hash).toContain('q=partnerskab');
    await chips().getByRole('button', { name: 'Fjern filteret Type: Note' }).waitFor();
    await chips().getByRole('button', { name: 'Ryd filtre' }).click();
    await expect.poll(() => chips().count()).toBe(0);
    await expect.poll(async () => new Set(await kinds()).size).toBeGreaterThan(1);
  });

  it('sorts the results by kind, keeping the ranking within each kind', async () => {
    const { page } = app;
    const order = ['factor', 'quote', 'lesson', 'partnership', 'note', 'source'];
    await page.getByLabel('Sortér resultater').selectOption('kind');
    const sorted = (await kinds()).map((k) => order.indexOf(k));
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    await page.getByLabel('Sortér resultater').selectOption('relevance');
  });

  it('opens the facets from a button above the results at 1024 px', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    const button = page.getByRole('button', { name: /^Filtre/ });
    await button.waitFor();
    await expect(facets().isVisible()).resolves.toBe(false);
    const firstResult = page.locator('.search-results > li').first();
    const resultTop = async () => (await firstResult.boundingBox())?.y ?? 0;
    expect((await button.boundingBox())?.y ?? Infinity).toBeLessThan(await resultTop());
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await facets().waitFor();
    expect((await facets().boundingBox())?.y ?? Infinity).toBeLessThan(await resultTop());
    await toggle('Type', /^Succesfaktor/).click();
    await page.getByRole('button', { name: 'Filtre (1 valgt)' }).waitFor();
    await expectNoA11yViolations(page, 'Søg ved 1024 px');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.locator('.search-results > li').first().waitFor();
    await expect
      .poll(() => page.evaluate<string>('document.documentElement.dataset.theme'))
      .toBe('dark');
    await expectNoA11yViolations(page, 'Søg ved 1024 px (mørk)');
    await app.screenshot('search-facets-1024-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
