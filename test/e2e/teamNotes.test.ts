// The team library where notes are written and listed, through the real UI of two app instances
// (each its own data folder) on one shared folder: "Del med teamet" on the note page, the author
// line, "Delt" and the author in the notes list, the author filter, bulk sharing and making
// notes private again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-teamnotes-'));
let anne: AppHarness;
let bo: AppHarness;

beforeAll(async () => {
  anne = await startApp({
    seedNotes: [
      { title: 'Møde med aftenskolen', body: 'Anne skrev først.' },
      { title: 'Referat 1', body: 'Første referat.' },
      { title: 'Referat 2', body: 'Andet referat.' },
    ],
  });
  bo = await startApp({ seedNotes: [{ title: 'Bos egen note', body: 'Privat.' }] });
  // A step that waits in vain names its locator well inside the test's own time limit.
  for (const app of [anne, bo]) app.page.setDefaultTimeout(8_000);
});

afterAll(async () => {
  await anne?.close();
  await bo?.close();
  if (path.isAbsolute(shared) && shared.startsWith(os.tmpdir()) && shared.length > 12)
    fs.rmSync(shared, { recursive: true, force: true });
});

const idOf = (app: AppHarness, title: string): string =>
  app.services.notes.list().find((n) => n.title === title)?.id ?? '';

const sharedTitles = (app: AppHarness): string[] => {
  const shared = new Set(
    app.services.team
      .authorship('note')
      .filter((r) => r.shared)
      .map((r) => r.localId),
  );
  return app.services.notes
    .list()
    .filter((n) => shared.has(n.id))
    .map((n) => n.title)
    .sort();
};

/** Opens a page afresh (the services' own syncs in these tests tell no open page about them). */
async function open(app: AppHarness, hash: string): Promise<Page> {
  const target = new URL(hash, app.url).href;
  if (app.page.url() === target) await app.page.reload();
  else await app.page.goto(target);
  return app.page;
}

async function openNote(app: AppHarness, title: string, heading = 'Redigér note'): Promise<Page> {
  const page = await open(app, `/#/noter/${idOf(app, title)}`);
  await page.getByRole('heading', { name: heading }).waitFor();
  return page;
}

/** Synkronisér nu in Indstillinger → Teambibliotek, as the user does it. */
async function syncInSettings(app: AppHarness): Promise<void> {
  const page = await open(app, '/#/indstillinger');
  await page.getByRole('button', { name: 'Synkronisér nu' }).click();
  await page.getByText(/^Synkroniseret:/).waitFor();
}

const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => el === el.ownerDocument.activeElement);

const noSidewaysScroll = (page: Page): Promise<boolean> =>
  page.evaluate(
    'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
  ) as Promise<boolean>;

const row = (page: Page, title: string): Locator =>
  page.locator('li.note-card').filter({ has: page.getByRole('heading', { name: title }) });

