// Mine partnerskaber through the real UI: create a partnership, assess it factor by factor with
// the keyboard alone, see its notes and the bundled quotes per factor, assess again later and
// see the change, export the profile's handout in every format; axe on each view.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { tabTo } from './tabTo';

let app: AppHarness;
// Exports go to a folder of their own, never into the app's data folder.
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-out-'));
const consoleErrors: string[] = [];
const TRUST = 'vaesentlig-gensidig-tillid';

beforeAll(async () => {
  app = await startApp({
    seedNotes: [
      {
        title: 'Styregruppemøde om tillid',
        body: 'Vi talte om, hvordan vi lærer hinanden at kende.',
        factors: ['relation-gensidig-tillid-respekt-forstaaelse'],
      },
      { title: 'Museumsbesøg', body: 'Skrevet før partnerskaberne.', partnership: 'Kulturvenner' },
    ],
  });
  app.page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      consoleErrors.push(m.text());
  });
});

afterAll(async () => {
  await app?.close();
  if (outDir.includes('samspil-e2e-out-')) fs.rmSync(outDir, { recursive: true, force: true });
});

const partnership = () => {
  const first = app.services.partnerships.list().find((p) => p.name === 'Sammen om fritid');
  if (!first) throw new Error('no partnership saved');
  return first;
};

/** Assesses one factor row with the keyboard: arrows to the status, comment, Enter on save. */
async function assessByKeyboard(page: Page, factor: string, arrows: number, comment: string) {
  await tabTo(page, `[data-factor="${factor}"] input[type="radio"]:checked`);
  for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type(comment);
  await tabTo(page, `[data-factor="${factor}"] button[type="submit"]`, 6);
  await page.keyboard.press('Enter');
  await page.locator(`[data-factor="${factor}"] [role="status"]`, { hasText: 'Gemt' }).waitFor();
}

