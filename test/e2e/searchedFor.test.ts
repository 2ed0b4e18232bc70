// "Viser resultater for *tillid* (trust)": the search page says what was searched when English
// was translated or a typo corrected, and one action searches exactly what was typed (and back),
// with focus kept on the action; in Danish and in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
const line = () => app.page.getByTestId('searched-for');
const action = () => line().locator('button');
const count = () => app.page.locator('.search-count');

async function searchFor(q: string): Promise<void> {
  const field = app.page.locator('#global-search');
  await field.fill('');
  await field.pressSequentially(q, { delay: 20 });
}

describe('what was searched, in Danish', () => {
  beforeAll(async () => {
    app = await startApp({ path: '/#/soeg' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows "Viser resultater for tillid (trust)" and searches exactly "trust" on request', async () => {
    await searchFor('trust');
    await expect.poll(() => line().textContent()).toContain('Viser resultater for tillid (trust).');
    expect(await line().locator('em').getAttribute('lang')).toBe('da');
    expect(await line().locator('span[lang="en"]').textContent()).toBe('trust');
    await expectNoA11yViolations(app.page, 'search page saying what was searched');
    await app.screenshot('searched-for-trust');

    await action().focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => count().textContent()).toContain('Ingen resultater for “trust”');
    expect(await line().textContent()).toContain(
      'Viser resultater for præcis det, du skrev: trust.',
    );
    // The same button, now offering the way back: focus never left it.
    expect(await app.page.evaluate('document.activeElement?.textContent')).toBe(
      'Søg efter “tillid” i stedet',
    );
    await app.page.keyboard.press('Enter');
    await expect.poll(() => line().textContent()).toContain('Viser resultater for tillid (trust).');
  });

  it('says when a typo was corrected, and nothing for a word searched as typed', async () => {
    await searchFor('tilid');
    await expect.poll(() => line().textContent()).toContain('Viser resultater for tillid (tilid).');
    await searchFor('tillid');
    await expect.poll(() => count().textContent()).toContain('“tillid”');
    expect(await line().count()).toBe(0);
  });
});

describe('what was searched, in English', () => {
  beforeAll(async () => {
    app = await startApp({ path: '/#/soeg', settings: { language: 'en' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows "Showing results for tillid (trust)" with the exact-search action', async () => {
    await searchFor('steering group');
    await expect
      .poll(() => line().textContent())
      .toContain('Showing results for styregruppe (steering group).');
    expect(await action().textContent()).toBe('Search for exactly “steering group”');
    await app.page.setViewportSize({ width: 320, height: 800 });
    await app.screenshot('searched-for-steering-group-320');
    await expectNoA11yViolations(app.page, 'search page in English at 320 px');
  });
});
