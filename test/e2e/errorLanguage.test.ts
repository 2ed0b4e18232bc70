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

  it('words an error of a service in English', async () => {
    const { page } = app;
    await page.goto(new URL('/#/noter/ikke-et-id', app.url).href);
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('id: not a valid UUID');
    expect(text).not.toMatch(DANISH);
  });
});