describe('Mine partnerskaber', { timeout: 90_000 }, () => {
  it('starts empty, reached from the main navigation', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Hovednavigation' })
      .getByRole('link', { name: 'Mine partnerskaber' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mine partnerskaber' }).waitFor();
    await page.getByText('Du har ingen partnerskaber endnu').waitFor();
    await expectNoA11yViolations(page, 'Mine partnerskaber (tom)');
  });

  it('creates a partnership with partners and a note, by keyboard', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Nyt partnerskab' }).focus();
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Navn', { exact: true });
    await name.waitFor();
    await expectNoA11yViolations(page, 'Nyt partnerskab');
    await name.focus();
    await page.keyboard.type('Sammen om fritid');
    await tabTo(page, '.partner-rows > button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('partner-name-0');
    await page.keyboard.type('Vejle Kommune');
    await tabTo(page, '.partner-rows > button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('partner-name-1');
    await page.keyboard.type('Frivilligcenter Vejle');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 10; i++) {
      await tabTo(page, 'input[type="checkbox"]', 30);
      const label = await page.evaluate(`document.activeElement.closest('label').textContent`);
      if (String(label).includes('Styregruppemøde')) break;
    }
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sammen om fritid' }).waitFor();
    const saved = partnership();
    expect(saved.partners).toEqual([
      { name: 'Vejle Kommune', sector: 'kommune' },
      { name: 'Frivilligcenter Vejle', sector: 'frivillig' },
    ]);
    expect(saved.noteIds).toHaveLength(1);
  });

  it('assesses factor by factor with the keyboard alone, focus never lost', async () => {
    const { page } = app;
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Væsentlige elementer i velfungerende partnerskaber',
      })
      .waitFor();
    await expectNoA11yViolations(page, 'Partnerskabstjek');
    // The date a year back (set as a value, the assessing itself is keyboard only).
    await page.locator(`[data-factor="${TRUST}"] input[type="date"]`).fill('2025-06-01');
    // Back to where a navigation leaves focus (main); from there on, only keys.
    await page.locator('main').focus();
    // Not assessed → (wraps to) Styrke → Opmærksomhedspunkt.
    await assessByKeyboard(page, 'vaesentlig-forventningsafstemning', 1, 'Klare aftaler fra start');
    await assessByKeyboard(page, TRUST, 2, 'Vi kender ikke hinanden endnu');
    await assessByKeyboard(page, 'vaesentlig-inkluder', 3, 'Ikke aktuelt');
    const rows = app.services.partnerships.profile(partnership().id).groups[0]?.rows ?? [];
    expect(rows.slice(0, 3).map((r) => [r.set.id, r.status, r.current?.comment])).toEqual([
      ['vaesentlig-forventningsafstemning', 'styrke', 'Klare aftaler fra start'],
      [TRUST, 'opmaerksomhed', 'Vi kender ikke hinanden endnu'],
      ['vaesentlig-inkluder', 'ikke-relevant', 'Ikke aktuelt'],
    ]);
    expect(rows[1]?.current?.date).toBe('2025-06-01');
    // Focus stayed in the row it was saved from.
    expect(
      await page.evaluate(
        `document.activeElement?.closest('[data-factor]')?.getAttribute('data-factor')`,
      ),
    ).toBe('vaesentlig-inkluder');
    await page
      .locator(`[data-factor="${TRUST}"] .status-pill`, { hasText: 'Opmærksomhedspunkt' })
      .waitFor();
  });

  it("shows the partnership's notes and the bundled quotes beside each factor", async () => {
    const { page } = app;
    const row = page.locator(`[data-factor="${TRUST}"]`);
    await row.getByRole('link', { name: 'Styregruppemøde om tillid' }).waitFor();
    await row.locator('summary', { hasText: 'Inspiration' }).focus();
    await page.keyboard.press('Enter');
    await row.locator('figure.quote').first().waitFor();
    expect(await row.locator('figure.quote').count()).toBe(3);
    await expect.poll(() => row.textContent()).toContain('samme tilgang og tem');
    expect(await row.locator('.also-in').textContent()).toContain('Relationelle elementer');
    await expectNoA11yViolations(page, 'Partnerskabstjek med inspiration');
    await app.screenshot('mine-partnerskaber-profil');
  });

  it('assesses again later and shows what moved between the two dates', async () => {
    const { page } = app;
    await page.locator('main').focus();
    await assessByKeyboard(page, TRUST, 3, 'Faste møder har hjulpet');
    const row = page.locator(`[data-factor="${TRUST}"]`);
    await row.locator('.status-pill', { hasText: 'Styrke' }).waitFor();
    await row.locator('summary', { hasText: 'Historik (2)' }).click();
    await page
      .getByRole('navigation', { name: /Sider om/ })
      .getByRole('link', { name: 'Udvikling' })
      .click();
    await page.getByLabel('Fra', { exact: true }).fill('2025-06-01');
    const changed = page.locator(`tr[data-factor="${TRUST}"]`);
    await changed.waitFor();
    expect(await changed.textContent()).toMatch(
      /Opmærksomhedspunkt.*Styrke.*Faste møder har hjulpet/,
    );
    await expectNoA11yViolations(page, 'Udvikling');
  });

  it('exports the profile as a handout in every format', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: /Sider om/ })
      .getByRole('link', { name: 'Handout til mødet' })
      .click();
    await page.getByRole('heading', { name: 'Handout til styregruppen' }).waitFor();
    await expectNoA11yViolations(page, 'Handout til mødet');
    const expected = { pdf: '%PDF', docx: 'PK', md: '# Partnerskabstjek', html: '<!doctype html>' };
    for (const [format, start] of Object.entries(expected)) {
      const file = path.join(outDir, `tjek.${format}`);
      app.nextSavePath(file);
      await page.locator(`button[data-format="${format}"]`).click();
      await page.locator('.export-path', { hasText: file }).waitFor({ timeout: 30_000 });
      expect(fs.readFileSync(file).subarray(0, 40).toString('latin1').toLowerCase()).toContain(
        start.toLowerCase(),
      );
    }
    const md = fs.readFileSync(path.join(outDir, 'tjek.md'), 'utf8');
    expect(md).toContain('Faste møder har hjulpet');
    expect(md).toContain('Vejle Kommune');
    // The handout as the profile stood on an earlier day: the earlier attention point.
    await page.getByLabel('Status pr. (dato)').fill('2025-06-01');
    const earlier = path.join(outDir, 'tjek-2025.md');
    app.nextSavePath(earlier);
    await page.locator('button[data-format="md"]').click();
    await page.locator('.export-path', { hasText: earlier }).waitFor();
    const before = fs.readFileSync(earlier, 'utf8');
    expect(before).toContain('Status pr. 2025-06-01');
    expect(before).toContain('Vi kender ikke hinanden endnu');
    expect(before).not.toContain('Faste møder har hjulpet');
  });

  it('edits the partnership, keeping its profile', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: /Sider om/ })
      .getByRole('link', { name: 'Redigér' })
      .click();
    const purpose = page.getByLabel('Formål');
    await purpose.waitFor();
    await expectNoA11yViolations(page, 'Redigér partnerskab');
    await purpose.fill('Flere fritidstilbud med frivillige');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammen om fritid' }).waitFor();
    await page.getByText('Flere fritidstilbud med frivillige').waitFor();
    expect(partnership().purpose).toBe('Flere fritidstilbud med frivillige');
    expect(partnership().partners).toHaveLength(2);
  });

  it('reflows at 320 px and reads in English', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 320, height: 800 });
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Væsentlige elementer i velfungerende partnerskaber',
      })
      .waitFor();
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await app.screenshot('mine-partnerskaber-profil-320');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Status now' }).waitFor();
    await expectNoA11yViolations(page, 'Partnership check (English)');
    expect(await page.locator(`[data-factor="${TRUST}"] legend span`).getAttribute('lang')).toBe(
      'da',
    );
    await app.screenshot('mine-partnerskaber-profil-en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 2, name: 'Status lige nu' }).waitFor();
  });

  it('shows the overview and one factor across partnerships', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/mine-partnerskaber`);
    const row = page.getByRole('row', { name: /Sammen om fritid/ });
    await row.waitFor();
    expect(await row.locator('[data-status="styrke"]').textContent()).toBe('2');
    await page.locator('summary', { hasText: 'Sammen om fritid: pr. gruppe' }).click();
    await page
      .getByRole('table', { name: 'Sammen om fritid: antal faktorer pr. status og gruppe' })
      .waitFor();
    await expectNoA11yViolations(page, 'Mine partnerskaber (overblik)');
    // A note's free-text partnership comes in on request, reported like an import.
    await page.getByRole('button', { name: 'Hent partnerskaber fra noterne' }).click();
    await page.getByText('Nye partnerskaber: 1. Noter knyttet til et partnerskab: 1.').waitFor();
    await page.getByRole('row', { name: /Kulturvenner/ }).waitFor();
    await page.getByLabel('Succesfaktor').selectOption(TRUST);
    await page.getByRole('button', { name: 'Vis på tværs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gensidig tillid i relationer' }).waitFor();
    expect(await page.getByRole('row', { name: /Sammen om fritid/ }).textContent()).toContain(
      'Styrke',
    );
    await expectNoA11yViolations(page, 'Én faktor på tværs');
    // Partnerships and their comments appear in search.
    await page.goto(`${app.url}#/soeg?q=${encodeURIComponent('faste møder')}`);
    const hit = page.locator('.partnership-hits li[data-partnership-hit]');
    await hit.waitFor();
    expect(await hit.textContent()).toMatch(/Sammen om fritid.*Faste møder har hjulpet/);
    await expectNoA11yViolations(page, 'Søgning med partnerskaber');
    expect(consoleErrors).toEqual([]);
  });
});
