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
