// The platform ports backed by Electron: native dialogs attached to the main window, the system
// browser, the clipboard.
import path from 'node:path';
import {
  app,
  clipboard,
  ClipboardItem,
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { PlatformPorts } from '../api/platformPorts';
import type { SettingsStore } from '../services/settings/settingsStore';
import { openExternalSafely } from './openExternal';
import { createElectronPagePort, electronFilesPort } from './pagePort';

export function createElectronPlatform(deps: {
  settings: SettingsStore;
  dataDir: string;
  logFile: string | null;
  window: () => BrowserWindow | undefined;
}): PlatformPorts {
  const save = async (options: SaveDialogOptions): Promise<string | null> => {
    const parent = deps.window();
    const result = await (parent
      ? dialog.showSaveDialog(parent, options)
      : dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const parent = deps.window();
    const result = await (parent
      ? dialog.showOpenDialog(parent, options)
      : dialog.showOpenDialog(options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };

  return {
    page: createElectronPagePort(deps.window),
    files: electronFilesPort,
    dialogs: {
      saveFile: ({ title, defaultName, filters }) =>
        save({
          title,
          defaultPath: path.join(app.getPath('documents'), defaultName),
          filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        }),
      openFile: ({ title, filters }) => open({ title, filters, properties: ['openFile'] }),
      chooseFolder: ({ title }) =>
        open({ title, properties: ['openDirectory', 'createDirectory'] }),
    },
    openExternal: async (url) => {
      await openExternalSafely(url);
    },
    clipboard: {
      // Electron 45's clipboard takes W3C-style items: plain text always, HTML beside it when given.
      write: ({ text, html }) =>
        clipboard.write([
          new ClipboardItem(
            html === undefined ? { 'text/plain': text } : { 'text/plain': text, 'text/html': html },
          ),
        ]),
    },
    settings: deps.settings,
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      dataDir: deps.dataDir,
      logFile: deps.logFile,
    }),
  };
}
