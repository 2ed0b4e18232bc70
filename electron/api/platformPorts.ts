// What the handlers need from the platform, injected so the app passes Electron's dialogs,
// shell and clipboard while the test bridge passes fakes.
import type { AppInfo } from '../../shared/api';
import type { SettingsStore } from '../services/settings/settingsStore';

export interface FileFilter {
  /** Danish label shown in the dialog. */
  name: string;
  extensions: string[];
}

interface SaveFileRequest {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

interface OpenFileRequest {
  title: string;
  filters: FileFilter[];
}

interface FolderRequest {
  title: string;
}

/** Each dialog resolves to the chosen path, or null when the user cancels. */
interface DialogPort {
  saveFile(request: SaveFileRequest): Promise<string | null>;
  openFile(request: OpenFileRequest): Promise<string | null>;
  chooseFolder(request: FolderRequest): Promise<string | null>;
}

interface ClipboardPort {
  write(data: { text: string; html?: string }): Promise<void> | void;
}

export interface PlatformPorts {
  dialogs: DialogPort;
  /** Opens an already vetted http/https/mailto URL outside the app. */
  openExternal(url: string): Promise<void>;
  clipboard: ClipboardPort;
  settings: SettingsStore;
  appInfo(): AppInfo;
}
