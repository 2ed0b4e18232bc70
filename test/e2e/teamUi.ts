// Two app instances on one shared folder, as the team e2e tests set them up: join through
// Indstillinger → Teambibliotek, and Synkronisér nu, waited for until that very sync happened.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { AppHarness } from './harness';

/** Joins `folder` under `name` through the settings page, as a user does. */
export async function joinInUi(app: AppHarness, folder: string, name: string): Promise<void> {
  const { page } = app;
  await page.evaluate(`location.hash = '#/indstillinger'`);
  await page.getByRole('heading', { name: 'Teambibliotek' }).waitFor();
  app.nextFolderPath(folder);
  await page.getByRole('button', { name: 'Vælg teammappe …' }).click();
  await page.getByTestId('team-folder').getByText(folder).waitFor();
  await page.getByLabel('Dit navn, som kolleger ser det').fill(name);
  await page.getByRole('button', { name: 'Deltag' }).click();
  await page.getByTestId('team-status').getByText(name).waitFor();
}

/** Presses Synkronisér nu in Indstillinger and waits for that sync's own message. */
export async function syncNowInUi(app: AppHarness): Promise<void> {
  await app.page.evaluate(`location.hash = '#/indstillinger'`);
  // The previous sync's message may still be on the page: wait for this sync to have happened.
  const before = app.services.team.status().lastSyncedAt;
  await app.page.getByRole('button', { name: 'Synkronisér nu' }).click();
  await expect.poll(() => app.services.team.status().lastSyncedAt).not.toBe(before);
  await app.page.getByText(/^Synkroniseret:/).waitFor();
}

/** A fresh shared folder in the temp folder. */
export const sharedTempFolder = (prefix: string): string =>
  fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Removes folders made by sharedTempFolder, and never anything outside the temp folder. */
export function removeTempFolders(...dirs: string[]): void {
  for (const dir of dirs) {
    if (path.isAbsolute(dir) && dir.startsWith(os.tmpdir()) && dir !== os.tmpdir())
      fs.rmSync(dir, { recursive: true, force: true });
  }
}
