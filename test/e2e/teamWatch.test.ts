// Sync when the team folder changes, through the real UI of two app instances on one shared
// folder: Bo presses nothing, and Anne's note reaches his notes list long before the minute's
// timer; a folder that goes away shows in his header, calmly, and so does its return. The
// bridge runs the app's own watch, with a short quiet time (an option, not a faked clock).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { joinInUi, removeTempFolders, sharedTempFolder } from './teamUi';

const shared = sharedTempFolder('samspil-e2e-watch-');
const watch = { quietMs: 200, checkEveryMs: 500 };
let anne: AppHarness;
let bo: AppHarness;

beforeAll(async () => {
  anne = await startApp({
    path: '/#/indstillinger',
    seedNotes: [{ title: 'Plan for efteråret', body: 'Anne delte den.' }],
    teamWatch: watch,
  });
  bo = await startApp({ path: '/#/indstillinger', teamWatch: watch });
});

afterAll(async () => {
  await anne?.close();
  await bo?.close();
  removeTempFolders(shared, `${shared}-væk`);
});

describe('sync when the team folder changes, in the app', () => {
  it('shows a colleague’s note in the notes list without a press, long before the timer', async () => {
    await joinInUi(anne, shared, 'Anne Holm');
    await joinInUi(bo, shared, 'Bo Lind');
    await bo.page.evaluate(`location.hash = '#/noter'`);
    await bo.page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();
    expect(await bo.page.locator('.note-card-title').count()).toBe(0);

    const joinedAt = Date.now();
    await anne.page.getByRole('checkbox', { name: 'Del Plan for efteråret' }).click();
    await anne.page
      .getByRole('checkbox', { name: 'Del Plan for efteråret', checked: true })
      .waitFor();
    await anne.page.getByRole('button', { name: 'Synkronisér nu' }).click();
    await anne.page.getByText(/^Synkroniseret:/).waitFor();

    // The minute's timer cannot be what brings it: far less than a minute is allowed.
    await bo.page
      .locator('.note-card-title', { hasText: 'Plan for efteråret' })
      .waitFor({ timeout: 20_000 });
    expect(Date.now() - joinedAt).toBeLessThan(30_000);
    expect(bo.services.notes.list().map((n) => n.body)).toEqual(['Anne delte den.']);
  });

  it('says in the header that the folder cannot be reached, and when it is back', async () => {
    const badge = bo.page.getByTestId('team-badge');
    fs.renameSync(shared, `${shared}-væk`);
    await badge.getByText(/mappen kan ikke nås/).waitFor({ timeout: 20_000 });
    await expectNoA11yViolations(bo.page, 'Noter, teammappen kan ikke nås');
    await bo.screenshot('team-watch-unavailable');
    fs.renameSync(`${shared}-væk`, shared);
    await badge.getByText(/synkroniseret/).waitFor({ timeout: 20_000 });
    await expect(badge.getByText(/mappen kan ikke nås/).count()).resolves.toBe(0);
  });
});
