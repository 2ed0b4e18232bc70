// Switching the interface language: every frame text follows, <html lang> follows, the choice is
// saved in the settings and survives a reload; the bundled content stays Danish and marked so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { expectNoA11yViolations } from './axe';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const navLabels = () => app.page.locator('nav.app-nav a').allTextContents();
const htmlLang = () => app.page.evaluate('document.documentElement.lang');

describe('language', () => {
  it('starts in Danish', async () => {
    await app.page.locator('main h1').waitFor();
    expect(await htmlLang()).toBe('da');
    expect((await navLabels()).slice(0, 4)).toEqual([
      'Forside',
      'Partnerskaber',
      'Citater',
      'Succesfaktorer',
    ]);
  });

  it('switches to English from the header, saves the choice and keeps it after a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(htmlLang).toBe('en');
    expect((await navLabels()).slice(0, 4)).toEqual([
      'Home',
      'Partnerships',
      'Quotes',
      'Success factors',
    ]);
    expect(await page.locator('main h1').textContent()).toBe('Welcome to Samspil');
    expect(await page.getByRole('button', { name: 'Dansk' }).getAttribute('lang')).toBe('da');
    expect((await app.handlers['settings.get']({})).language).toBe('en');

    await page.reload();
    await expect.poll(htmlLang).toBe('en');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Welcome to Samspil');
    await expectNoA11yViolations(page, 'Home (English)');
    await app.screenshot('home-en');
  });

  it('keeps the Danish material marked as Danish inside the English interface', async () => {
    const { page } = app;
    await page.goto(new URL('/#/citater', app.url).href);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Quotes');
    expect(await page.getByRole('button', { name: 'Copy with source' }).count()).toBeGreaterThan(0);
    const quoteLangs = await page
      .locator('blockquote')
      .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(new Set(quoteLangs)).toEqual(new Set(['da']));
    await expectNoA11yViolations(page, 'Quotes (English)');
  });

  it('switches back to Danish', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(htmlLang).toBe('da');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Citater');
    expect((await app.handlers['settings.get']({})).language).toBe('da');
  });
});
