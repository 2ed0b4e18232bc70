// What the handlers need from the platform, injected so the app passes Electron's dialogs,
// shell and clipboard while the test bridge passes fakes.
import type { AppInfo, FindResult, Language } from '../../shared/api';
import type { SettingsStore } from '../services/settings/settingsStore';

export interface FileFilter {
  /** Label shown in the dialog, in the interface language. */
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

/** The app window's own page: find in page and print (Electron's webContents). */
export interface PagePort {
  findInPage(text: string, options: { forward: boolean; findNext: boolean }): Promise<FindResult>;
  stopFindInPage(): void;
  /** Resolves true when the user printed, false when they cancelled the dialog. */
  print(): Promise<boolean>;
}

/** The system's file handling (Electron's shell), for files the app has just written. */
export interface FilesPort {
  openPath(file: string): Promise<void>;
  showItemInFolder(file: string): void;
}

export interface PlatformPorts {
  page: PagePort;
  files: FilesPort;
  dialogs: DialogPort;
  /** Opens an already vetted http/https/mailto URL outside the app. */
  openExternal(url: string): Promise<void>;
  clipboard: ClipboardPort;
  settings: SettingsStore;
  appInfo(): AppInfo;
  /** Told when the user switches the interface language (the app rebuilds its menu). */
  languageChanged?(language: Language): void;
}
