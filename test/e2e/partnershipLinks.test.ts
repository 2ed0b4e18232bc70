// The two leftovers of Mine partnerskaber through the real UI: choosing a note's partnerships in
// the note editor with the keyboard alone (chips linked to the partnership's page, the draft kept),
// and deleting a partnership (a confirmation with the counts, a backup, undo). axe on each state,
// screenshots at 320 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { tabTo } from './tabTo';

let app: AppHarness;
let noteId = '';
let fritid = '';
let kultur = '';

beforeAll(async () => {
  app = await startApp({
    seedNotes: [{ title: 'Styregruppemøde', body: 'Om tillid.', partnership: 'Gammel tekst' }],
  });
  const { partnerships, notes } = app.services;
  fritid = partnerships.create({
    name: 'Fritid i Vejle',
    partners: [{ name: 'Vejle Kommune', sector: 'kommune' }],
  }).id;
  kultur = partnerships.create({ name: 'Kulturvenner' }).id;
  noteId = notes.list()[0]?.id ?? '';
});

afterAll(async () => {
  await app?.close();
});

const active = (page: Page) =>
  page.evaluate<string>(`(() => {
    const a = document.activeElement;
    return (a?.getAttribute('role') ?? a?.tagName ?? '') + ':' +
      (a?.getAttribute('aria-label') || a?.textContent?.trim() || a?.id || '');
  })()`);

const isFocused = (locator: Locator) =>
  locator.evaluate((el) => el === el.ownerDocument.activeElement);

describe('Choosing partnerships in the note editor', { timeout: 90_000 }, () => {
  it('chooses and removes partnerships with the keyboard alone, focus kept in the field', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter/${noteId}`);
    await page.getByRole('heading', { level: 1, name: 'Redigér note' }).waitFor();
    const field = page.getByRole('combobox', { name: 'Mine partnerskaber' });
    await field.waitFor();
    await page.getByLabel('Titel', { exact: true }).focus();
    await tabTo(page, '.partnership-chooser input[role="combobox"]', 30);
    const inField = () => isFocused(field);
    await expect(inField()).resolves.toBe(true);

    await page.keyboard.type('vejle');
    const list = page.getByRole('listbox', { name: 'Mine partnerskaber' });
    await expect(list.getByRole('option').allTextContents()).resolves.toEqual([
      expect.stringContaining('Fritid i VejleVejle Kommune'),
    ]);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('kultur');
    await page.keyboard.press('Enter');
    await expect.poll(inField).toBe(true);
    const chips = page.locator('.partnership-chooser .combo-chip');
    await expect(chips.allTextContents()).resolves.toEqual(['Fritid i Vejle×', 'Kulturvenner×']);
    await expectNoA11yViolations(page, 'Note med partnerskaber valgt (liste åben)');

    // Backspace in the emptied field takes the last choice off again.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => chips.allTextContents()).toEqual(['Fritid i Vejle×']);
    await page.keyboard.press('Escape');
    await expect.poll(inField).toBe(true);
    // The free text stays the note's own, beside the choice.
    await expect(page.getByLabel('Partnerskab som fri tekst').inputValue()).resolves.toBe(
      'Gammel tekst',
    );
  });

  it('keeps the choice as a draft across leaving, and Ctrl+S saves it with the note', async () => {
    const { page } = app;
    await expect
      .poll(() => {
        const draft = app.services.drafts.get(`note:${noteId}`);
        return draft
          ? (JSON.parse(draft.value) as { partnershipIds: string[] }).partnershipIds
          : [];
      })
      .toEqual([fritid]);
    await page.goto(`${app.url}#/citater`);
    await page.getByRole('heading', { level: 1, name: 'Citater' }).waitFor();
    await page.goto(`${app.url}#/noter/${noteId}`);
    await page.getByRole('button', { name: 'Fortsæt kladden' }).waitFor();
    await expect.poll(() => active(page)).toBe('BUTTON:Fortsæt kladden');
    await page.keyboard.press('Enter');
    const chips = page.locator('.partnership-chooser .combo-chip');
    await expect.poll(() => chips.allTextContents()).toEqual(['Fritid i Vejle×']);

    await page.keyboard.press('Control+s');
    await page.getByText(/^Gemt kl\./).waitFor();
    expect(app.services.notes.get(noteId)).toMatchObject({
      partnershipIds: [fritid],
      partnership: 'Gammel tekst',
    });
    expect(app.services.partnerships.get(fritid).noteIds).toEqual([noteId]);
    expect(app.services.partnerships.get(kultur).noteIds).toEqual([]);
  });

  it('links each chosen partnership to its page, and reflows at 320 px', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 320, height: 800 });
    const link = page.locator('.partnership-chooser').getByRole('link', { name: 'Fritid i Vejle' });
    await link.scrollIntoViewIfNeeded();
    const sideways = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(sideways).toBeLessThanOrEqual(0);
    await page.locator('.partnership-chooser').screenshot({
      path: 'test-output/screenshots/note-partnership-chooser-320.png',
    });
    await app.screenshot('note-editor-partnerships-320');
    await expectNoA11yViolations(page, 'Noteeditor med partnerskaber, 320 px');
    // The chip's link keeps its contrast in the dark theme (from the start of the page).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.waitForFunction(`document.documentElement.dataset.theme === 'dark'`);
    await link.waitFor();
    await page.locator('.partnership-chooser').screenshot({
      path: 'test-output/screenshots/note-partnership-chooser-320-dark.png',
    });
    await expectNoA11yViolations(page, 'Noteeditor med partnerskaber, mørkt tema');
    await page.emulateMedia({ colorScheme: 'light' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Fritid i Vejle' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('A partnership form open while a note is linked elsewhere', { timeout: 60_000 }, () => {
  it('keeps the note linked from the editor when the form is saved', async () => {
    const { page } = app;
    const { notes, partnerships } = app.services;
    await page.goto(`${app.url}#/mine-partnerskaber/${kultur}/rediger`);
    const purpose = page.getByLabel('Formål');
    await purpose.waitFor();
    // Meanwhile, in the note editor (another window), the note is linked to this partnership.
    notes.update({ id: noteId, partnershipIds: [fritid, kultur] });
    await purpose.fill('Kunst for alle');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kulturvenner' }).waitFor();
    expect(partnerships.get(kultur)).toMatchObject({
      purpose: 'Kunst for alle',
      noteIds: [noteId],
    });
    notes.update({ id: noteId, partnershipIds: [fritid] });
  });
});

