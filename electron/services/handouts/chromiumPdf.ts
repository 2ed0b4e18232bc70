// PDF from the print HTML by headless Chromium (CLI, tests, bench); the app injects Electron's
// printToPDF instead. One browser can serve many exports; each export gets a fresh, offline,
// script-free context.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ApiError } from '../../../shared/api';
import type { PdfRenderer } from '../serviceTypes';

export const CHROMIUM_PATH = process.env.SAMSPIL_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, offline, no background traffic: this machine and CI have no network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ReusablePdfRenderer extends PdfRenderer {
  close(): Promise<void>;
}

/** A renderer that launches Chromium on first use and keeps it until `close()`. */
export function createChromiumPdfRenderer(executablePath = CHROMIUM_PATH): ReusablePdfRenderer {
  let browser: Promise<Browser> | undefined;
  const launch = (): Promise<Browser> => {
    if (!fs.existsSync(executablePath)) {
      throw new ApiError('unavailable', 'chromium-missing', { file: executablePath });
    }
    browser ??= chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    return browser;
  };

  const render = async (html: string, _meta: { title: string; lang: string }) => {
    const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      // The print HTML is self-contained: anything that tries to load is refused.
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      await page.setContent(html, { waitUntil: 'load' });
      // Title and language reach the PDF from the page's <title> and <html lang>.
      const pdf = await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: false,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  };

  return Object.assign(render, {
    async close() {
      const open = browser;
      browser = undefined;
      if (open) await (await open).close();
    },
  });
}

/** One export, one browser: for the CLI, where a command renders a single PDF. */
export const chromiumPdfRenderer: PdfRenderer = async (html, meta) => {
  const renderer = createChromiumPdfRenderer();
  try {
    return await renderer(html, meta);
  } finally {
    await renderer.close();
  }
};
