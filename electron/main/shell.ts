// Starts the desktop app: security first (sandbox, guards, locked sessions, the app protocol),
// then the services, the IPC door, the menu and the window. main.ts only calls startShell().
import path from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  type BrowserWindow,
} from 'electron';
import { createApiHandlers } from '../api/handlers';
import { PRODUCT_NAME, resolveDataDir } from '../services/dataDir';
import { openServices, type ServiceOptions, type Services } from '../services/services';
import { openFileLog } from '../services/log/fileLog';
import { APP_BUSY_TIMEOUT_MS } from '../services/store/openStore';
import { openSettingsStore } from '../services/settings/settingsStore';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { createElectronPlatform } from './electronPlatform';
import { guardAllWebContents, hardenSession } from './guards';
import { registerApiIpc } from './ipc';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import type { Language } from '../../shared/api';
import type { PlatformPorts } from '../api/platformPorts';
import { openExternalSafely } from './openExternal';
import { createElectronPdfRenderer } from './pdfRenderer';
import { followAppCommands, sendShortcut } from './shortcutInput';

export interface ShellOptions {
  /** Replaced in the main-process tests; the app uses the real services. */
  openServices?: (options: ServiceOptions) => Services;
}

interface AppPaths {
  rendererDir: string;
  corpusDir: string;
  preload: string;
}

/** Everything the app loads lives inside the app bundle (the asar archive when packaged). */
function appPaths(appPath: string): AppPaths {
  return {
    rendererDir: path.join(appPath, 'dist', 'renderer'),
    corpusDir: path.join(appPath, 'dist', 'content'),
    preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
  };
}

export function startShell(options: ShellOptions = {}): void {
  app.setName(PRODUCT_NAME);
  // The same folder the CLI uses (SAMSPIL_DATA_DIR or <appData>/Samspil), so both see the same notes.
  const dataDir = resolveDataDir(undefined);
  app.setPath('userData', dataDir);
  app.enableSandbox();
  const log = openFileLog(path.join(dataDir, 'logs'));
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  guardAllWebContents(app, openExternalSafely);
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => {
      const paths = appPaths(app.getAppPath());
      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));

      const settings = openSettingsStore(dataDir);
      const pdfRenderer = createElectronPdfRenderer();
      const services = (options.openServices ?? openServices)({
        dataDir,
        corpusDir: paths.corpusDir,
        backupDir: settings.read().backupDir,
        busyTimeoutMs: APP_BUSY_TIMEOUT_MS,
        pdfRenderer,
        log,
        watchTeamFolder: {},
      });
      app.on('will-quit', () => {
        services.close();
        pdfRenderer.dispose();
      });

      // The menu speaks the interface language, and is rebuilt when the user switches it.
      const isMac = process.platform === 'darwin';
      const showMenu = (language: Language) =>
        Menu.setApplicationMenu(
          Menu.buildFromTemplate(
            buildMenuTemplate({
              isDev: !app.isPackaged,
              isMac,
              productName: PRODUCT_NAME,
              language,
              onShortcut: (combo) => sendShortcut(mainWindow, combo, isMac),
            }),
          ),
        );
      const platform: PlatformPorts = {
        ...createElectronPlatform({
          settings,
          dataDir,
          logFile: log.file,
          window: () => mainWindow,
        }),
        languageChanged: showMenu,
      };
      registerApiIpc(ipcMain, createApiHandlers(services, platform), undefined, log);
      showMenu(settings.read().language);

      mainWindow = createMainWindow({
        settings,
        preload: paths.preload,
        workAreas: screen.getAllDisplays().map((display) => display.workArea),
        title: PRODUCT_NAME,
      });
      followAppCommands(mainWindow);
    })
    .catch((error: unknown) => {
      log.error('app.start-failed', {}, error);
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(`${PRODUCT_NAME} kunne ikke starte`, message);
      app.exit(1);
    });
}
