// Drafts are never lost (issue 13): the note editor keeps what is typed in the store as the user
// types; leaving, reloading or a crash keeps it, and the form offers Fortsæt kladden / Kassér on
// return. Ctrl+S saves. A deleted or malformed note address gets a real not-found page.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
const TITLE = 'Møde med aftenskolen om kontrakten';
const BODY = 'Vi aftalte en **fast** kontaktperson.';

beforeAll(async () => {
  app = await startApp({ seedNotes: [{ title: 'Gemt note', body: 'Gemt tekst.', factors: [] }] });
});

afterAll(async () => {
  await app?.close();
});

const storedDraft = (key: string) => {
  const draft = app.services.drafts.get(key);
  return draft ? (JSON.parse(draft.value) as { title: string; body: string }) : null;
};
const focused = () =>
  app.page.evaluate<string>(`(() => {
    const active = document.activeElement;
    return active?.textContent?.trim() || active?.getAttribute('aria-label') || active?.id || '';
  })()`);

describe('Drafts of a note', () => {
  it('keeps a new note as a draft in the store while typing, and leaving does not lose it', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/noter/ny`);
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Tekst (Markdown)').fill(BODY);
    // In the store before anything else happens (a crash from here on keeps it).
    await expect.poll(() => storedDraft('note:new')).toMatchObject({ title: TITLE, body: BODY });
    await page.getByRole('link', { name: 'Citater' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Citater' }).waitFor();

    await page.goto(`${app.url}#/noter/ny`);
    const offer = page.getByRole('group', { name: /Du har en kladde fra/ });
    await offer.waitFor();
    // The choice takes focus; the fields wait for it.
    await expect.poll(focused).toBe('Fortsæt kladden');
    await expectNoA11yViolations(page, 'Ny note med kladde');
    await app.screenshot('note-draft-offer');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Titel', { exact: true }).inputValue()).resolves.toBe(TITLE);
    await expect(page.getByLabel('Tekst (Markdown)').inputValue()).resolves.toBe(BODY);
    await expect
      .poll(focused)
      .toBe(await page.getByLabel('Titel', { exact: true }).getAttribute('id'));
  });

  it('saves with Ctrl+S and forgets the draft', async () => {
    const { page } = app;
    await page.keyboard.press('Control+s');
    await expect.poll(() => app.services.notes.list({}).map((n) => n.title)).toContain(TITLE);
    await expect.poll(() => storedDraft('note:new')).toBeNull();
    await page.getByText(/^Gemt kl\./).waitFor();
  });

  it('keeps an edit of a saved note across a reload, and Kassér returns to the saved text', async () => {
    const { page } = app;
    const note = app.services.notes.list({}).find((n) => n.title === 'Gemt note');
    if (!note) throw new Error('seed note missing');
    await page.goto(`${app.url}#/noter/${note.id}`);
    const title = page.getByLabel('Titel', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('Gemt note');
    await title.fill('Gemt note, rettet');
    await expect.poll(() => storedDraft(`note:${note.id}`)?.title).toBe('Gemt note, rettet');
    // As after a crash: the page goes away with the edit unsaved.
    await page.reload();
    await page.getByRole('button', { name: 'Fortsæt kladden' }).waitFor();
    await expect(title.inputValue()).resolves.toBe('Gemt note');
    await page.getByRole('button', { name: 'Kassér' }).click();
    await expect.poll(() => storedDraft(`note:${note.id}`)).toBeNull();
    await expect.poll(focused).toBe(await title.getAttribute('id'));
    expect(app.services.notes.get(note.id).title).toBe('Gemt note');
  });
});

describe('A content address that is no content', () => {
  it('shows a not-found page with its title and a way back', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/faktorer/findes-ikke`);
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    await expect(page.title()).resolves.toBe('Siden findes ikke – Samspil');
    await page.getByRole('link', { name: 'Gå til forsiden' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/?$/);
  });
});

describe('A note address that is no note', () => {
  it.each([
    ['deleted', () => crypto.randomUUID()],
    ['malformed', () => 'ikke-et-id'],
  ])('shows a not-found page for a %s id, with its title and a way back', async (_kind, id) => {
    const { page } = app;
    await page.goto(`${app.url}#/noter/${id()}`);
    await page.getByRole('heading', { level: 1, name: 'Noten findes ikke' }).waitFor();
    await expect(page.title()).resolves.toBe('Noten findes ikke – Samspil');
    await expect(page.getByText(/Noget gik galt|Ugyldigt input|Prøv igen/).count()).resolves.toBe(
      0,
    );
    await page.getByRole('link', { name: 'Til noterne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();
  });
});

describe('The handout’s introduction and comments', () => {
  it('are in the store even when the page goes away right after typing', async () => {
    const { page } = app;
    const [quote] = app.services.content.byKind('quote');
    const handout = app.services.handouts.create({
      title: 'Hurtig',
      items: [{ kind: 'quote', ref: quote?.id ?? '', comment: '' }],
    });
    await page.evaluate(
      `localStorage.setItem('samspil.currentHandout', ${JSON.stringify(handout.id)})`,
    );
    await page.goto(`${app.url}#/handout`);
    await page.reload();
    const intro = page.getByLabel('Indledning (Markdown)');
    await intro.fill('Skrevet lige før lukning');
    await page.locator('.handout-item textarea').first().fill('Kommentar lige før lukning');
    // Within the save delay: the page is hidden before the timer would have fired.
    await page.reload();
    await expect
      .poll(() => app.services.handouts.get(handout.id).intro)
      .toBe('Skrevet lige før lukning');
    await expect
      .poll(() => app.services.handouts.get(handout.id).items[0]?.comment)
      .toBe('Kommentar lige før lukning');
  });
});
