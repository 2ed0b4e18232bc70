// Quotes in context: theme and section on each card with a link to the passage, factor chips
// with their group, filters that narrow each other and count, normalised roles, sorting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteEntry } from '../../shared/content/types';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
let quotes: QuoteEntry[];

beforeAll(async () => {
  app = await startApp({ path: '/#/citater' });
  app.page.setDefaultTimeout(5000);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  quotes = app.services.content.all().filter((e): e is QuoteEntry => e.kind === 'quote');
});
afterAll(async () => {
  await app?.close();
});

const shownIds = () =>
  app.page
    .locator('[data-quote-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id') ?? ''));
const optionTexts = (label: string) =>
  app.page.getByLabel(label, { exact: true }).locator('option').allTextContents();

describe('quotes in context', () => {
  it('shows theme and section on each card and links to the passage, by keyboard', async () => {
    const { page } = app;
    await expect.poll(() => page.locator('[data-quote-id]').count()).toBe(quotes.length);
    const first = quotes[0];
    if (!first) throw new Error('no quotes');
    const card = page.locator(`[data-quote-id="${first.id}"]`);
    await card.locator('.quote-context').getByText(first.theme, { exact: true }).waitFor();
    const link = card.locator('.quote-context a');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate<string>('location.hash'))
      .toBe(`#/partnerskaber/${first.partnership}/${first.section}`);
    await page.goBack();
    await expect.poll(() => page.locator('[data-quote-id]').count()).toBe(quotes.length);
  });

  it('names the group on each factor chip, so two lists’ factors of one name differ', async () => {
    const chips = await app.page.locator('.quote-tags .tag').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips)
      expect(chip).toMatch(/ · (Relationelle|Strukturelle|Elementer|Faktorer|Væsentlige)/);
    expect(chips).toContain(
      'Gensidig tillid i relationer · Væsentlige elementer i velfungerende partnerskaber',
    );
  });

  it('filters that narrow each other and count what each option leaves', async () => {
    const { page } = app;
    const themes = await optionTexts('Tema');
    const total = (texts: string[]) =>
      texts.slice(1).reduce((sum, text) => sum + Number(/\((\d+)\)$/.exec(text)?.[1] ?? NaN), 0);
    expect(total(themes)).toBe(quotes.length);
    await page.getByLabel('Partnerskab', { exact: true }).selectOption('kulturformidling-kbh');
    const inKbh = quotes.filter((q) => q.partnership === 'kulturformidling-kbh');
    await expect.poll(shownIds).toHaveLength(inKbh.length);
    const narrowed = await optionTexts('Tema');
    expect(total(narrowed)).toBe(inKbh.length);
    expect(narrowed.length - 1).toBe(new Set(inKbh.map((q) => q.theme)).size);
    await expectNoA11yViolations(page, 'Citater, filtreret');
    await page.getByLabel('Partnerskab', { exact: true }).selectOption('');
  });

  it('offers one role where the source writes it two ways, and keeps the verbatim text', async () => {
    const { page } = app;
    const roles = await optionTexts('Talerens rolle');
    expect(roles.some((r) => r.startsWith('Koordinator på frivilligcenteret'))).toBe(false);
    const coordinators = quotes.filter((q) =>
      /^Koordinator (i|på) frivilligcenteret$/.test(q.speaker.role),
    );
    expect(roles).toContain(`Koordinator i frivilligcenteret (${coordinators.length})`);
    await page
      .getByLabel('Talerens rolle', { exact: true })
      .selectOption('Koordinator i frivilligcenteret');
    await expect
      .poll(async () => (await shownIds()).sort())
      .toEqual(coordinators.map((q) => q.id).sort());
    await page
      .locator('.quote-role')
      .getByText('Koordinator på frivilligcenteret', { exact: true })
      .waitFor();
    await page.getByLabel('Talerens rolle', { exact: true }).selectOption('');
  });

  it('sorts by theme and by partnership', async () => {
    const { page } = app;
    const sort = page.getByLabel('Sortér', { exact: true });
    await sort.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(sort.inputValue()).resolves.toBe('theme');
    const byTheme = [...quotes].sort((a, b) => a.theme.localeCompare(b.theme, 'da'));
    await expect
      .poll(async () => (await shownIds()).map((id) => quotes.find((q) => q.id === id)?.theme))
      .toEqual(byTheme.map((q) => q.theme));
    await sort.selectOption('partnership');
    const first = await page.locator('[data-quote-id]').first().getAttribute('data-quote-id');
    // "Frivillig kulturformidling …" comes before "Grow Your Life".
    expect(quotes.find((q) => q.id === first)?.partnership).toBe('kulturformidling-kbh');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect
      .poll(() => page.evaluate<string>('document.documentElement.dataset.theme'))
      .toBe('dark');
    await expect.poll(() => page.locator('[data-quote-id]').count()).toBe(quotes.length);
    await expectNoA11yViolations(page, 'Citater (mørk)');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
