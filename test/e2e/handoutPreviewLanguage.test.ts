// The live handout preview shows what the export will contain: its own words (labels, sources) in
// the export language chosen beside the export buttons, Danish by default, English when chosen,
// and still after a reload. The exported HTML is compared with the preview.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
  app.page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await app?.close();
});

const previewText = () =>
  app.page.evaluate<string>(
    "document.querySelector('.handout-preview-paper')?.shadowRoot?.textContent ?? ''",
  );

/** The export's words that the preview shows, in whichever language it shows them. */
async function previewLabels(): Promise<{ da: boolean; en: boolean; lang: string }> {
  const text = await previewText();
  const lang = await app.page.evaluate<string>(
    "document.querySelector('.handout-preview-paper')?.shadowRoot?.querySelector('.paper')?.lang ?? ''",
  );
  return {
    da: text.includes('Trænerens kommentar') && text.includes('Kilde'),
    en: text.includes('Trainer’s comment') && text.includes('Source'),
    lang,
  };
}

describe('the live handout preview', () => {
  it('shows the export’s words in the chosen export language', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/citater`);
    const quote = page.locator('figure.quote').first();
    const ref = (await quote.getAttribute('data-quote-id')) ?? '';
    await page.locator(`button.add-to-handout[data-ref="${ref}"]`).click();
    await page.locator(`button.add-to-handout.is-added[data-ref="${ref}"]`).waitFor();
    await page.goto(`${app.url}#/handout`);
    await page.locator('.handout-item textarea').first().fill('Læg mærke til ordvalget.');

    await expect
      .poll(previewLabels, { timeout: 10_000 })
      .toEqual({ da: true, en: false, lang: 'da' });

    const language = page.getByLabel('Sprog i eksporten');
    await language.focus();
    await language.selectOption('en');
    await expect
      .poll(previewLabels, { timeout: 10_000 })
      .toEqual({ da: false, en: true, lang: 'en' });
    // The preview's new content does not take the focus from the field.
    expect(
      await page.evaluate<boolean>(
        "document.activeElement?.matches('.export-language select') ?? false",
      ),
    ).toBe(true);
    await expectNoA11yViolations(page, 'Handout, preview in English');
    await app.screenshot('handout-preview-en-labels');

    // What the preview shows is what the export writes.
    const file = path.join(app.exportDir, 'preview-en.html');
    app.nextSavePath(file);
    await page.getByRole('button', { name: 'HTML', exact: true }).click();
    await page.getByText(`Gemt som ${file}`).waitFor({ timeout: 20_000 });
    const exported = fs.readFileSync(file, 'utf8');
    expect(exported).toContain('Trainer’s comment');
    expect(exported).not.toContain('Trænerens kommentar');
    expect(exported).toContain('<html lang="en">');

    await page.reload();
    await page.locator('.handout-preview-paper').waitFor();
    await expect
      .poll(previewLabels, { timeout: 10_000 })
      .toEqual({ da: false, en: true, lang: 'en' });

    await page.getByLabel('Sprog i eksporten').selectOption('da');
    await expect
      .poll(previewLabels, { timeout: 10_000 })
      .toEqual({ da: true, en: false, lang: 'da' });
  });
});
