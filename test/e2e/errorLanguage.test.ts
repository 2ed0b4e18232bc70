// Errors cross the door as codes and issues; the interface words them in its own language. In the
// English interface a refused note names its field in English, and a store error reads English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ settings: { language: 'en' }, path: '/#/noter/ny' });
});
afterAll(async () => {
  await app?.close();
});

const DANISH = /[æøå]|mangler|tegn|ugyldig|Ukendt|Fejlen/i;

describe('errors in the English interface', () => {
  it('names the field of a refused note in English', async () => {
    const { page } = app;
    await page.getByLabel('Title', { exact: true }).fill('x'.repeat(501));
    await page.getByRole('button', { name: 'Save note' }).click();
    const error = page.locator('.field-error').first();
    await expect.poll(() => error.textContent()).toBe('must be at most 500 characters');
    await app.screenshot('note-error-en');
  });

  it('words a note address that is no note in English', async () => {
    // A malformed id no longer reaches the store as a refused call: the note view shows its
    // not-found page (issue 13), which speaks the interface language like the errors do.
    const { page } = app;
    await page.goto(new URL('/#/noter/ikke-et-id', app.url).href);
    await page.getByRole('heading', { level: 1, name: 'Note not found' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('There is no note at this address.');
    expect(text).not.toMatch(DANISH);
  });
});
