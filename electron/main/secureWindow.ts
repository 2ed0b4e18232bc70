// The only place the app creates a BrowserWindow, so every window gets the same preferences from
// Electron's security checklist. They are written out literally (not computed) so that
// test/shell/windowSources.test.ts can verify them from the source.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface SecureWindowOptions extends Omit<
  BrowserWindowConstructorOptions,
  'webPreferences'
> {
  preload?: string;
  partition?: string;
  /** Off for windows that only ever show static HTML (the print window). */
  javascript?: boolean;
}

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const { preload, partition, javascript = true, ...windowOptions } = options;
  return new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      ...(preload ? { preload } : {}),
      ...(partition ? { partition } : {}),
      javascript,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links in a new window (denied anyway, see guards.ts).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  });
}