describe('Deleting a partnership', { timeout: 90_000 }, () => {
  it('asks with the counts, Escape keeps it, and focus returns to the button', async () => {
    const { page } = app;
    const { partnerships } = app.services;
    partnerships.assess({
      partnershipId: fritid,
      factorId: 'struktur-legitimitet',
      status: 'styrke',
    });
    partnerships.assess({
      partnershipId: fritid,
      factorId: 'vaesentlig-gensidig-tillid',
      status: 'opmaerksomhed',
      comment: 'Nye folk',
    });
    await page.goto(`${app.url}#/mine-partnerskaber/${fritid}/rediger`);
    const open = page.getByRole('button', { name: 'Slet partnerskab …' });
    await open.waitFor();
    await tabTo(page, '.partnership-delete button');
    await page.keyboard.press('Enter');
    const box = page.getByRole('group', { name: 'Slet “Fritid i Vejle”?' });
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain(
      'Slet partnerskabet “Fritid i Vejle”? Dets 2 vurderinger i Partnerskabstjekkets historik ' +
        'slettes med det. 1 note hører til det: noten bliver med sin tekst, kun forbindelsen til ' +
        'partnerskabet fjernes. Der tages en sikkerhedskopi først, og du kan fortryde sletningen.',
    );
    await expect.poll(() => active(page)).toBe('BUTTON:Annullér');
    await expectNoA11yViolations(page, 'Slet partnerskab: bekræftelse');
    await page.setViewportSize({ width: 320, height: 800 });
    await box.scrollIntoViewIfNeeded();
    await app.screenshot('partnership-delete-confirm-320');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Escape');
    await expect.poll(() => active(page)).toBe('BUTTON:Slet partnerskab …');
    expect(partnerships.list().map((p) => p.id)).toContain(fritid);
  });

  it('deletes after a backup, keeps the note, and Ctrl+Z brings it all back', async () => {
    const { page } = app;
    const { partnerships, notes } = app.services;
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Slet “Fritid i Vejle”?' }).waitFor();
    // The confirmation puts the focus on Annullér once painted: a key pressed before that
    // would move from the button that opened it.
    await expect.poll(() => active(page)).toBe('BUTTON:Annullér');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => active(page)).toBe('BUTTON:Slet partnerskabet');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mine partnerskaber' }).waitFor();
    const toast = page.locator('.action-toast');
    await toast.getByText('Partnerskabet “Fritid i Vejle” er slettet.').waitFor();
    // Focus is not lost with the page: it goes to the new page's main region, as on any move.
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('main');
    await expectNoA11yViolations(page, 'Mine partnerskaber efter sletning');
    expect(partnerships.list().map((p) => p.name)).toEqual(['Kulturvenner']);
    expect(notes.listBackups().map((b) => b.reason)).toContain('partnership-delete');
    expect(notes.get(noteId)).toMatchObject({ partnershipIds: [], partnership: 'Gammel tekst' });
    await expect(page.locator(`[data-partnership-link="${fritid}"]`).count()).resolves.toBe(0);

    await page.keyboard.press('Control+z');
    const link = page.locator(`[data-partnership-link="${fritid}"]`);
    await link.waitFor();
    await expect.poll(() => isFocused(link)).toBe(true);
    expect(notes.get(noteId).partnershipIds).toEqual([fritid]);
    const trust = partnerships
      .profile(fritid)
      .groups.flatMap((g) => g.rows)
      .find((r) => r.set.id === 'vaesentlig-gensidig-tillid');
    expect(trust?.current?.comment).toBe('Nye folk');
  });

  it('says the same in English', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${app.url}#/mine-partnerskaber/${kultur}/rediger`);
    await page.getByRole('button', { name: 'Delete partnership …' }).click();
    const box = page.getByRole('group', { name: 'Delete “Kulturvenner”?' });
    await expect(box.textContent()).resolves.toContain(
      'It has no assessments yet. No notes belong to it. A backup is taken first',
    );
    await expectNoA11yViolations(page, 'Delete partnership (English)');
    await box.getByRole('button', { name: 'Delete the partnership' }).click();
    await page
      .locator('.action-toast')
      .getByText('The partnership “Kulturvenner” is deleted.')
      .waitFor();
    // Back to its page after the delete: a not-found page that says how to get it back.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'The partnership does not exist' }).waitFor();
    await page.getByText(/Undo \(or Ctrl\+Z\) brings it back/).waitFor();
    await expectNoA11yViolations(page, 'Deleted partnership (English)');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnerskabet findes ikke' }).waitFor();
  });
});
