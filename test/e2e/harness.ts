// The test bridge: the real built renderer in headless Chromium, served with the app's CSP, talking
// to the real services through the real handlers and the guarded door, exposed on the page in the
// same shape as the preload's `window.samspil`. Only the platform (dialogs, shell, clipboard) is
// faked, so tests can choose file paths and see what would have left the app.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WebSocketServer } from 'ws';
import { API_METHODS, type ApiHandlers } from '../../shared/api';
import type { NoteInput } from '../../shared/notes/types';
import { invokeChecked } from '../../electron/api/door';
import { createApiHandlers } from '../../electron/api/handlers';
import type { PlatformPorts } from '../../electron/api/platformPorts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { mimeTypeOf, resolveRendererFile } from '../../electron/main/rendererFiles';
import {
  createMemorySettingsStore,
  type StoredSettings,
} from '../../electron/services/settings/settingsStore';
import type { PdfRenderer } from '../../electron/services/serviceTypes';
import { openServices, type Services } from '../../electron/services/services';
import type { TeamWatchOptions } from '../../electron/services/team/teamWatch';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/services/handouts/chromiumPdf';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');
export const CORPUS_DIR = path.join(ROOT, 'dist/content');
const SCREENSHOT_DIR = path.join(ROOT, 'test-output/screenshots');

/**
 * Where the page's bridge sends its calls: a WebSocket on the harness's own origin (the CSP's
 * connect-src 'self'), one JSON message per call and per answer. It costs about what Electron's
 * IPC does; a Playwright binding costs milliseconds per large answer, which the
 * keystroke-to-paint figure would count as the app's own latency.
 */
const TRANSPORT = '/__samspil';

export interface StartOptions {
  /** Defaults to a fresh temp folder, removed again by close(). */
  dataDir?: string;
  /** Notes created through the notes service before the page loads. */
  seedNotes?: NoteInput[];
  settings?: Partial<StoredSettings>;
  viewport?: { width: number; height: number };
  /** The path (and query/hash) to open, default `/`. */
  path?: string;
  /** A compiled corpus other than dist/content (e.g. the 100× corpus of the perf test). */
  corpusDir?: string;
  /** The team folder's watch, as the app runs it; tests may shorten its quiet time. */
  teamWatch?: TeamWatchOptions;
}

interface DialogCall {
  kind: 'save' | 'open' | 'folder';
  title: string;
  defaultName?: string;
}

interface BridgeCalls {
  externals: string[];
  /** Texts sent to find in page, and how many print dialogs were asked for. */
  finds: string[];
  prints: number;
  /** `open:<path>` and `show:<path>`, as shell.openPath / showItemInFolder would get them. */
  files: string[];
  clipboard: { text: string; html?: string }[];
  dialogs: DialogCall[];
}