describe('sharing notes where they are written and listed', () => {
  it('shows no share box before joining, only the way to Teambibliotek', async () => {
    const page = await openNote(bo, 'Bos egen note');
    await page.getByRole('link', { name: 'Indstillinger → Teambibliotek' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Del med teamet' }).count()).toBe(0);
    await bo.screenshot('team-note-page-not-joined');
  });

  it('Anne shares a note from its page; Bo sees it with its author, on its page and in his list', async () => {
    anne.services.team.join(shared, 'Anne Holm');
    bo.services.team.join(shared, 'Bo Lind');
    // As after a join in Indstillinger: the header knows, and has synced once.
    await anne.page.reload();
    await bo.page.reload();
    const page = await openNote(anne, 'Møde med aftenskolen');
    const box = page.getByRole('checkbox', { name: 'Del med teamet' });
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByText('Noten er delt med teamet.', { exact: false }).waitFor();
    await page.getByRole('checkbox', { name: 'Del med teamet', checked: true }).waitFor();
    expect(await isFocused(box)).toBe(true);
    expect(sharedTitles(anne)).toEqual(['Møde med aftenskolen']);
    await page
      .getByTestId('team-badge')
      .getByText(/1 venter/)
      .waitFor();
    await page
      .getByTestId('note-author-line')
      .getByText(/endnu ikke sendt/)
      .waitFor();
    await expectNoA11yViolations(page, 'note med Del med teamet');

    await syncInSettings(anne);
    await syncInSettings(bo);
    const list = await open(bo, '/#/noter');
    const annes = row(list, 'Møde med aftenskolen');
    await annes.getByTestId('note-row-team').getByText('Delt · Skrevet af Anne Holm').waitFor();
    expect(await row(list, 'Bos egen note').getByTestId('note-row-team').count()).toBe(0);

    const author = list.getByLabel('Forfatter');
    await author.selectOption({ label: 'Anne Holm' });
    await list.getByRole('heading', { name: 'Noter (1)' }).waitFor();
    await annes.waitFor();
    await author.selectOption({ label: 'Mine' });
    await list.getByRole('heading', { name: 'Noter (1)' }).waitFor();
    await row(list, 'Bos egen note').waitFor();
    expect(await annes.count()).toBe(0);
    await expectNoA11yViolations(list, 'noteliste med forfatterfilter');
    await bo.screenshot('team-notes-list-1920-wide');
    await list.setViewportSize({ width: 320, height: 800 });
    await author.selectOption({ label: 'Alle forfattere' });
    await list.getByRole('heading', { name: 'Noter (2)' }).waitFor();
    expect(await noSidewaysScroll(list)).toBe(true);
    await expectNoA11yViolations(list, 'noteliste ved 320 px');
    await bo.screenshot('team-notes-list-320');

    const note = await openNote(bo, 'Møde med aftenskolen');
    await note
      .getByTestId('note-author-line')
      .getByText(/^Skrevet af Anne Holm · senest ændret \d+\. \w+\.? \d{4} kl\. \d\d\.\d\d$/)
      .waitFor();
    await note.getByRole('checkbox', { name: 'Del med teamet', checked: true }).waitFor();
    expect(await noSidewaysScroll(note)).toBe(true);
    await expectNoA11yViolations(note, 'delt note ved 320 px');
    await bo.screenshot('team-note-page-320');
    await note.setViewportSize({ width: 1920, height: 1000 });
    await bo.screenshot('team-note-page-1920');
    await note.setViewportSize({ width: 1280, height: 800 });
  });

  it('names who changed it last, and a conflict with the way to resolve it', async () => {
    const id = idOf(bo, 'Møde med aftenskolen');
    bo.services.notes.update({ id, body: 'Bo rettede.' });
    bo.services.team.sync();
    anne.services.team.sync();
    const page = await openNote(anne, 'Møde med aftenskolen');
    await page
      .getByTestId('note-author-line')
      .getByText(/^Skrevet af Anne Holm · senest ændret af Bo Lind .+ kl\. \d\d\.\d\d$/)
      .waitFor();

    anne.services.notes.update({ id: idOf(anne, 'Møde med aftenskolen'), body: 'Anne igen.' });
    bo.services.notes.update({ id, body: 'Bo igen.' });
    anne.services.team.sync();
    bo.services.team.sync();
    const onBo = await openNote(bo, 'Møde med aftenskolen');
    await onBo.getByText(/^Konflikt: to versioner\./).waitFor();
    await onBo
      .getByRole('link', { name: 'Løs konflikten i Indstillinger → Teambibliotek' })
      .click();
    await onBo.getByRole('heading', { name: /Konflikt: to versioner/ }).waitFor();
    await onBo.getByRole('button', { name: 'Kombinér teksterne' }).click();
    await onBo.getByText('Konflikten er løst.', { exact: false }).waitFor();
  });

  it('shares two notes from the bulk bar, and makes them private again, with undo', async () => {
    const page = await open(anne, '/#/noter');
    await page.getByRole('checkbox', { name: 'Vælg “Referat 1”' }).check();
    await page.getByRole('checkbox', { name: 'Vælg “Referat 2”' }).check();
    const bar = page.getByRole('region', { name: 'Handlinger for de valgte noter' });
    await bar.getByRole('button', { name: 'Del med teamet' }).click();
    await bar.getByText('2 noter er delt med teamet.', { exact: false }).waitFor();
    await row(page, 'Referat 1').getByText('Delt', { exact: true }).waitFor();
    await row(page, 'Referat 2').getByText('Delt', { exact: true }).waitFor();
    expect(sharedTitles(anne)).toEqual(['Møde med aftenskolen', 'Referat 1', 'Referat 2']);
    await expectNoA11yViolations(page, 'noteliste efter deling');
    await anne.screenshot('team-notes-bulk-shared');

    // Undo has the focus (the bar's pattern), and takes the two back to private.
    const undo = bar.getByRole('button', { name: 'Fortryd' });
    expect(await isFocused(undo)).toBe(true);
    await undo.click();
    await bar.getByText('Ændringen er fortrudt', { exact: false }).waitFor();
    await expect.poll(() => sharedTitles(anne)).toEqual(['Møde med aftenskolen']);
    expect(await row(page, 'Referat 1').getByTestId('note-row-team').count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Vælg “Møde med aftenskolen”' }).check();
    await bar.getByRole('button', { name: 'Gør private' }).click();
    await bar.getByText('1 note er gjort privat.', { exact: false }).waitFor();
    await expect.poll(() => sharedTitles(anne)).toEqual([]);
  });

  it('toggles a note back to private from its page, keeping the focus on the box', async () => {
    anne.services.team.setShared('note', [idOf(anne, 'Referat 1')], true);
    const page = await openNote(anne, 'Referat 1');
    const box = page.getByRole('checkbox', { name: 'Del med teamet', checked: true });
    await box.waitFor();
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByText('Noten er privat igen.', { exact: false }).waitFor();
    await page.getByRole('checkbox', { name: 'Del med teamet', checked: false }).waitFor();
    expect(await isFocused(page.getByRole('checkbox', { name: 'Del med teamet' }))).toBe(true);
    expect(sharedTitles(anne)).not.toContain('Referat 1');
    expect(await page.getByTestId('note-author-line').count()).toBe(0);
  });

  it('shares a new note on its first save, never before it exists', async () => {
    const page = await open(anne, '/#/noter/ny');
    await page.getByLabel('Titel').fill('Ny delt note');
    await page.getByRole('checkbox', { name: 'Del med teamet' }).check();
    await page.getByText('Noten deles, når du gemmer den første gang.', { exact: false }).waitFor();
    const before = sharedTitles(anne);
    expect(anne.services.notes.list().map((n) => n.title)).not.toContain('Ny delt note');
    await page.getByRole('button', { name: 'Gem note' }).click();
    await page.getByRole('heading', { name: 'Redigér note' }).waitFor();
    await page.getByRole('checkbox', { name: 'Del med teamet', checked: true }).waitFor();
    expect(sharedTitles(anne)).toEqual([...before, 'Ny delt note'].sort());
  });

  it('keeps the choice to share a new note in its draft, across a reload', async () => {
    const page = await open(anne, '/#/noter/ny');
    await page.getByLabel('Titel').fill('Kladde der skal deles');
    await page.getByRole('checkbox', { name: 'Del med teamet' }).check();
    await expect
      .poll(() => JSON.parse(anne.services.drafts.get('note:new')?.value ?? '{}'))
      .toMatchObject({ title: 'Kladde der skal deles', shareOnSave: true });
    // As after a crash: the page starts again, and the draft is offered.
    await page.reload();
    await page.getByRole('button', { name: 'Fortsæt kladden' }).click();
    await page.getByRole('checkbox', { name: 'Del med teamet', checked: true }).waitFor();
    await page.getByRole('button', { name: 'Gem note' }).click();
    await page.getByRole('heading', { name: 'Redigér note' }).waitFor();
    await expect.poll(() => sharedTitles(anne)).toContain('Kladde der skal deles');
  });

  it('says all of it in English too, and in the dark theme', async () => {
    const list = await open(bo, '/#/noter');
    await list.getByRole('button', { name: 'English' }).click();
    const annes = row(list, 'Møde med aftenskolen');
    await annes.getByTestId('note-row-team').getByText('Shared · Written by Anne Holm').waitFor();
    await list.getByLabel('Author').selectOption({ label: 'My own' });
    await list.getByRole('heading', { name: 'Notes (1)' }).waitFor();
    const note = await openNote(bo, 'Møde med aftenskolen', 'Edit note');
    // Bo combined the two versions of the conflict: his change is the last.
    await note
      .getByTestId('note-author-line')
      .getByText(/^Written by Anne Holm · last changed by Bo Lind on \d+ \w+ \d{4} at \d\d:\d\d$/)
      .waitFor();
    await note.getByRole('checkbox', { name: 'Share with the team', checked: true }).waitFor();
    // The dark theme from the start of the page (axe reads colours mid-switch otherwise).
    await note.emulateMedia({ colorScheme: 'dark' });
    await note.reload();
    await expect
      .poll(() => note.evaluate<string>('document.documentElement.dataset.theme'))
      .toBe('dark');
    await note.getByTestId('note-author-line').waitFor();
    await expectNoA11yViolations(note, 'shared note (English, dark)');
    await bo.screenshot('team-note-page-en-dark');
    await note.emulateMedia({ colorScheme: null });
    await note.getByRole('button', { name: 'Dansk' }).click();
  });
});
