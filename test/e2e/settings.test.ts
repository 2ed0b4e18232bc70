// Indstillinger through the real UI: switch the language (applies at once, <html lang> follows),
// see where the data lives, take and restore a backup; and the recovery notice after a damaged
// database was moved aside at start, with the latest backup restored from it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-settings-'));
let app: AppHarness;
const consoleErrors: string[] = [];

function watchConsole(harness: AppHarness): void {
  harness.page.on('console', (m) => {
    // Headless Chromium asks for /favicon.ico by itself; the app window never does.
    const where = m.location().url;
    if (m.type() === 'error' && !where.endsWith('/favicon.ico')) consoleErrors.push(m.text());
  });
}

beforeAll(async () => {
  app = await startApp({
    dataDir,
    path: '/#/indstillinger',
    seedNotes: [
      { title: 'Note om forankring', body: 'Tekst.' },
      { title: 'Note om tillid', body: 'Tekst.' },
    ],
  });
  watchConsole(app);
});

afterAll(async () => {
  await app?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('Indstillinger', () => {
  it('shows where the data lives', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    const status = app.services.notes.status();
    await page.getByText(status.dbPath, { exact: true }).waitFor();
    await page.getByText(status.backupDir, { exact: true }).waitFor();
    await expect(page.getByTestId('note-count').textContent()).resolves.toBe('2');
    const logFile = path.join(dataDir, 'logs', 'samspil.log');
    await expect.poll(() => page.getByTestId('log-file').textContent()).toBe(logFile);
    await page.getByText('Logfil:').waitFor();
    await expectNoA11yViolations(page, 'Indstillinger');
    await app.screenshot('settings');
  });

  it('switches the interface to English at once and back to Danish', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('en');
    await page.getByRole('link', { name: 'My notes' }).first().waitFor();
    await page.getByText('The language was changed.').waitFor();
    await page.getByText('Log file:').waitFor();
    await expectNoA11yViolations(page, 'Settings (English)');
    await app.screenshot('settings-en');
    await page.getByRole('radio', { name: 'Dansk' }).check();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('da');
  });

  it('takes a backup now and restores it after confirmation', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click();
    await page.getByText(/Sikkerhedskopien .* er gemt\./).waitFor();
    const manual = app.services.notes.listBackups().find((b) => b.reason === 'manual');
    expect(manual).toBeDefined();
    await page.getByRole('cell', { name: manual?.name }).waitFor();

    // A note written after the backup is gone once the backup is restored.
    app.services.notes.create({ title: 'Skrevet efter kopien', body: '' });
    const row = page.getByRole('row').filter({ hasText: manual?.name ?? '' });
    await row.getByRole('button', { name: /^Gendan/ }).click();
    await row.getByText(/Dine nuværende noter erstattes/).waitFor();
    await row.getByRole('button', { name: 'Gendan', exact: true }).click();
    await page.getByText('Sikkerhedskopien er gendannet. Du har nu 2 noter.').waitFor();
    expect(app.services.notes.list().map((n) => n.title)).not.toContain('Skrevet efter kopien');
    await expect(page.getByTestId('note-count').textContent()).resolves.toBe('2');
  });

  it('offers the latest backup app-wide after the database was found damaged', async () => {
    const dbFile = app.services.notes.status().dbPath;
    await app.close();
    fs.writeFileSync(dbFile, 'dette er ikke en SQLite-database'.repeat(200));
    app = await startApp({ dataDir, path: '/#/noter' });
    watchConsole(app);
    const { page } = app;
    const banner = page.locator('.recovery-banner');
    await banner
      .getByRole('heading', { name: 'Databasen med dine noter var beskadiget' })
      .waitFor();
    await expectNoA11yViolations(page, 'Gendannelsesbesked');
    await app.screenshot('recovery-banner');
    await banner.getByRole('button', { name: 'Gendan nyeste sikkerhedskopi' }).click();
    await banner
      .getByText(/Den nyeste sikkerhedskopi er gendannet\. Du har nu \d+ noter\./)
      .waitFor();
    expect(app.services.notes.list().length).toBeGreaterThan(0);
    // The notes list below the banner reloads with the restored notes.
    await page.locator('.note-card').first().waitFor();
    expect(consoleErrors).toEqual([]);

    // Recorded in the store: a later start (another process) still reports it, until seen.
    await app.close();
    app = await startApp({ dataDir, path: '/#/noter' });
    watchConsole(app);
    const again = app.page.locator('.recovery-banner');
    await again.getByRole('heading', { name: 'Databasen med dine noter var beskadiget' }).waitFor();
    await again.getByText(/Fundet \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./).waitFor();
    await again.getByRole('button', { name: 'Jeg har set det' }).click();
    await again.waitFor({ state: 'detached' });
    await app.close();
    app = await startApp({ dataDir, path: '/#/noter' });
    watchConsole(app);
    await app.page.locator('.note-card').first().waitFor();
    expect(await app.page.locator('.recovery-banner').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('says app-wide that today’s backup failed, in Danish and in English', async () => {
    await app.close();
    // A backup "folder" that is a file: the daily backup at open cannot be written.
    const blocked = path.join(dataDir, 'ikke-en-mappe');
    fs.writeFileSync(blocked, '');
    app = await startApp({ dataDir, path: '/#/noter', settings: { backupDir: blocked } });
    watchConsole(app);
    const { page } = app;
    const notice = page.locator('.store-notice');
    await notice.getByRole('heading', { name: 'Dagens sikkerhedskopi blev ikke taget' }).waitFor();
    await notice.getByText(/Samspil virker som ellers/).waitFor();
    await expectNoA11yViolations(page, 'Advarsel om sikkerhedskopi');
    await page.getByRole('button', { name: 'English' }).click();
    await notice.getByRole('heading', { name: "Today's backup was not taken" }).waitFor();
    await app.screenshot('backup-warning-en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await app.close();
    app = await startApp({ dataDir, path: '/#/noter' });
    watchConsole(app);
    await app.page.locator('.note-card').first().waitFor();
    expect(await app.page.locator('.store-notice').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('moves the backups to a folder the user chooses', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/indstillinger`);
    const folder = path.join(dataDir, 'andre-kopier');
    fs.mkdirSync(folder);
    app.nextFolderPath(folder);
    await page.getByRole('button', { name: 'Vælg mappe til sikkerhedskopier …' }).click();
    await page.getByText(`Sikkerhedskopierne gemmes nu i ${folder}.`).waitFor();
    await page.getByText(folder, { exact: true }).waitFor();
    expect(app.services.notes.status().backupDir).toBe(folder);
    expect(fs.readdirSync(folder).some((f) => f.endsWith('.db'))).toBe(true);
  });
});
