// Handout PDFs through Chromium's own print engine: the print HTML is loaded into a hidden,
// script-less window in its own locked session and printed to A4 with a tagged (accessible) PDF.
// The page header and footer come from the print CSS (@page margin boxes), so Chromium's own
// header/footer stays off.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session } from 'electron';
import type { PdfRenderer } from '../services/serviceTypes';
import { hardenSession } from './guards';
import { createSecureWindow } from './secureWindow';

const PRINT_PARTITION = 'samspil-print';

const PRINT_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  generateTaggedPDF: true,
  // PDF bookmarks from the handout's headings.
  generateDocumentOutline: true,
  displayHeaderFooter: false,
  preferCSSPageSize: true,
} as const;

export function createElectronPdfRenderer(): PdfRenderer & { dispose(): void } {
  let printDir: string | undefined;
  const ensurePrintDir = (): string => {
    if (printDir) return printDir;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-print-'));
    const allowedPrefix = pathToFileURL(dir).href + '/';
    // The print HTML is self-contained; anything else it asks for (remote images, fonts) is refused.
    hardenSession(
      session.fromPartition(PRINT_PARTITION),
      (url) => url.startsWith(allowedPrefix) || url.startsWith('data:'),
    );
    printDir = dir;
    return dir;
  };

  const render = async (html: string): Promise<Uint8Array> => {
    const file = path.join(ensurePrintDir(), `${crypto.randomUUID()}.html`);
    fs.writeFileSync(file, html);
    const window = createSecureWindow({
      show: false,
      partition: PRINT_PARTITION,
      javascript: false,
    });
    try {
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF(PRINT_OPTIONS);
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
      fs.rmSync(file, { force: true });
    }
  };

  return Object.assign(render, {
    dispose() {
      if (printDir) fs.rmSync(printDir, { recursive: true, force: true });
      printDir = undefined;
    },
  });
}
