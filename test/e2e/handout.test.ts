// The handout through the real UI: add quotes from the quotes view and a factor from its page,
// reorder by keyboard, by the move buttons and by drag and drop, comment, title, live preview,
// export Markdown to the chosen file, and the saved handouts (rename, duplicate, delete).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await startApp();
  app.page.on('console', (m) => {
    // Headless Chromium asks for /favicon.ico by itself; the app window never does.
    const where = m.location().url;
    if (m.type() === 'error' && !where.endsWith('/favicon.ico')) consoleErrors.push(m.text());
  });
});

afterAll(async () => {
  await app?.close();
});

let handoutId = '';

/** The handout the basket created, as the store has it. */
function stored() {
  if (!handoutId) {
    const [first] = app.services.handouts.list();
    if (!first) throw new Error('no handout saved');
    handoutId = first.id;
  }
  return app.services.handouts.get(handoutId);
}

const refs = () => stored().items.map((i) => i.ref);

describe('Handout', () => {
  it('explains an empty basket and where to find things to add', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/handout`);
    await page.getByRole('heading', { name: 'Handouten er tom' }).waitFor();
    await expectNoA11yViolations(page, 'Handout (tom)');
    await app.screenshot('handout-empty');
  });

  it('collects quotes from the quotes view and a factor from its page', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/citater`);
    const quotes = page.locator('figure.quote');
    await quotes.first().waitFor();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const quote = quotes.nth(i);
      ids.push((await quote.getAttribute('data-quote-id')) ?? '');
      await page.locator(`button.add-to-handout[data-ref="${ids[i]}"]`).click();
      await page.locator(`button.add-to-handout.is-added[data-ref="${ids[i]}"]`).waitFor();
    }
    const factor = app.services.content.byKind('factor')[0];
    await page.goto(`${app.url}#/faktorer/${factor?.id}`);
    await page.locator(`button.add-to-handout[data-ref="${factor?.id}"]`).first().click();
    await expect.poll(() => refs()).toEqual([...ids, factor?.id]);
  });

  it('shows the items with title, comment field and a live preview', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/handout`);
    await page.getByRole('heading', { level: 2, name: 'Punkter (4)' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill('Workshop om frivillig faglighed');
    await page.getByLabel('Undertitel').fill('Fredericia, marts');
    await page.getByLabel('Indledning (Markdown)').fill('Vi ser på **fire** eksempler.');
    await expect.poll(() => stored().title).toBe('Workshop om frivillig faglighed');
    await expect.poll(() => stored().intro).toBe('Vi ser på **fire** eksempler.');

    const comment = page.locator('.handout-item').first().locator('textarea');
    await comment.fill('Læg mærke til *kontrakten*.');
    await page.locator('.handout-comment-preview em', { hasText: 'kontrakten' }).waitFor();
    await expect.poll(() => stored().items[0]?.comment).toBe('Læg mærke til *kontrakten*.');

    // The preview is the service's print HTML in a shadow root.
    await expect
      .poll(() =>
        page.evaluate<string>(
          "document.querySelector('.handout-preview-paper')?.shadowRoot?.textContent ?? ''",
        ),
      )
      .toContain('Workshop om frivillig faglighed');
    const previewHasStyles = await page.evaluate<boolean>(
      "(document.querySelector('.handout-preview-paper')?.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0",
    );
    expect(previewHasStyles).toBe(true);
    await expectNoA11yViolations(page, 'Handout');
    await app.screenshot('handout');
  });

  it('reorders with Alt+Arrow keys and announces the move', async () => {
    const { page } = app;
    const before = refs();
    const handle = page.locator('.handout-item').first().locator('.drag-handle');
    await handle.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => refs()).toEqual([before[1], before[0], before[2], before[3]]);
    await expect(
      page.locator('.handout-items [aria-live="assertive"]').textContent(),
    ).resolves.toMatch(/flyttet til plads 2 af 4/);
    // Focus followed the item to its new place.
    const focusedKey = await page.evaluate<string>(
      "document.activeElement?.closest('li')?.getAttribute('data-key') ?? ''",
    );
    expect(focusedKey.endsWith(`:${before[0]}`)).toBe(true);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => refs()).toEqual(before);
  });

  it('reorders with the move buttons', async () => {
    const { page } = app;
    const before = refs();
    await page.locator('.handout-item').nth(3).locator('[data-control="up"]').click();
    await expect.poll(() => refs()).toEqual([before[0], before[1], before[3], before[2]]);
  });

  it('reorders by dragging an item by its handle onto another item', async () => {
    const { page } = app;
    const before = refs();
    const items = page.locator('.handout-item');
    // Hovering the handle makes the item draggable (Chromium starts no drag from a <button>).
    await items.nth(3).locator('.drag-handle').hover();
    await expect(items.nth(3).getAttribute('draggable')).resolves.toBe('true');
    // Headless Chromium's synthetic mouse drags stall after the first dragenter, so the drag
    // events are dispatched directly, with one DataTransfer as a real drag would carry.
    const dataTransfer = await page.evaluateHandle('new DataTransfer()');
    const top = (await items.first().boundingBox())?.y ?? 0;
    await items.nth(3).dispatchEvent('dragstart', { dataTransfer });
    await items.first().dispatchEvent('dragenter', { dataTransfer, clientY: top + 4 });
    await items.first().dispatchEvent('dragover', { dataTransfer, clientY: top + 4 });
    await expect(items.first().getAttribute('class')).resolves.toContain('drop-before');
    await items.first().dispatchEvent('drop', { dataTransfer, clientY: top + 4 });
    await items.nth(3).dispatchEvent('dragend', { dataTransfer });
    await expect.poll(() => refs()).toEqual([before[3], before[0], before[1], before[2]]);
  });

  it('exports every format to the chosen file and shows where it went', async () => {
    const { page } = app;
    const formats = [
      { button: 'PDF (A4, klar til tryk)', ext: 'pdf', magic: '%PDF' },
      { button: 'Word (DOCX)', ext: 'docx', magic: 'PK' },
      { button: 'HTML', ext: 'html', magic: '<!doctype html' },
      { button: 'Markdown', ext: 'md', magic: '# Workshop om frivillig faglighed' },
    ];
    for (const { button, ext, magic } of formats) {
      const file = path.join(app.exportDir, `workshop.${ext}`);
      app.nextSavePath(file);
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByText(`Gemt som ${file}`).waitFor({ timeout: 20_000 });
      const head = fs.readFileSync(file).subarray(0, 64).toString('utf8').toLowerCase();
      expect(head.startsWith(magic.toLowerCase()), `${ext}: ${head}`).toBe(true);
    }
    const markdown = fs.readFileSync(path.join(app.exportDir, 'workshop.md'), 'utf8');
    expect(markdown).toContain('Workshop om frivillig faglighed');
    expect(markdown).toMatch(/Læg mærke til [_*]kontrakten[_*]\./);
    const firstQuote = app.services.content.get(refs()[1] ?? '');
    expect(firstQuote.kind).toBe('quote');
    expect(markdown).toContain(firstQuote.text.slice(0, 40));
    const citation = app.services.content.byKind('source')[0]?.citation ?? '';
    expect(markdown).toContain(citation);
  });

  it('renames, duplicates and deletes saved handouts', async () => {
    const { page } = app;
    const saved = page.locator('.saved-handouts');
    await saved.getByRole('button', { name: 'Omdøb “Workshop om frivillig faglighed”' }).click();
    await saved.getByLabel('Nyt navn til “Workshop om frivillig faglighed”').fill('Workshop 1');
    await saved.getByRole('button', { name: 'Gem navn' }).click();
    await expect.poll(() => stored().title).toBe('Workshop 1');
    // The title field of the open handout follows the rename.
    await expect
      .poll(() => page.getByLabel('Titel', { exact: true }).inputValue())
      .toBe('Workshop 1');

    await saved.getByRole('button', { name: 'Kopiér “Workshop 1”' }).click();
    await expect.poll(() => app.services.handouts.list().length).toBe(2);
    await expect.poll(() => saved.locator('.saved-item').count()).toBe(2);

    const notCurrent = saved.locator('.saved-item:not(.is-current)');
    const copyTitle = (await notCurrent.locator('.saved-item-title').textContent()) ?? '';
    await notCurrent.getByRole('button', { name: /^Slet/ }).click();
    await notCurrent.getByRole('button', { name: 'Slet', exact: true }).click();
    await expect.poll(() => app.services.handouts.list().map((h) => h.id)).toEqual([handoutId]);
    expect(copyTitle).toContain('Workshop 1');
    await expectNoA11yViolations(page, 'Handout, gemte');
    expect(consoleErrors).toEqual([]);
  });
});
