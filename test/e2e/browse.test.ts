// Browsing the bundled material: home, partnerships (read one and its quotes in place), the quote
// list with its filters and "copy with source", the factor taxonomy and a lesson. Each view is
// checked with axe-core and saved as a screenshot.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteEntry } from '../../shared/content/types';
import { startApp, type AppHarness } from './harness';
import { expectNoA11yViolations } from './axe';

let app: AppHarness;
const problems: string[] = [];

beforeAll(async () => {
  app = await startApp();
  // Anything the page logs as an error (a CSP refusal, a missing file, a React warning) or throws.
  app.page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${m.text()} ${m.location().url}`);
  });
  app.page.on('pageerror', (error) => problems.push(String(error)));
});
afterAll(async () => {
  await app?.close();
});

const quotes = (): QuoteEntry[] =>
  app.services.content.byKind('quote').filter((q): q is QuoteEntry => q.kind === 'quote');

describe('browsing', () => {
  it('shows the home page with both partnerships and the ways in', async () => {
    const { page } = app;
    await page.locator('main h1').waitFor();
    const partnerships = app.services.content.byKind('partnership');
    expect(partnerships).toHaveLength(2);
    for (const p of partnerships) {
      await expect
        .poll(() => page.locator('main').getByRole('link', { name: p.title }).count())
        .toBe(1);
    }
    // The frame's landmarks: banner with the search, the named navigation, one main.
    expect(await page.getByRole('banner').getByRole('search').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Hovednavigation' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.evaluate('document.title')).toBe('Velkommen til Samspil – Samspil');
    await expectNoA11yViolations(page, 'Forside');
    await app.screenshot('home');
  });

  it('browses to a partnership and reads its sections with their quotes in place', async () => {
    const { page } = app;
    const partnership = app.services.content.byKind('partnership')[0]!;
    await page
      .getByRole('navigation', { name: 'Hovednavigation' })
      .getByRole('link', { name: 'Partnerskaber', exact: true })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Partnerskaber');
    await expectNoA11yViolations(page, 'Partnerskaber');
    await app.screenshot('partnerships');

    await page.locator('main').getByRole('link', { name: partnership.title }).first().click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(partnership.title);
    expect(await page.evaluate('location.hash')).toBe(`#/partnerskaber/${partnership.id}`);

    // Every section is a region with its heading, in the source's order.
    const headings = await page.locator('main section h2').allTextContents();
    expect(headings).toEqual(partnership.sections.map((s) => s.heading));

    // Each of the partnership's quotes stands in its own section, verbatim, with its speaker.
    const own = quotes().filter((q) => q.partnership === partnership.id);
    expect(own.length).toBeGreaterThan(0);
    for (const quote of own) {
      const block = page
        .locator(`#section-${quote.section}`)
        .locator('xpath=ancestor::section[1]')
        .locator(`[data-quote-id="${quote.id}"]`);
      await expect.poll(() => block.count()).toBe(1);
      const text = (await block.locator('blockquote').textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(quote.text.replace(/\s+/g, ' ').slice(0, 60));
      expect(await block.locator('figcaption').textContent()).toContain(quote.speaker.role);
    }
    await expectNoA11yViolations(page, 'Partnerskab');
    await app.screenshot('partnership');
  });

  it('lists every quote, filters by partnership, theme, factor and role, and shows uncertain speakers honestly', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Hovednavigation' })
      .getByRole('link', { name: 'Citater' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Citater');
    const all = quotes();
    await expect.poll(() => page.locator('[data-quote-id]').count()).toBe(all.length);

    const uncertain = all.filter((q) => q.speaker.certainty !== 'sikker');
    expect(await page.locator('.quote-uncertain').count()).toBe(uncertain.length);
    // A certain speaker may carry a remark (content/README.md); it is shown, without a warning.
    const remarked = all.filter((q) => q.speaker.certainty === 'sikker' && q.speaker.note);
    expect(remarked.length).toBeGreaterThan(0);
    expect(await page.locator('.quote-remark').count()).toBe(remarked.length);
    const remark = page.locator(`[data-quote-id="${remarked[0]!.id}"] .quote-remark`);
    await remark.locator('summary').click();
    await expect.poll(() => remark.locator('p').textContent()).toBe(remarked[0]!.speaker.note);
    fs.mkdirSync('test-output/screenshots', { recursive: true });
    await page
      .locator(`[data-quote-id="${remarked[0]!.id}"]`)
      .screenshot({ path: 'test-output/screenshots/quote-remark.png' });
    await expectNoA11yViolations(page, 'Citater med en bemærkning om taleren');
    await expectNoA11yViolations(page, 'Citater');
    await app.screenshot('quotes');

    const sample = all.find((q) => q.factors.length > 0)!;
    const cases: { label: string; value: string; expected: QuoteEntry[] }[] = [
      {
        label: 'Partnerskab',
        value: sample.partnership,
        expected: all.filter((q) => q.partnership === sample.partnership),
      },
      { label: 'Tema', value: sample.theme, expected: all.filter((q) => q.theme === sample.theme) },
      {
        label: 'Succesfaktor',
        value: sample.factors[0]!,
        expected: all.filter((q) => q.factors.includes(sample.factors[0]!)),
      },
      {
        label: 'Talerens rolle',
        value: sample.speaker.role,
        expected: all.filter((q) => q.speaker.role === sample.speaker.role),
      },
    ];
    for (const { label, value, expected } of cases) {
      await page.getByLabel(label, { exact: true }).selectOption(value);
      await expect
        .poll(async () =>
          (
            await page
              .locator('[data-quote-id]')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')))
          ).sort(),
        )
        .toEqual(expected.map((q) => q.id).sort());
      await page.getByLabel(label, { exact: true }).selectOption('');
    }
    await expect.poll(() => page.locator('[data-quote-id]').count()).toBe(all.length);
  });

  it('copies a quote with speaker, role, organisation, partnership and source citation', async () => {
    const { page } = app;
    const quote = quotes()[0]!;
    const partnership = app.services.content.get(quote.partnership);
    const source = app.services.content.get(quote.source);
    if (source.kind !== 'source') throw new Error('kilden er ikke en kilde');
    const before = app.calls.clipboard.length;
    await page
      .locator(`[data-quote-id="${quote.id}"]`)
      .getByRole('button', { name: 'Kopiér med kilde' })
      .click();
    await expect.poll(() => app.calls.clipboard.length).toBe(before + 1);
    const copied = app.calls.clipboard.at(-1)!;
    const firstWords = quote.text.replace(/\s+/g, ' ').slice(0, 40);
    for (const part of [
      firstWords,
      quote.speaker.role,
      quote.speaker.organisation,
      partnership.title,
      source.citation,
    ]) {
      expect(copied.text.replace(/\s+/g, ' ')).toContain(part);
    }
    expect(copied.html).toContain('<blockquote>');
    expect(copied.html).toContain('<cite>');
    await expect
      .poll(() => page.locator(`[data-quote-id="${quote.id}"] [role="status"]`).textContent())
      .toBe('Kopieret');
  });

  it('shows the factor taxonomy by group and a lesson in full', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Hovednavigation' })
      .getByRole('link', { name: 'Succesfaktorer' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Succesfaktorer');
    const factors = app.services.content.byKind('factor');
    await expect
      .poll(() => page.locator('main a[href^="#/faktorer/"]').count())
      .toBe(factors.length);
    await expectNoA11yViolations(page, 'Succesfaktorer');
    await app.screenshot('factors');

    const lesson = app.services.content.byKind('lesson')[0]!;
    await page.locator('main').getByRole('link', { name: lesson.title, exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(lesson.title);
    expect(
      (await page.locator('main .content-html').textContent())!.replace(/\s+/g, ' '),
    ).toContain(lesson.text.replace(/\s+/g, ' ').slice(0, 60));
    await expectNoA11yViolations(page, 'Læring');
    await app.screenshot('lesson');
  });

  it('shows a clear page for an unknown address', async () => {
    const { page } = app;
    await page.goto(new URL('/#/findes-ikke', app.url).href);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Siden findes ikke');
    await expectNoA11yViolations(page, 'Ukendt side');
  });

  it('turns transitions off when the system asks for reduced motion', async () => {
    const { page } = app;
    await page.goto(new URL('/#/', app.url).href);
    const duration = () =>
      page.evaluate('getComputedStyle(document.querySelector(".home-way")).transitionDuration');
    await page.locator('.home-way').first().waitFor();
    expect(await duration()).not.toMatch(/^0s$|^1e-05s$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(Number.parseFloat(String(await duration()))).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: null });
  });

  it('logged no error and threw nothing while browsing', () => {
    expect(problems).toEqual([]);
  });
});
