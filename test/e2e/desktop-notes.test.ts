// Mine noter: sorting, and bulk work on selected notes (by keyboard and by mouse), each change
// undoable: add and remove a factor, add to the handout, export, delete.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const FACTOR = 'relation-gensidig-tillid-respekt-forstaaelse';
const FACTOR_TITLE = 'Gensidig tillid, respekt og forståelse';
let app: AppHarness;

beforeAll(async () => {
  app = await startApp({
    path: '/#/noter',
    seedNotes: [
      { title: 'Bøger på biblioteket', body: 'B.', aboutDate: '2025-03-01' },
      { title: 'Aftenskolen', body: 'A.', aboutDate: '2025-09-01' },
      { title: 'Årsmøde', body: 'Å.' },
      { title: 'Cafémøde', body: 'C.', aboutDate: '2024-01-01' },
    ],
  });
  app.page.setDefaultTimeout(5000);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await app?.close();
});

const titles = () => app.page.locator('.note-card-title').allTextContents();
const byTitle = (title: string) => {
  const note = app.services.notes.list().find((n) => n.title === title);
  if (!note) throw new Error(`no note ${title}`);
  return note;
};
const toast = () =>
  app.page.getByRole('region', { name: 'Handlinger for de valgte noter' }).locator('.toast');

describe('sorting notes', () => {
  it('sorts by title, by the date a note is about, by creation and by last change', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();
    const sort = page.getByLabel('Sortér');
    await sort.selectOption('title');
    expect(await titles()).toEqual(['Aftenskolen', 'Bøger på biblioteket', 'Cafémøde', 'Årsmøde']);
    await sort.focus();
    await page.keyboard.press('ArrowDown'); // "Dato noten handler om"
    await expect(sort.inputValue()).resolves.toBe('date');
    expect(await titles()).toEqual(['Aftenskolen', 'Bøger på biblioteket', 'Cafémøde', 'Årsmøde']);
    await sort.selectOption('created');
    expect(await titles()).toEqual(['Cafémøde', 'Årsmøde', 'Aftenskolen', 'Bøger på biblioteket']);
    await sort.selectOption('title');
  });
});

describe('bulk work on notes', () => {
  it('selects by keyboard, adds a factor to the selected notes and undoes it', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: 'Vælg “Aftenskolen”' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // on to the note's own links and buttons …
    await page.getByRole('checkbox', { name: 'Vælg “Cafémøde”' }).focus();
    await page.keyboard.press('Space');
    await page.getByText('2 valgt').waitFor();
    await page.getByLabel('Succesfaktor for de valgte').selectOption(FACTOR);
    await page.getByRole('button', { name: 'Tilføj succesfaktor' }).focus();
    await page.keyboard.press('Enter');
    await toast().getByText(`“${FACTOR_TITLE}” er tilføjet 2 af de valgte noter.`).waitFor();
    expect(byTitle('Aftenskolen').factors).toEqual([FACTOR]);
    expect(byTitle('Cafémøde').factors).toEqual([FACTOR]);
    expect(byTitle('Årsmøde').factors).toEqual([]);
    await expectNoA11yViolations(page, 'Mine noter med valgte noter');
    // The undo button has the focus: Enter undoes.
    await page.keyboard.press('Enter');
    await toast().getByText('Ændringen er fortrudt.').waitFor();
    expect(byTitle('Aftenskolen').factors).toEqual([]);
    expect(byTitle('Cafémøde').factors).toEqual([]);
  });

  it('removes a factor by mouse and undoes it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tilføj succesfaktor' }).click();
    await toast()
      .getByText(/er tilføjet 2 af de valgte noter/)
      .waitFor();
    await page.getByRole('button', { name: 'Fjern succesfaktor' }).click();
    await toast().getByText(`“${FACTOR_TITLE}” er fjernet fra 2 af de valgte noter.`).waitFor();
    expect(byTitle('Aftenskolen').factors).toEqual([]);
    await toast().getByRole('button', { name: 'Fortryd' }).click();
    await toast().getByText('Ændringen er fortrudt.').waitFor();
    expect(byTitle('Aftenskolen').factors).toEqual([FACTOR]);
    expect(byTitle('Cafémøde').factors).toEqual([FACTOR]);
  });

  it('adds the selected notes to the handout and undoes it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Føj valgte til handout' }).click();
    await toast().getByText('2 af de valgte noter er føjet til handouten.').waitFor();
    const items = () => app.services.handouts.list()[0]?.items.map((i) => i.ref) ?? [];
    expect(items().sort()).toEqual([byTitle('Aftenskolen').id, byTitle('Cafémøde').id].sort());
    await toast().getByRole('button', { name: 'Fortryd' }).click();
    await toast().getByText('Ændringen er fortrudt.').waitFor();
    expect(items()).toEqual([]);
  });

  it('exports the selected notes to the chosen file', async () => {
    const { page } = app;
    const file = path.join(app.exportDir, 'valgte.json');
    app.nextSavePath(file);
    await page.getByRole('button', { name: 'Eksportér valgte' }).click();
    await toast().getByText(`De valgte noter er gemt som ${file}`).waitFor();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { notes: { title: string }[] };
    expect(exported.notes.map((n) => n.title).sort()).toEqual(['Aftenskolen', 'Cafémøde']);
  });

  it('deletes the selected notes, undoably', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Slet valgte' }).click();
    await page.getByText('2 noter er slettet.').waitFor();
    await expect.poll(titles).toEqual(['Bøger på biblioteket', 'Årsmøde']);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByText('Noten er gendannet.').waitFor();
    await expect
      .poll(titles)
      .toEqual(['Aftenskolen', 'Bøger på biblioteket', 'Cafémøde', 'Årsmøde']);
  });

  it('asks before deleting more than half of the notes', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: 'Vælg alle viste noter' }).check();
    await page.getByText('4 valgt').waitFor();
    await page.getByRole('button', { name: 'Slet valgte' }).click();
    await toast().waitFor();
    expect(app.services.notes.list()).toHaveLength(4);
    await page.getByRole('button', { name: 'Slet valgte' }).click();
    await page.getByText('4 noter er slettet.').waitFor();
    expect(app.services.notes.list()).toHaveLength(0);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => app.services.notes.list().length).toBe(4);
  });
});
