// What every CLI command gets: output helpers and lazily opened services over the same code as the app.
import type { ContentService, PdfRenderer } from '../services/serviceTypes';
import { openServices, type Services } from '../services/services';
import { loadContentService } from '../services/content/contentService';
import { resolveDataDir } from '../services/dataDir';
import { backupDirSetting, reportStore } from './storeReport';
import { visibleControls } from './terminalText';

export interface CliContext {
  /** Writes a line to stdout, control characters shown visibly (see terminalText.ts). */
  out(line: string): void;
  /** Writes a value to stdout as JSON (for `--json`). */
  json(value: unknown): void;
  dataDir: string;
  corpusDir: string | undefined;
  /** The content service alone (no database needed). */
  content(): ContentService;
  /** All services, opened on first use and closed when the command ends. */
  services(): Services;
  /** True when this command found the store damaged at open (the CLI then exits non-zero). */
  foundDamage(): boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], ctx: CliContext): Promise<number> | number;
}

/** PDF from headless Chromium in place of Electron's printToPDF; loaded only when printing. */
const chromiumPdf: PdfRenderer = async (html, meta) =>
  (await import('../services/handouts/chromiumPdf')).chromiumPdfRenderer(html, meta);

export interface GlobalOptions {
  dataDir?: string;
  corpusDir?: string;
}

export function createCliContext(options: GlobalOptions): CliContext & { close(): void } {
  let content: ContentService | undefined;
  let services: Services | undefined;
  const corpusDir = options.corpusDir ?? process.env.SAMSPIL_CORPUS_DIR;
  return {
    out: (line) => void process.stdout.write(`${visibleControls(line)}\n`),
    json: (value) => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    dataDir: resolveDataDir(options.dataDir),
    corpusDir,
    content() {
      content ??= services?.content ?? loadContentService(corpusDir);
      return content;
    },
    services() {
      if (services) return services;
      // The app's chosen backup folder (Indstillinger), so both list, take and restore the same.
      const backupDir = backupDirSetting(this.dataDir);
      services = openServices({
        dataDir: this.dataDir,
        corpusDir,
        backupDir,
        pdfRenderer: chromiumPdf,
      });
      reportStore(services.notes.status());
      return services;
    },
    foundDamage() {
      return services?.notes.status().recoveries?.some((r) => r.foundAtThisOpen) ?? false;
    },
    close() {
      services?.close();
    },
  };
}