export interface AppHarness {
  browser: Browser;
  page: Page;
  /** The served app's base URL, e.g. http://127.0.0.1:43123/ */
  url: string;
  services: Services;
  handlers: ApiHandlers;
  dataDir: string;
  /** A temp folder for exports (they are refused inside the data folder), removed by close(). */
  exportDir: string;
  calls: BridgeCalls;
  /** The path the next save dialog returns (null = the user cancels, the default). */
  nextSavePath(file: string | null): void;
  nextOpenPath(file: string | null): void;
  nextFolderPath(folder: string | null): void;
  /** Saves test-output/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startApp(options: StartOptions = {}): Promise<AppHarness> {
  assertBuilt();
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-'));

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let services: Services | undefined;
  let server: http.Server | undefined;
  try {
    // As the app does: the backup folder comes from the settings.
    services = openServices({
      dataDir,
      corpusDir: options.corpusDir ?? CORPUS_DIR,
      backupDir: options.settings?.backupDir,
      pdfRenderer: chromiumPdf(browser),
      watchTeamFolder: options.teamWatch ?? {},
    });
    for (const note of options.seedNotes ?? []) {
      services.notes.create(note);
      // One note per millisecond at most, as a person writes them: sorting by creation is then
      // never decided by ties.
      const written = Date.now();
      while (Date.now() === written) {
        /* wait for the clock to move on */
      }
    }

    const calls: BridgeCalls = {
      externals: [],
      finds: [],
      prints: 0,
      files: [],
      clipboard: [],
      dialogs: [],
    };
    const pageRef: { current?: Page } = {};
    const answers = {
      save: null as string | null,
      open: null as string | null,
      folder: null as string | null,
    };
    const answer = (kind: DialogCall['kind']): string | null => {
      const value = answers[kind];
      answers[kind] = null;
      return value;
    };
    const platform: PlatformPorts = {
      page: fakeElectronPage(() => pageRef.current, calls),
      files: {
        openPath: async (file) => void calls.files.push(`open:${file}`),
        showItemInFolder: (file) => void calls.files.push(`show:${file}`),
      },
      dialogs: {
        saveFile: async (request) => {
          calls.dialogs.push({
            kind: 'save',
            title: request.title,
            defaultName: request.defaultName,
          });
          return answer('save');
        },
        openFile: async (request) => {
          calls.dialogs.push({ kind: 'open', title: request.title });
          return answer('open');
        },
        chooseFolder: async (request) => {
          calls.dialogs.push({ kind: 'folder', title: request.title });
          return answer('folder');
        },
      },
      openExternal: async (url) => void calls.externals.push(url),
      clipboard: { write: (data) => void calls.clipboard.push(data) },
      settings: createMemorySettingsStore(options.settings),
      appInfo: () => ({
        version: 'test',
        platform: process.platform,
        dataDir,
        logFile: path.join(dataDir, 'logs', 'samspil.log'),
      }),
    };
    const handlers = createApiHandlers(services, platform);

    server = await serveRenderer();
    const sockets = answerCalls(server, handlers);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: 'da-DK',
    });
    const page = await context.newPage();
    pageRef.current = page;
    await page.addInitScript(exposeBridge, {
      methods: [...API_METHODS],
      transport: TRANSPORT,
    });
    await page.goto(new URL(options.path ?? '/', url).href);

    const openedServices = services;
    const openedServer = server;
    const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-eksport-'));
    return {
      browser,
      page,
      url,
      services: openedServices,
      handlers,
      dataDir,
      exportDir,
      calls,
      nextSavePath: (file) => void (answers.save = file),
      nextOpenPath: (file) => void (answers.open = file),
      nextFolderPath: (folder) => void (answers.folder = folder),
      async screenshot(name) {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
        // A full-page shot of a scrolled page draws the sticky header where the scroll left it.
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: file, fullPage: true });
        return file;
      },
      async close() {
        await browser.close();
        sockets.close();
        await new Promise<void>((resolve) => openedServer.close(() => resolve()));
        openedServices.close();
        if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(exportDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    server?.close();
    services?.close();
    if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Runs in the page before its own scripts, like the preload: one function per contract call and
 * nothing else, frozen so page code cannot swap a method.
 */
function exposeBridge(args: { methods: string[]; transport: string }): void {
  type Answer = { resolve: (value: unknown) => void; reject: (error: unknown) => void };
  const pending = new Map<number, Answer>();
  let nextId = 0;
  const page = globalThis as unknown as { location: { host: string } };
  const socket = new WebSocket(`ws://${page.location.host}${args.transport}`);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('test bridge: no connection')));
  });
  socket.addEventListener('message', (event) => {
    const { id, result } = JSON.parse(String(event.data)) as { id: number; result: unknown };
    pending.get(id)?.resolve(result);
    pending.delete(id);
  });
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of args.methods) {
    bridge[method] = async (input) => {
      await opened;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, input }));
      });
    };
  }
  Object.defineProperty(globalThis, 'samspil', {
    value: Object.freeze(bridge),
    enumerable: true,
  });
}

function assertBuilt(): void {
  const missing = [path.join(RENDERER_DIR, 'index.html'), CORPUS_DIR].filter(
    (p) => !fs.existsSync(p),
  );
  if (missing.length > 0) {
    throw new Error(
      `Mangler ${missing.map((p) => path.relative(ROOT, p)).join(' og ')}: run npm run build first.`,
    );
  }
}

function serveRenderer(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveRendererFile(RENDERER_DIR, pathname);
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
    };
    if (!file || request.method !== 'GET' || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(file ? 404 : 400, { ...headers, 'Content-Type': 'text/plain' });
      response.end(file ? 'Ikke fundet' : 'Ugyldig sti');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': mimeTypeOf(file) });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Answers the page's calls through the same guarded door the IPC handlers use. */
function answerCalls(server: http.Server, handlers: ApiHandlers): WebSocketServer {
  const sockets = new WebSocketServer({ server, path: TRANSPORT });
  sockets.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      const { id, method, input } = JSON.parse(data.toString('utf8')) as {
        id: number;
        method: string;
        input: unknown;
      };
      void invokeChecked(handlers, method, input).then((result) =>
        socket.send(JSON.stringify({ id, result })),
      );
    });
  });
  return sockets;
}

/**
 * Stands in for Electron's webContents.findInPage / print only: the matches are counted in the
 * page's visible text as Chromium's find would count them, the rest of the path is the real one.
 */
function fakeElectronPage(page: () => Page | undefined, calls: BridgeCalls): PlatformPorts['page'] {
  let last = { text: '', active: 0 };
  return {
    async findInPage(text, { forward, findNext }) {
      calls.finds.push(text);
      const current = page();
      const matches = current
        ? await current.evaluate<number>(
            `document.body.innerText.toLowerCase().split(${JSON.stringify(text.toLowerCase())}).length - 1`,
          )
        : 0;
      const step = forward ? 1 : -1;
      const active =
        matches === 0
          ? 0
          : findNext && last.text === text
            ? ((last.active - 1 + step + matches) % matches) + 1
            : 1;
      last = { text, active };
      return { matches, activeMatchOrdinal: active };
    },
    stopFindInPage: () => void (last = { text: '', active: 0 }),
    print: async () => {
      calls.prints += 1;
      return true;
    },
  };
}

/** PDF through the harness's own Chromium, standing in for Electron's printToPDF. */
function chromiumPdf(browser: Browser): PdfRenderer {
  return async (html) => {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        preferCSSPageSize: true,
      });
    } finally {
      await page.close();
    }
  };
}
