// Focus by keyboard (issue 13): leaving a combobox with its list open, the header search's
// query (only on the search page, selected on focus). document.activeElement is asserted after
// each step; the handout's dialogs, inline edits and toast are covered in undo.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const active = () =>
  app.page.evaluate<{ tag: string; role: string; name: string }>(`(() => {
    const a = document.activeElement;
    return {
      tag: a?.tagName ?? '',
      role: a?.getAttribute('role') ?? '',
      name: a?.getAttribute('aria-label') ?? a?.labels?.[0]?.textContent ?? '',
    };
  })()`);

describe('Focus in the note form’s comboboxes', () => {
  it('Tab from the factor combobox with its list open goes to the next field, not the body', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter/ny`);
    await page.getByRole('combobox', { name: 'Succesfaktorer' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox', { name: 'Succesfaktorer' }).isVisible()).resolves.toBe(
      true,
    );
    await page.keyboard.press('Tab');
    await expect(active()).resolves.toMatchObject({ tag: 'INPUT', role: 'combobox' });
    expect((await active()).name).toBe('Koblede citater');
    // And from the quote combobox with its list open, on to the save button.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(active()).resolves.toMatchObject({ tag: 'BUTTON' });
    // Escape closes the list and keeps focus in the field.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Koblede citater' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(active()).resolves.toMatchObject({ role: 'combobox' });
  });
});

describe('The header search', () => {
  const field = () => app.page.getByRole('searchbox', { name: /Søg/ });

  it('shows the query only on the search page and selects it on focus', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/soeg?q=kontrakt`);
    await expect.poll(() => field().inputValue()).toBe('kontrakt');
    await page.getByRole('link', { name: 'Citater' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Citater' }).waitFor();
    await expect(field().inputValue()).resolves.toBe('');

    await page.goto(`${app.url}#/soeg?q=kontrakt`);
    await expect.poll(() => field().inputValue()).toBe('kontrakt');
    await page.getByRole('heading', { level: 1 }).first().click();
    await field().click();
    await page.keyboard.type('tillid');
    await expect.poll(() => field().inputValue()).toBe('tillid');
    await expect.poll(() => page.url()).toContain('q=tillid');
  });
});

describe('Confirmations', () => {
  const focusedText = () =>
    app.page.evaluate<string>(
      `(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '')()`,
    );

  it('take focus on Annullér; Escape cancels and returns to the button that asked', async () => {
    const { page } = app;
    app.services.notes.backup('manual');
    await page.goto(`${app.url}#/indstillinger`);
    const restore = page.getByRole('button', { name: /^Gendan sikkerhedskopien/ }).first();
    await restore.waitFor();
    const label = (await restore.getAttribute('aria-label')) ?? '';
    await restore.click();
    await expect.poll(focusedText).toBe('Annullér');
    await page.keyboard.press('Escape');
    await expect.poll(focusedText).toBe(label);

    await page.goto(`${app.url}#/noter`);
    const replace = page.getByRole('button', { name: /Erstat/ }).first();
    await replace.click();
    await expect.poll(focusedText).toBe('Annullér');
    await page.keyboard.press('Escape');
    await expect.poll(focusedText).toBe((await replace.textContent()) ?? '?');
  });
});

describe('Buttons that work for a moment', () => {
  const focusedText = () =>
    app.page.evaluate<string>(
      `(() => document.activeElement?.textContent?.trim() || document.activeElement?.tagName || '')()`,
    );

  it('keep focus on Gem note while saving, for a new note and an edit', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter/ny`);
    await page.getByLabel('Titel', { exact: true }).fill('Fokus bliver');
    await page.getByRole('button', { name: 'Gem note' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Gemt kl\./).waitFor();
    await expect.poll(focusedText).toBe('Gem note');
    await page.getByLabel('Titel', { exact: true }).fill('Fokus bliver stadig');
    await page.getByRole('button', { name: 'Gem note' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => app.services.notes.list({}).some((n) => n.title === 'Fokus bliver stadig'))
      .toBe(true);
    await expect.poll(focusedText).toBe('Gem note');
  });
});
