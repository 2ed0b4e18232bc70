// The desktop conveniences through the real renderer: Back/Forward (buttons, Alt+←/→, the mouse's
// side buttons) with the scroll position restored, the shortcuts and their overview, find in page,
// print, the dark theme (axe in both themes) and *Senest set* on the home page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const FACTOR = 'relation-gensidig-tillid-respekt-forstaaelse';
const FACTOR_TITLE = 'Gensidig tillid, respekt og forståelse';
let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ seedNotes: [{ title: 'Møde om tillid', body: 'Tillid først.' }] });
  app.page.setDefaultTimeout(5000);
  // Colours change with a short transition; axe must see the end state.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await app?.close();
});

const hash = () => app.page.evaluate<string>('location.hash');
const h1 = (name: string | RegExp) => app.page.getByRole('heading', { level: 1, name }).waitFor();
/** Waits until a page expression is true (a string: the app's CSP forbids eval of functions). */
const until = (expression: string) =>
  expect.poll(() => app.page.evaluate<boolean>(expression), { timeout: 5000 }).toBe(true);
const activeId = () => app.page.evaluate<string>('document.activeElement?.id ?? ""');

describe('history', () => {
  it('goes back and forward with the header buttons', async () => {
    const { page } = app;
    await h1('Velkommen til Samspil');
    const back = page.getByRole('button', { name: 'Tilbage' });
    await expect(back.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.getByRole('navigation').getByRole('link', { name: 'Succesfaktorer' }).click();
    await h1('Succesfaktorer');
    await expect(back.getAttribute('aria-disabled')).resolves.toBe('false');
    await back.click();
    await h1('Velkommen til Samspil');
    await page.getByRole('button', { name: 'Frem' }).click();
    await h1('Succesfaktorer');
    expect(await hash()).toBe('#/faktorer');
  });

  it('goes back with Alt+← and forward with Alt+→, and with the mouse side buttons', async () => {
    const { page } = app;
    await page.locator(`main a[href="#/faktorer/${FACTOR}"]`).first().click();
    expect(await hash()).toBe(`#/faktorer/${FACTOR}`);
    await page.keyboard.press('Alt+ArrowLeft');
    await h1('Succesfaktorer');
    await page.keyboard.press('Alt+ArrowRight');
    await until(`location.hash === '#/faktorer/${FACTOR}'`);
    // Buttons 3 and 4 are the mouse's back and forward buttons (Playwright cannot press them).
    await page.evaluate(
      `document.body.dispatchEvent(new MouseEvent('mouseup', { button: 3, bubbles: true }))`,
    );
    await until(`location.hash === '#/faktorer'`);
    await page.evaluate(
      `document.body.dispatchEvent(new MouseEvent('mouseup', { button: 4, bubbles: true }))`,
    );
    await until(`location.hash === '#/faktorer/${FACTOR}'`);
  });

  it('puts the scroll position back on Back', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+ArrowLeft');
    await h1('Succesfaktorer');
    await until('!document.documentElement.dataset.restoringScroll');
    await page.evaluate('window.scrollTo(0, 900)');
    await until('window.scrollY > 800');
    const before = await page.evaluate<number>('window.scrollY');
    await page.evaluate(`location.hash = '#/faktorer/${FACTOR}'`);
    await h1(FACTOR_TITLE);
    await until('window.scrollY === 0');
    await page.getByRole('button', { name: 'Tilbage' }).click();
    await h1('Succesfaktorer');
    await expect
      .poll(() => page.evaluate<number>('Math.round(window.scrollY)'), { timeout: 5000 })
      .toBe(Math.round(before));
  });
});

describe('keyboard shortcuts', () => {
  it('opens the views with Ctrl+1 … Ctrl+9 and a new note with Ctrl+N', async () => {
    const { page } = app;
    await page.keyboard.press('Control+6');
    await h1('Mine noter');
    await page.keyboard.press('Control+7');
    await h1('Mine partnerskaber');
    await page.keyboard.press('Control+9');
    await h1('Indstillinger');
    await page.keyboard.press('Control+1');
    await h1('Velkommen til Samspil');
    await page.keyboard.press('Control+n');
    expect(await hash()).toBe('#/noter/ny');
  });

  it('goes to the search field with Ctrl+L and Ctrl+K', async () => {
    const { page } = app;
    await page.keyboard.press('Control+1');
    await h1('Velkommen til Samspil');
    await page.keyboard.press('Control+l');
    expect(await activeId()).toBe('global-search');
    await page.getByRole('main').focus();
    await page.keyboard.press('Control+k');
    expect(await activeId()).toBe('global-search');
  });

  it('shows the overview with F1 and with ?, closes on Escape and returns the focus', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Citater' }).focus();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Tastaturgenveje' });
    await dialog.waitFor();
    for (const keys of [
      'Ctrl+N',
      'Ctrl+S',
      'Ctrl+F',
      'Ctrl+P',
      'Ctrl+K',
      'Ctrl+L',
      'Alt+←',
      'Ctrl+9',
      'F1',
    ]) {
      await dialog.getByText(keys, { exact: true }).waitFor();
    }
    await dialog
      .getByRole('row', { name: /Gå til Mine noter/ })
      .getByText('Ctrl+6')
      .waitFor();
    await expectNoA11yViolations(page, 'Tastaturgenveje');
    await app.screenshot('shortcuts');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe(
      'Citater',
    );

    await page.keyboard.press('Shift+?');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('types "?" into a text field instead of opening the overview', async () => {
    const { page } = app;
    await page.locator('#global-search').focus();
    await page.keyboard.type('?');
    await expect(page.locator('#global-search').inputValue()).resolves.toBe('?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Escape');
  });
});

