// A stand-in for the 'electron' module (vi.mock) that records what the main process asks of it:
// windows and their preferences, web-contents handlers, protocol handlers, IPC handlers, session
// handlers, menus and external openings. Only what the shell uses is modelled.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

/** An event whose preventDefault() is observable. */
export function fakeEvent(): { preventDefault(): void; defaultPrevented: boolean } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly printToPDF = vi.fn(async (_options: object) => Buffer.from('%PDF-1.7 fake'));
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  constructor(
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>,
  ) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  isMinimized = () => this.minimized;
  isMaximized = () => false;
  isDestroyed = () => this.destroyed;
  getNormalBounds = () => ({ x: 40, y: 30, width: 1000, height: 700 });
  destroy(): void {
    this.destroyed = true;
  }
}
export { FakeBrowserWindow as BrowserWindow };

export class FakeSession {
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  beforeRequest: Listener | undefined;
  readonly webRequest = {
    onBeforeRequest: (listener: Listener) => void (this.beforeRequest = listener),
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
}

const partitions = new Map<string, FakeSession>();
export const session = {
  defaultSession: new FakeSession(),
  fromPartition(name: string): FakeSession {
    const existing = partitions.get(name) ?? new FakeSession();
    partitions.set(name, existing);
    return existing;
  },
};

export const fakeAppState = {
  singleInstanceLock: true,
  appPath: '/fake/app',
  paths: new Map<string, string>(),
};

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  setName: vi.fn(),
  setPath: vi.fn((name: string, value: string) => void fakeAppState.paths.set(name, value)),
  getPath: (name: string) => fakeAppState.paths.get(name) ?? `/fake/${name}`,
  getAppPath: () => fakeAppState.appPath,
  getVersion: () => '0.1.0-test',
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => fakeAppState.singleInstanceLock),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: () => Promise.resolve(),
});

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
  handle(channel: string, handler: (event: unknown, input: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
};

export const Menu = {
  applied: undefined as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown): void {
    this.applied = menu;
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const clipboard = { write: vi.fn(async (_items: unknown[]) => undefined) };
export class ClipboardItem {
  constructor(readonly items: Record<string, string>) {}
}
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};
export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
};
