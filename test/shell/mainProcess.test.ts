// The main process wired against a faked Electron: every window's preferences, the protocol's CSP
// and path checks, the navigation and window-open locks, permissions, and the IPC door.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, ApiError, channelOf } from '../../shared/api';
import type { Services } from '../../electron/services/services';
import type { ContentEntry } from '../../shared/content/types';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import {
  app,
  BrowserWindow,
  fakeAppState,
  fakeEvent,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type FakeSession,
} from './fakeElectron';

vi.mock('electron', async () => await import('./fakeElectron'));

const { startShell } = await import('../../electron/main/shell');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-shell-'));
const appDir = path.join(tmp, 'app');
const rendererDir = path.join(appDir, 'dist/renderer');
const dataDir = path.join(tmp, 'data');
const entry = { id: 'tillid', kind: 'factor', title: 'Tillid' } as unknown as ContentEntry;
const openServices = vi.fn(
  () =>
    ({
      content: {
        all: () => [entry],
        get: (id: string) => {
          if (id === 'tillid') return entry;
          throw new ApiError('not-found', 'content-not-found', { id });
        },
      },
      close: vi.fn(),
    }) as unknown as Services,
);

beforeAll(async () => {
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Samspil</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets/app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(appDir, 'secret.txt'), 'not for the renderer');
  fs.writeFileSync(path.join(appDir, 'dist/secret.txt'), 'not for the renderer');
  fakeAppState.appPath = appDir;
  vi.stubEnv('SAMSPIL_DATA_DIR', dataDir);
  startShell({ openServices });
  await vi.waitFor(() => expect(BrowserWindow.instances.length).toBe(1));
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const mainWindow = () => BrowserWindow.instances[0]!;

describe('start-up', () => {
  it('sandboxes every renderer, registers app: as standard+secure and takes the single-instance lock', () => {
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
  });

  it('opens the services on the user-data folder and the bundled corpus', () => {
    expect(openServices).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir, corpusDir: path.join(appDir, 'dist/content') }),
    );
  });

  it('loads the window from the app origin with the bundled preload', () => {
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://samspil/index.html');
    expect(mainWindow().options.webPreferences?.preload).toBe(
      path.join(appDir, 'dist/electron/preload.cjs'),
    );
  });

  it('focuses the first window when a second instance starts', () => {
    mainWindow().minimized = true;
    app.emit('second-instance');
    expect(mainWindow().restore).toHaveBeenCalled();
    expect(mainWindow().focus).toHaveBeenCalled();
  });
});

describe('web preferences of every window created', () => {
  const secure = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  };

  it('holds for the main window and the hidden print window', async () => {
    const { createElectronPdfRenderer } = await import('../../electron/main/pdfRenderer');
    const render = createElectronPdfRenderer();
    const pdf = await render('<!doctype html><title>x</title><p>Hej</p>', {
      title: 'x',
      lang: 'da',
    });
    render.dispose();
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    const printWindow = BrowserWindow.instances.at(-1)!;
    expect(printWindow.options).toMatchObject({ show: false });
    expect(printWindow.options.webPreferences).toMatchObject({
      javascript: false,
      partition: 'samspil-print',
    });
    expect(printWindow.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', generateTaggedPDF: true, printBackground: true }),
    );
    // The temporary print file is gone, and the window with it.
    const printed = printWindow.loadFile.mock.calls[0]![0];
    expect(fs.existsSync(printed)).toBe(false);
    expect(printWindow.destroyed).toBe(true);
    expect(BrowserWindow.instances.length).toBeGreaterThanOrEqual(2);
    for (const window of BrowserWindow.instances) {
      expect(window.options.webPreferences).toMatchObject(secure);
      expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    }
  });
});

