// One ipcMain.handle per contract call, each through the guarded door with the sender's frame:
// only the main frame of a page from the app's own origin may call.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, channelOf, type ApiHandlers } from '../../shared/api';
import { invokeChecked, type SenderFrame } from '../api/door';
import type { Log } from '../services/log/fileLog';
import { APP_ORIGIN } from './appProtocol';

function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // A frame disposed while its message was in flight throws on access.
    return null;
  }
}

export function registerApiIpc(
  ipcMain: IpcMain,
  handlers: ApiHandlers,
  allowedOrigin: string = APP_ORIGIN,
  log?: Log,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, input: unknown) =>
      invokeChecked(handlers, method, input, { frame: senderFrameOf(event), allowedOrigin }, log),
    );
  }
}
