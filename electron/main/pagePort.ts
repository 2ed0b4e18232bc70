// Find in page, print and the shell's file calls for the app window, behind the platform ports so
// the handlers (and the door in front of them) stay the only way the renderer reaches them.
import { shell, type BrowserWindow, type FoundInPageResult } from 'electron';
import { ApiError, type FindResult } from '../../shared/api';
import type { FilesPort, PagePort } from '../api/platformPorts';

function contentsOf(window: () => BrowserWindow | undefined) {
  const current = window();
  if (!current || current.isDestroyed()) throw new ApiError('unavailable', 'window-closed');
  return current.webContents;
}

export function createElectronPagePort(window: () => BrowserWindow | undefined): PagePort {
  return {
    findInPage(text, { forward, findNext }) {
      const contents = contentsOf(window);
      return new Promise<FindResult>((resolve) => {
        // Electron answers with `found-in-page` events; the final one for our request counts.
        let requestId = -1;
        const onFound = (_event: unknown, result: FoundInPageResult) => {
          if (result.requestId !== requestId || !result.finalUpdate) return;
          contents.off('found-in-page', onFound);
          resolve({ matches: result.matches, activeMatchOrdinal: result.activeMatchOrdinal });
        };
        contents.on('found-in-page', onFound);
        requestId = contents.findInPage(text, { forward, findNext, matchCase: false });
      });
    },
    stopFindInPage() {
      contentsOf(window).stopFindInPage('keepSelection');
    },
    print() {
      const contents = contentsOf(window);
      return new Promise<boolean>((resolve) => {
        contents.print({ printBackground: false }, (printed) => resolve(printed));
      });
    },
  };
}

export const electronFilesPort: FilesPort = {
  async openPath(file) {
    // shell.openPath answers with an error text, or '' when the file was opened.
    const failure = await shell.openPath(file);
    if (failure) throw new ApiError('unavailable', 'file-open-failed', { detail: failure });
  },
  showItemInFolder(file) {
    shell.showItemInFolder(file);
  },
};