describe('find in page and print', () => {
  it('finds with Ctrl+F, steps with Enter, closes with Escape', async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/faktorer/${FACTOR}'`);
    await h1(FACTOR_TITLE);
    await page.getByRole('main').focus();
    const total = await page.evaluate<number>(
      `document.body.innerText.toLowerCase().split('tillid').length - 1`,
    );
    expect(total).toBeGreaterThan(2);
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Find på siden' });
    await bar.waitFor();
    expect(await activeId()).toBe('find-in-page');
    await page.keyboard.type('tillid');
    const count = bar.getByRole('status');
    await count.getByText(`1 af ${total}`).waitFor();
    await page.keyboard.press('Enter');
    await count.getByText(`2 af ${total}`).waitFor();
    await page.keyboard.press('Shift+Enter');
    await count.getByText(`1 af ${total}`).waitFor();
    expect(app.calls.finds.at(-1)).toBe('tillid');
    await expectNoA11yViolations(page, 'Find på siden');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(await activeId()).toBe('main');
  });

  it('finds by mouse with the Next button and reports no matches', async () => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Find på siden' });
    await page.locator('#find-in-page').fill('zyxwv');
    await bar.getByText('Ingen forekomster').waitFor();
    await page.locator('#find-in-page').fill('tillid');
    await bar.getByText(/^1 af/).waitFor();
    await bar.getByRole('button', { name: 'Næste' }).click();
    await bar.getByText(/^2 af/).waitFor();
    await bar.getByRole('button', { name: 'Luk søgning på siden' }).click();
    await bar.waitFor({ state: 'detached' });
  });

  it('prints with Ctrl+P; the print stylesheet leaves the page content alone', async () => {
    const { page } = app;
    const before = app.calls.prints;
    await page.keyboard.press('Control+p');
    await expect.poll(() => app.calls.prints).toBe(before + 1);
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(
        page.getByRole('navigation', { name: 'Hovednavigation' }).isVisible(),
      ).resolves.toBe(false);
      await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('dark theme', () => {
  it('follows the system when the choice is System', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await until(`document.documentElement.dataset.theme === 'dark'`);
    await page.emulateMedia({ colorScheme: 'light' });
    await until(`document.documentElement.dataset.theme === 'light'`);
  });

  it('is chosen in Indstillinger, by keyboard, kept in the settings, and passes axe', async () => {
    const { page } = app;
    await page.keyboard.press('Control+9');
    await h1('Indstillinger');
    const system = page.getByRole('radio', { name: 'System' });
    await system.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await until(`document.documentElement.dataset.theme === 'dark'`);
    await page.getByText('Udseendet er ændret.').waitFor();
    await expect(page.getByRole('radio', { name: 'Mørk' }).isChecked()).resolves.toBe(true);
    await expect.poll(async () => (await app.handlers['settings.get']({})).theme).toBe('dark');
    // axe reads colours as painted: wait until the switch has reached the message's own box.
    await until(
      `(() => { const box = document.querySelector('.save-ok')?.closest('section, main');
        return !!box && getComputedStyle(box).backgroundColor !== 'rgb(255, 255, 255)'; })()`,
    );
    await page.waitForTimeout(300);
    await expectNoA11yViolations(page, 'Indstillinger (mørk)');
    await app.screenshot('settings-dark');
  });

  it.each([
    ['Forside', '#/'],
    ['Partnerskab', '#/partnerskaber/grow-your-life'],
    ['Citater', '#/citater'],
    ['Succesfaktor', `#/faktorer/${FACTOR}`],
    ['Søg', '#/soeg?q=tillid'],
    ['Mine noter', '#/noter'],
    ['Handout', '#/handout'],
  ])('shows %s in the dark theme with no axe violations', async (name, where) => {
    const { page } = app;
    await page.evaluate(`location.hash = ${JSON.stringify(where)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoA11yViolations(page, `${name} (mørk)`);
    if (name === 'Søg') await app.screenshot('search-dark');
  });

  it('goes back to light with the mouse', async () => {
    const { page } = app;
    await page.keyboard.press('Control+9');
    await page.getByRole('radio', { name: 'Lys' }).click();
    await until(`document.documentElement.dataset.theme === 'light'`);
  });
});

describe('Senest set', () => {
  it('lists the pages opened last on the home page, newest first, kept in the settings', async () => {
    const { page } = app;
    const note = app.services.notes.list()[0];
    if (!note) throw new Error('the seeded note is missing');
    await page.evaluate(`location.hash = '#/noter/${note.id}'`);
    const firstRecent = async () =>
      ((await app.handlers['settings.get']({})) as { recent: { hash: string }[] }).recent[0]?.hash;
    await expect.poll(firstRecent, { timeout: 5000 }).toBe(`#/noter/${note.id}`);
    await page.keyboard.press('Control+1');
    await h1('Velkommen til Samspil');
    const list = page.getByRole('region', { name: 'Senest set' });
    const items = list.getByRole('listitem');
    await items.first().getByRole('link', { name: 'Møde om tillid' }).waitFor();
    await items.nth(1).getByRole('link', { name: FACTOR_TITLE }).waitFor();
    const stored = (await app.handlers['settings.get']({})) as { recent: { hash: string }[] };
    expect(stored.recent.map((r) => r.hash).slice(0, 3)).toEqual([
      `#/noter/${note.id}`,
      `#/faktorer/${FACTOR}`,
      '#/partnerskaber/grow-your-life',
    ]);
    await list.getByRole('link', { name: FACTOR_TITLE }).click();
    await h1(FACTOR_TITLE);
  });
});
