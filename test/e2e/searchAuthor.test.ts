// Search by author through the real UI of two app instances, each with its own data folder, on one
// shared folder (as in team.test.ts): Anne shares a note, Bo syncs and narrows his search to
// Anne's notes with the Forfatter facet; chips, Ryd filtre, English, 320 px, axe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-author-'));
// A long display name with a comma: the filter must keep it whole in the URL, and it must reflow.
const BO = 'Lind-Kristiansen-Søndergaard, Bo Christian';
let anne: AppHarness;
let bo: AppHarness;

beforeAll(async () => {
  anne = await startApp({
    path: '/#/soeg?q=tillid',
    seedNotes: [{ title: 'Tillid på tværs', body: 'Anne skrev om tillid.' }],
  });
  bo = await startApp({
    path: '/#/indstillinger',
    seedNotes: [{ title: 'Bos tillid', body: 'Bo skrev om tillid.' }],
  });
  bo.page.setDefaultTimeout(5000);
  // No colour transitions: the dark-theme contrast check reads the colours as painted at the end.
  await bo.page.emulateMedia({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await anne?.close();
  await bo?.close();
  if (path.isAbsolute(shared) && shared.startsWith(os.tmpdir()))
    fs.rmSync(shared, { recursive: true, force: true });
});

const facets = (app: AppHarness) => app.page.locator('aside.search-facets');
const authorGroup = (app: AppHarness, name = 'Forfatter') =>
  facets(app).getByRole('group', { name });
const titles = () =>
  bo.page
    .locator('.search-results .search-hit-title')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
const noteHit = (title: string) =>
  bo.page.locator('.search-hit-note').filter({ has: bo.page.getByRole('link', { name: title }) });
const chips = () => bo.page.getByRole('group', { name: 'Valgte filtre' });

async function searchFor(app: AppHarness, q: string): Promise<void> {
  await app.page.goto(new URL(`/#/soeg?q=${encodeURIComponent(q)}`, app.url).href);
  await app.page.locator('.search-results > li').first().waitFor();
}

describe('search by author', () => {
  it('narrows Bo’s search to Anne’s note with the Forfatter facet, shown as a chip', async () => {
    // Before Anne has joined a team library, her notes have no author: no Forfatter facet.
    await facets(anne).getByRole('group', { name: 'Type' }).waitFor();
    await expect(authorGroup(anne).count()).resolves.toBe(0);
    anne.services.team.join(shared, 'Anne Holm');
    const [annes] = anne.services.notes.list();
    anne.services.team.setShared('note', [annes?.id ?? ''], true);
    anne.services.team.sync();
    bo.services.team.join(shared, BO);
    bo.services.team.sync();
    await searchFor(bo, 'tillid');

    const { page } = bo;
    const anneToggle = authorGroup(bo).getByRole('button', { name: /^Anne Holm/ });
    await expect(anneToggle.textContent()).resolves.toBe('Anne Holm1');
    await expect(
      authorGroup(bo)
        .getByRole('button', { name: new RegExp(`^${BO}`) })
        .count(),
    ).resolves.toBe(1);
    await noteHit('Tillid på tværs').getByText('af Anne Holm').waitFor();
    // Bo's own note is private: no author line.
    await expect(noteHit('Bos tillid').locator('.search-hit-author').count()).resolves.toBe(0);

    await anneToggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => anneToggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(titles).toEqual(['Tillid på tværs']);
    await chips().getByRole('button', { name: 'Fjern filteret Forfatter: Anne Holm' }).waitFor();
    await expectNoA11yViolations(page, 'Søg, Forfatter valgt');
    await bo.screenshot('search-author');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => page.evaluate<string>('document.documentElement.dataset.theme'))
      .toBe('dark');
    await expectNoA11yViolations(page, 'Søg, Forfatter valgt (mørk)');
    await bo.screenshot('search-author-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('takes several authors at once (any of them), a name with a comma kept whole', async () => {
    const { page } = bo;
    await authorGroup(bo)
      .getByRole('button', { name: new RegExp(`^${BO}`) })
      .click();
    await expect
      .poll(async () => (await titles()).sort())
      .toEqual(['Bos tillid', 'Tillid på tværs']);
    await chips()
      .getByRole('button', { name: `Fjern filteret Forfatter: ${BO}` })
      .waitFor();
    await page.reload();
    await expect
      .poll(async () => (await titles()).sort())
      .toEqual(['Bos tillid', 'Tillid på tværs']);
    await chips().getByRole('button', { name: 'Fjern filteret Forfatter: Anne Holm' }).click();
    await expect.poll(titles).toEqual(['Bos tillid']);
  });

  it('reflows at 320 px, speaks English, and Ryd filtre brings the content back', async () => {
    const { page } = bo;
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: /^Filtre/ }).click();
    await authorGroup(bo).waitFor();
    await expectNoA11yViolations(page, 'Søg, Forfatter ved 320 px');
    const fits = await page.evaluate<boolean>(
      'document.documentElement.scrollWidth <= window.innerWidth',
    );
    expect(fits).toBe(true);
    await bo.screenshot('search-author-320');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'English' }).click();
    await authorGroup(bo, 'Author')
      .getByRole('button', { name: /^Anne Holm/ })
      .click();
    await noteHit('Tillid på tværs').getByText('by Anne Holm').waitFor();
    await page
      .getByRole('group', { name: 'Chosen filters' })
      .getByRole('button', { name: 'Remove the filter Author: Anne Holm' })
      .waitFor();
    await expectNoA11yViolations(page, 'Search, Author (English)');
    await page.getByRole('button', { name: 'Dansk' }).click();

    await chips().getByRole('button', { name: 'Ryd filtre' }).click();
    await expect.poll(() => chips().count()).toBe(0);
    await expect.poll(async () => (await page.locator('.search-hit').count()) > 2).toBe(true);
  });
});
