// Undo in the handout, as issue 13 reproduced it: four quotes, a comment on item 1, remove item
// 4, Ctrl+Z. The item must come back and item 1's comment must stay as typed; the toast and the
// trash for deleted handouts; text undo never reaching another field. Focus is asserted by key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { expectNoA11yViolations } from './axe';

let app: AppHarness;
let handoutId = '';
const COMMENT = 'Læg mærke til kontrakten';

beforeAll(async () => {
  app = await startApp();
  const quotes = app.services.content.byKind('quote').slice(0, 4);
  const handout = app.services.handouts.create({
    title: 'Workshop',
    items: quotes.map((q) => ({ kind: 'quote' as const, ref: q.id, comment: '' })),
  });
  handoutId = handout.id;
  await app.page.evaluate(
    `localStorage.setItem('samspil.currentHandout', ${JSON.stringify(handoutId)})`,
  );
  await app.page.goto(`${app.url}#/handout`);
  await app.page.reload();
  await app.page.locator('.handout-item').nth(3).waitFor();
});

afterAll(async () => {
  await app?.close();
});

const stored = () => app.services.handouts.get(handoutId);
const refs = () => stored().items.map((i) => i.ref);
const activeKey = () =>
  app.page.evaluate<string>(`(() => {
    const active = document.activeElement;
    const li = active?.closest('li[data-key]');
    return (li?.getAttribute('data-key') ?? '') + '|' + (active?.dataset.control ?? active?.tagName);
  })()`);

describe('Undo in the handout', () => {
  it('brings back a removed item with Ctrl+Z and leaves the comment of item 1 as typed', async () => {
    const { page } = app;
    const before = refs();
    // The count in the navigation has a name that reads as words, not "Handout : 4".
    await page.getByRole('link', { name: /^Handout\s*, 4 punkter$/ }).waitFor();
    // A quote's title inside 'Fjern “{title}”' has no quotation marks of its own ("Fjern ““Vi").
    expect(await page.locator('[aria-label*="““"], [aria-label*="””"]').count()).toBe(0);
    const comment = page.locator('.handout-item').first().locator('textarea');
    await comment.click();
    await page.keyboard.type(COMMENT);
    await expect.poll(() => stored().items[0]?.comment).toBe(COMMENT);

    await page.locator('.handout-item').nth(3).locator('[data-control="remove"]').click();
    await expect.poll(() => refs()).toEqual(before.slice(0, 3));
    // Focus went to the neighbour's remove button, not the page body (once the page has
    // painted the shorter list: the store can be written a moment before).
    await expect.poll(() => activeKey()).toBe(`quote:${before[2]}|remove`);
    await page
      .getByRole('status')
      .filter({ hasText: 'er fjernet fra handouten' })
      .first()
      .waitFor();

    await page.keyboard.press('Control+z');
    await expect.poll(() => refs()).toEqual(before);
    expect(stored().items[0]?.comment).toBe(COMMENT);
    await expect(comment.inputValue()).resolves.toBe(COMMENT);
    // Focus is on the item that came back.
    await expect.poll(() => activeKey()).toBe(`quote:${before[3]}|remove`);

    // A second Ctrl+Z has nothing of ours left to undo, and still leaves the comment alone.
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(800);
    expect(stored().items[0]?.comment).toBe(COMMENT);
    await expect(comment.inputValue()).resolves.toBe(COMMENT);
  });

  it('undoes a move from the toast, with focus on the moved item', async () => {
    const { page } = app;
    const before = refs();
    await page.locator('.handout-item').first().locator('[data-control="down"]').click();
    await expect.poll(() => refs()).toEqual([before[1], before[0], before[2], before[3]]);
    const toast = page.locator('.action-toast');
    await toast.getByText(/er flyttet til punkt 2/).waitFor();
    await app.screenshot('handout-undo-toast');
    await expectNoA11yViolations(page, 'Handout med fortryd');
    await toast.getByRole('button', { name: 'Fortryd', exact: true }).click();
    await expect.poll(() => refs()).toEqual(before);
    await expect.poll(() => activeKey()).toBe(`quote:${before[0]}|handle`);
    await toast.getByText('Fortrudt.').waitFor();
  });

  it('keeps text undo inside the field that has focus', async () => {
    const { page } = app;
    const second = page.locator('.handout-item').nth(1).locator('textarea');
    await second.click();
    await page.keyboard.type('abc');
    await expect.poll(() => stored().items[1]?.comment).toBe('abc');
    const first = page.locator('.handout-item').first().locator('textarea');
    await first.click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(800);
    await expect(second.inputValue()).resolves.toBe('abc');
    await expect(first.inputValue()).resolves.toBe(COMMENT);
    expect(stored().items[1]?.comment).toBe('abc');
    // In its own field, Ctrl+Z undoes what was typed there.
    await second.click();
    await page.keyboard.press('End');
    await page.keyboard.type('d');
    await page.keyboard.press('Control+z');
    await expect.poll(() => second.inputValue()).toBe('abc');
  });

  it('puts a deleted handout in the trash; Escape cancels, and Fortryd brings it back', async () => {
    const { page } = app;
    const saved = page.locator('.saved-handouts');
    const deleteButton = saved.getByRole('button', { name: 'Slet “Workshop”' });
    await deleteButton.click();
    // The confirmation takes focus on its safe choice; Escape cancels and returns to Slet.
    await expect
      .poll(() => page.evaluate<string>(`(() => document.activeElement?.textContent ?? '')()`))
      .toBe('Annullér');
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate<string | null>(
          `(() => document.activeElement?.getAttribute('aria-label'))()`,
        ),
      )
      .toBe('Slet “Workshop”');

    await deleteButton.click();
    await saved.getByRole('button', { name: 'Slet', exact: true }).click();
    await expect.poll(() => app.services.handouts.list().length).toBe(0);
    expect(
      await page.evaluate<string | null>(`(() => document.activeElement?.textContent)()`),
    ).toBe('Ny handout');
    const toast = page.locator('.action-toast');
    await toast.getByText('Handouten “Workshop” er lagt i papirkurven.').waitFor();
    await toast.getByRole('button', { name: 'Fortryd', exact: true }).click();
    await expect.poll(() => app.services.handouts.list().map((h) => h.id)).toEqual([handoutId]);
    await page.locator('.handout-item').nth(3).waitFor();
    expect(stored().items[0]?.comment).toBe(COMMENT);
    await expect
      .poll(() =>
        page.evaluate<string | null>(
          `(() => document.activeElement?.getAttribute('aria-label'))()`,
        ),
      )
      .toBe('Slet “Workshop”');
  });

  it('returns focus to Omdøb after Escape and after saving a new name', async () => {
    const { page } = app;
    const saved = page.locator('.saved-handouts');
    const focusedLabel = () =>
      page.evaluate<string>(`(() => document.activeElement?.getAttribute('aria-label') ?? '')()`);
    await saved.getByRole('button', { name: 'Omdøb “Workshop”' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(focusedLabel).toBe('Omdøb “Workshop”');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Workshop 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => stored().title).toBe('Workshop 2');
    await expect.poll(focusedLabel).toBe('Omdøb “Workshop 2”');
  });
});