describe('the app protocol', () => {
  const fetchApp = (url: string) => protocol.handlers.get('app')!(new Request(url));

  it('serves the built renderer with the CSP header', async () => {
    const response = await fetchApp('app://samspil/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Samspil</title>');
    const script = await fetchApp('app://samspil/assets/app.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://samspil/../secret.txt',
    'app://samspil/%2e%2e/secret.txt',
    'app://samspil/assets/%2e%2e/%2e%2e/secret.txt',
    'app://samspil/..%2fsecret.txt',
    'app://samspil/..%2f..%2fsecret.txt',
    'app://samspil/assets/..%2f..%2f..%2fsecret.txt',
    'app://samspil/%2e%2e%5csecret.txt',
    'app://samspil/%00index.html',
    'app://other/index.html',
  ])('never serves anything outside dist/renderer: %s', async (url) => {
    const response = await fetchApp(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('not for the renderer');
  });
});

describe('navigation and new windows', () => {
  const contents = () => mainWindow().webContents;

  it.each([
    'https://evil.example/',
    'http://evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://samspil/index.html',
  ])('prevents will-navigate to %s', (url) => {
    const event = fakeEvent();
    contents().emit('will-navigate', event, url);
    expect(event.defaultPrevented).toBe(true);
  });

  it('prevents redirects and webviews', () => {
    const redirect = fakeEvent();
    contents().emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    contents().emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies every window.open and sends only http, https and mailto to the system', () => {
    shell.openExternal.mockClear();
    const urls = {
      'https://www.example.dk/rapport': true,
      'http://example.dk/': true,
      'mailto:kontakt@example.dk': true,
      'file:///etc/passwd': false,
      'javascript:alert(1)': false,
      'data:text/html,hi': false,
      'app://samspil/index.html': false,
      'smb://server/share': false,
    };
    for (const url of Object.keys(urls)) {
      expect(contents().windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    const opened = shell.openExternal.mock.calls.map(([url]) => url);
    expect(opened).toEqual(Object.keys(urls).filter((url) => urls[url as keyof typeof urls]));
  });

  it('opens allowed links clicked in the page outside the app', () => {
    shell.openExternal.mockClear();
    contents().emit('will-navigate', fakeEvent(), 'https://www.example.dk/');
    contents().emit('will-navigate', fakeEvent(), 'file:///etc/passwd');
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.dk/']]);
  });
});

describe('sessions', () => {
  const sessions = (): [string, FakeSession][] => [
    ['default', session.defaultSession],
    ['print', session.fromPartition('samspil-print')],
  ];

  it('denies every permission request and check', () => {
    for (const [, s] of sessions()) {
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
        const callback = vi.fn();
        s.permissionRequestHandler!({}, permission, callback);
        expect(callback).toHaveBeenCalledWith(false);
        expect(s.permissionCheckHandler!({}, permission)).toBe(false);
      }
      expect(s.devicePermissionHandler!({})).toBe(false);
    }
  });

  it('cancels remote requests from the app window', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      session.defaultSession.beforeRequest!({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('app://samspil/assets/app.js')).toEqual({ cancel: false });
    expect(decide('https://tracker.example/pixel.gif')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('lets the print window load only its own temp file and inline data', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      session.fromPartition('samspil-print').beforeRequest!({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('https://images.example/logo.png')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });
});

describe('IPC', () => {
  const own = { senderFrame: { url: 'app://samspil/index.html', parent: null } };
  const invoke = (method: string, input: unknown, event: object = own) =>
    ipcMain.handlers.get(channelOf(method as (typeof API_METHODS)[number]))!(event, input);

  it('registers one handler per contract call and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('answers the app main frame through the door', async () => {
    expect(await invoke('content.all', {})).toEqual({ ok: true, value: [entry] });
    expect(await invoke('content.get', { id: 'ukendt' })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        issues: [{ path: [], code: 'content-not-found', params: { id: 'ukendt' } }],
      },
    });
  });

  it('refuses bad input with an issue naming the field', async () => {
    const result = await invoke('content.get', { id: '../etc' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: ['id'], code: 'invalid-id' }] },
    });
  });

  it.each([
    ['a subframe', { senderFrame: { url: 'app://samspil/index.html', parent: {} } }],
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'app://samspil.evil/index.html', parent: null } }],
    ['a vanished frame', { senderFrame: null }],
  ])('refuses calls from %s', async (_name, event) => {
    expect(await invoke('content.all', {}, event)).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
  });
});

describe('menu and window state', () => {
  it('sets a Danish menu with the standard roles and development items outside packages', () => {
    const { template } = Menu.applied as {
      template: { label: string; submenu: { role?: string; label?: string }[] }[];
    };
    const labels = template.map((menu) => menu.label);
    expect(labels).toEqual(expect.arrayContaining(['Filer', 'Rediger', 'Vis', 'Vindue']));
    const items = template.flatMap((menu) => menu.submenu);
    const byRole = new Map(items.filter((i) => i.role).map((i) => [i.role, i.label]));
    expect(byRole.get('copy')).toBe('Kopiér');
    expect(byRole.get('paste')).toBe('Sæt ind');
    expect(byRole.get('zoomIn')).toBe('Zoom ind');
    expect(byRole.has('toggleDevTools')).toBe(true);
  });

  it('remembers size and position in settings.json when the window closes', () => {
    mainWindow().emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    expect(saved.window).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: false });
  });

  it('quits at once when another instance holds the lock', () => {
    fakeAppState.singleInstanceLock = false;
    const windows = BrowserWindow.instances.length;
    app.quit.mockClear();
    startShell({ openServices });
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances.length).toBe(windows);
    fakeAppState.singleInstanceLock = true;
  });
});
