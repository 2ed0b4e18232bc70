// The work areas of issue 16 at desktop sizes: a partnership page's contents list (first, in view
// without a scroll of its own, marking the section being read) and the handout's work area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1280, height: 800 } });
  app.page.setDefaultTimeout(5000);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await app?.close();
});

const until = (expression: string) =>
  expect.poll(() => app.page.evaluate<boolean>(expression), { timeout: 5000 }).toBe(true);

interface TocBox {
  top: number;
  bottom: number;
  factsTop: number;
  scrolls: boolean;
  lastItemBottom: number;
}

const tocBox = () =>
  app.page.evaluate<TocBox>(`(() => {
    const toc = document.querySelector('.partnership-toc');
    const facts = document.querySelector('.partnership-facts');
    const items = toc.querySelectorAll('li');
    const box = toc.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      factsTop: facts.getBoundingClientRect().top,
      scrolls: toc.scrollHeight > toc.clientHeight + 1 || toc.parentElement.scrollHeight > toc.parentElement.clientHeight + 1,
      lastItemBottom: items[items.length - 1].getBoundingClientRect().bottom,
    };
  })()`);

const currentItem = () =>
  app.page.evaluate<string>(
    `document.querySelector('.partnership-toc [aria-current="location"]')?.textContent ?? ''`,
  );

describe('partnership page contents', () => {
  it('comes before the facts, shows all its items at 1280×800 and stays in view', async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/partnerskaber/grow-your-life'`);
    await page.getByRole('heading', { level: 1, name: 'Grow Your Life' }).waitFor();
    const toc = page.getByRole('navigation', { name: 'Indhold' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBe(8);
    const start = await tocBox();
    expect(start.top).toBeLessThan(start.factsTop);
    expect(start.scrolls).toBe(false);
    expect(start.lastItemBottom).toBeLessThanOrEqual(800);
    expect(await currentItem()).toBe(await links.first().textContent());

    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await until('window.scrollY > 1000');
    const lastName = await links.last().textContent();
    await expect.poll(currentItem, { timeout: 5000 }).toBe(lastName);
    const end = await tocBox();
    expect(end.top).toBeGreaterThanOrEqual(0);
    expect(end.bottom).toBeLessThanOrEqual(800);
    await expectNoA11yViolations(page, 'Partnerskab med indholdsfortegnelse');
    await app.screenshot('partnership-toc');
  });

  it('marks the section reached by keyboard', async () => {
    const { page } = app;
    const toc = page.getByRole('navigation', { name: 'Indhold' });
    const third = toc.getByRole('link').nth(2);
    const name = (await third.textContent()) ?? '';
    await third.focus();
    await page.keyboard.press('Enter');
    await expect.poll(currentItem, { timeout: 5000 }).toBe(name);
    await expect(third.getAttribute('aria-current')).resolves.toBe('location');
  });
});

describe('handout work area', () => {
  const file = () => `${app.exportDir}/arbejdsark.md`;

  it('keeps the toolbar with title, item count and export in view over nine items', async () => {
    const { page } = app;
    const quotes = app.services.content.all().filter((e) => e.kind === 'quote');
    const handout = app.services.handouts.create({
      title: 'Workshop om tillid',
      items: quotes.slice(0, 9).map((q) => ({ kind: 'quote' as const, ref: q.id, comment: '' })),
    });
    await page.evaluate(`localStorage.setItem('samspil.currentHandout', '${handout.id}')`);
    await page.evaluate(`location.hash = '#/handout'`);
    await page.reload();
    const toolbar = page.getByRole('region', { name: 'Værktøjslinje for handouten' });
    await toolbar.getByText('Workshop om tillid').waitFor();
    await expect(toolbar.getByTestId('handout-item-count').textContent()).resolves.toBe(
      '9 elementer',
    );
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await until('window.scrollY > 1500');
    const box = await page.evaluate<{ top: number; bottom: number; header: number }>(`(() => {
      const bar = document.querySelector('.handout-toolbar').getBoundingClientRect();
      return { top: bar.top, bottom: bar.bottom,
        header: document.querySelector('.app-header').getBoundingClientRect().bottom };
    })()`);
    expect(box.top).toBeGreaterThanOrEqual(box.header - 1);
    expect(box.bottom).toBeLessThan(800);
    await expect(toolbar.getByRole('button', { name: 'Markdown' }).isVisible()).resolves.toBe(true);
  });

  it('exports by keyboard, then opens the file and shows its folder', async () => {
    const { page } = app;
    const toolbar = page.getByRole('region', { name: 'Værktøjslinje for handouten' });
    app.nextSavePath(file());
    await toolbar.getByRole('button', { name: 'Markdown' }).focus();
    await page.keyboard.press('Enter');
    await toolbar.getByText(`Gemt som ${file()}`).waitFor();
    await page.keyboard.press('Tab'); // HTML
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement?.textContent ?? ""')).resolves.toBe(
      'Åbn',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => app.calls.files).toEqual([`open:${file()}`]);
    await toolbar.getByRole('button', { name: 'Vis i mappe' }).click();
    await expect.poll(() => app.calls.files).toEqual([`open:${file()}`, `show:${file()}`]);
    await expectNoA11yViolations(page, 'Handout med værktøjslinje');
  });

  it('gives the preview the width there is at 1920 px and a page view at A4 size', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate('window.scrollTo(0, 0)');
    const width = () =>
      page.evaluate<number>(
        `document.querySelector('.handout-preview').getBoundingClientRect().width`,
      );
    expect(await width()).toBeGreaterThan(700);
    const toggle = page.getByRole('button', { name: 'A4-sidevisning' });
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const paper = await page.evaluate<number>(
      `document.querySelector('.handout-preview-paper').shadowRoot.querySelector('.paper').getBoundingClientRect().width`,
    );
    expect(Math.round(paper)).toBe(794); // 210 mm at 96 dpi
    await app.screenshot('handout-1920-page-view');
    await page.keyboard.press('Enter'); // the toggle still has the focus: back to the flowing view
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    // The dark theme from the start of a page (axe reads colours mid-switch otherwise).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await until(`document.documentElement.dataset.theme === 'dark'`);
    await until(
      `!!document.querySelector('.handout-preview-paper')?.shadowRoot?.querySelector('.paper')`,
    );
    // The paper stays white in the dark theme, as the exported handout does.
    await expect(
      page.evaluate<string>(
        `getComputedStyle(document.querySelector('.handout-preview-paper').shadowRoot.querySelector('.paper')).backgroundColor`,
      ),
    ).resolves.toBe('rgb(255, 255, 255)');
    await expectNoA11yViolations(page, 'Handout (mørk)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
