// Mine noter through the real UI: create a note tagged with two factors (picked by keyboard), find
// it by search and on a factor's page, delete and undo, export and a refused import; axe and a
// screenshot of the list and the editor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { openNotesStore } from '../../electron/services/storeServices';

const TITLE = 'Styregruppemøde om kontrakten med aftenskolen';
const BODY =
  'Vi aftalte **månedlige møder**.\n\n- Kontrakt på plads\n- Se [referatet](https://example.org/referat)';

let app: AppHarness;
const consoleErrors: string[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-notes-'));
const DROPPED = 'udgaaet-faktor';

beforeAll(async () => {
  // A note tagged with a factor that a later content version dropped: written by a store that
  // still knew the id, then shown by the app, whose content does not.
  const older = openNotesStore({ dataDir });
  older.create({ title: 'Note fra en tidligere version', body: 'Tekst.', factors: [DROPPED] });
  older.close();
  app = await startApp({
    dataDir,
    seedNotes: [{ title: 'En ældre note om frivillige', body: 'Første note.', factors: [] }],
  });
  app.page.on('console', (m) => {
    // Headless Chromium asks for /favicon.ico by itself; the app window never does.
    const where = m.location().url;
    if (m.type() === 'error' && !where.endsWith('/favicon.ico'))
      consoleErrors.push(`${m.text()} ${where}`);
  });
});

afterAll(async () => {
  await app?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const factorIdsByTitle = () =>
  new Map(app.services.content.byKind('factor').map((f) => [f.title, f.id]));

describe('Mine noter', () => {
  it('lists notes newest first with axe-clean markup', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter`);
    await page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();
    await expect(page.locator('.note-card-title').first().textContent()).resolves.toBe(
      'En ældre note om frivillige',
    );
    await expectNoA11yViolations(page, 'Mine noter');
    await app.screenshot('notes');
  });

  it('shows a factor id the content no longer has as “ukendt faktor”', async () => {
    const { page } = app;
    const card = page.locator('.note-card', { hasText: 'Note fra en tidligere version' });
    const tag = card.locator('.tag-unknown');
    await expect(tag.textContent()).resolves.toContain('ukendt faktor');
    await expect(tag.getAttribute('title')).resolves.toContain(DROPPED);
  });

  it('creates a note tagged with two factors chosen with the keyboard', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Ny note' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny note' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Tekst (Markdown)').fill(BODY);
    // The live preview shows the sanitised Markdown.
    await page.locator('.note-preview strong', { hasText: 'månedlige møder' }).waitFor();
    await page.getByLabel('Partnerskab som fri tekst').fill('Frivillignetværket i Vejle');
    await page.getByLabel('Organisationer').fill('Frivilligcenter Vejle\nAftenskolen Vejle');

    const picker = page.getByRole('combobox', { name: 'Succesfaktorer' });
    await picker.focus();
    await page.keyboard.type('gensidig tillid');
    await expect(picker.getAttribute('aria-expanded')).resolves.toBe('true');
    const firstOption = page
      .getByRole('listbox', { name: 'Succesfaktorer' })
      .getByRole('option')
      .first();
    const firstTitle = (await firstOption.locator('.combo-option-label').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('legitimitet');
    const secondTitle =
      (await page
        .getByRole('listbox', { name: 'Succesfaktorer' })
        .getByRole('option')
        .first()
        .locator('.combo-option-label')
        .textContent()) ?? '';
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(page.locator('.combo-chip').count()).resolves.toBe(2);

    // Link a quote found by its speaker's organisation.
    const links = page.getByRole('combobox', { name: 'Koblede citater' });
    await links.fill('aftenskole');
    const quoteOption = page
      .getByRole('listbox', { name: 'Koblede citater' })
      .getByRole('option')
      .first();
    await quoteOption.click();
    await expect(quoteOption.getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Escape');

    await expectNoA11yViolations(page, 'Ny note (udfyldt)');
    await page.getByRole('button', { name: 'Gem note' }).click();
    await page.locator('.save-ok', { hasText: 'Gemt kl.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Redigér note' }).waitFor();
    await app.screenshot('note-editor');

    const stored = app.services.notes.list().find((n) => n.title === TITLE);
    const ids = factorIdsByTitle();
    expect(stored?.factors.sort()).toEqual([ids.get(firstTitle), ids.get(secondTitle)].sort());
    expect(stored?.organisations).toEqual(['Frivilligcenter Vejle', 'Aftenskolen Vejle']);
    expect(stored?.links).toHaveLength(1);
    expect(app.services.content.get(stored?.links[0] ?? '').kind).toBe('quote');
    expect(page.url()).toContain(`#/noter/${stored?.id}`);
  });

  it('opens links in the preview through app.openExternal, never in the window', async () => {
    const { page } = app;
    const before = page.url();
    await page.locator('.note-preview a', { hasText: 'referatet' }).click();
    await expect.poll(() => app.calls.externals).toContain('https://example.org/referat');
    expect(page.url()).toBe(before);
  });

  it('shows a validation message next to the title when it is emptied', async () => {
    const { page } = app;
    await page.getByLabel('Titel', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Gem note' }).click();
    const error = page.locator('.field-error').first();
    await expect(error.textContent()).resolves.toContain('titlen mangler');
    await expect(
      page.getByLabel('Titel', { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expectNoA11yViolations(page, 'Note med valideringsfejl');
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByRole('button', { name: 'Gem note' }).click();
    await page.locator('.save-ok').waitFor();
  });

  it('finds the note by search and on both factors’ pages', async () => {
    const { page } = app;
    const note = app.services.notes.list().find((n) => n.title === TITLE);
    const search = page.getByLabel('Søg i Samspil');
    await search.fill('styregruppemøde');
    await page.getByRole('link', { name: TITLE }).first().waitFor();

    for (const factor of note?.factors ?? []) {
      await page.goto(`${app.url}#/faktorer/${factor}`);
      await page.locator('.factor-notes').getByRole('link', { name: TITLE }).waitFor();
    }
  });

  it('deletes a note and brings it back with Fortryd', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter`);
    await page.getByRole('button', { name: `Slet noten “${TITLE}”` }).click();
    const undo = page.getByRole('button', { name: 'Fortryd' });
    await undo.waitFor();
    await expect(page.locator('.note-card-title', { hasText: TITLE }).count()).resolves.toBe(0);
    expect(app.services.notes.list().some((n) => n.title === TITLE)).toBe(false);
    // The undo button takes focus, so the keyboard user can undo at once.
    await expect(undo.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.note-card-title', { hasText: TITLE }).waitFor();
    expect(app.services.notes.list().some((n) => n.title === TITLE)).toBe(true);
    // Focus is not left on the page body: the result's close button has it, and closing the
    // toast puts it on the page heading.
    const focused = () =>
      page.evaluate<string>(
        `(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName || '')()`,
      );
    await expect.poll(focused).toBe('Luk besked');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('H1');
  });

  it('exports all notes as JSON to the chosen file', async () => {
    const { page } = app;
    const file = path.join(app.exportDir, 'eksport', 'noter.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    app.nextSavePath(file);
    await page.getByRole('button', { name: 'Eksportér som JSON' }).click();
    await page.getByText(`Gemt i ${file}`).waitFor();
    expect(fs.readFileSync(file, 'utf8')).toContain(TITLE);
  });

  it('refuses a bad import file with the store’s message and changes nothing', async () => {
    const { page } = app;
    const bad = path.join(app.exportDir, 'eksport', 'forkert.json');
    fs.writeFileSync(bad, '{"format": "noget andet", "notes": 7}');
    const before = app.services.notes.list().length;
    app.nextOpenPath(bad);
    await page.getByRole('button', { name: 'Importér noter …' }).click();
    const refusal = page.locator('.import-refusal');
    await refusal.waitFor();
    const message = (await refusal.textContent()) ?? '';
    expect(message.length).toBeGreaterThan(10);
    await page.getByText('Filen blev afvist, og intet er ændret:').waitFor();
    expect(app.services.notes.list().length).toBe(before);
  });

  it('imports a good file and shows the report', async () => {
    const { page } = app;
    const file = path.join(app.exportDir, 'eksport', 'noter.json');
    app.nextOpenPath(file);
    await page.getByRole('button', { name: 'Importér noter …' }).click();
    await page.getByRole('heading', { name: 'Import gennemført' }).waitFor();
    const count = app.services.notes.list().length;
    await page.getByText(`Uændrede (din version var nyere eller ens): ${count}`).waitFor();
    await expectNoA11yViolations(page, 'Mine noter efter import');
    expect(consoleErrors).toEqual([]);
  });

  it('creates a note with the keyboard alone', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter`);
    await page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();
    await page.evaluate('document.activeElement?.blur()');
    /** Presses Tab until the focused element matches, as a keyboard user would. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (
          await page.evaluate<boolean>(
            `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`,
          )
        )
          return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('a[href="#/noter/ny"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ny note' }).waitFor();
    await tabTo('input[type="text"][required]');
    await page.keyboard.type('Skrevet med tastaturet');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kun *tastatur*.');
    // Past the partnerships chooser, to the factors.
    await tabTo('.partnership-chooser input[role="combobox"]');
    await tabTo('input[role="combobox"]');
    await page.keyboard.type('fælles mål');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await tabTo('button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.save-ok').waitFor();
    const saved = app.services.notes.list().find((n) => n.title === 'Skrevet med tastaturet');
    expect(saved?.body).toBe('Kun *tastatur*.');
    expect(saved?.factors.length).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
