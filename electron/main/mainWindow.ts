// The one app window: secure preferences, the app's own origin, size and position remembered.
import type { BrowserWindow } from 'electron';
import type { SettingsStore } from '../services/settings/settingsStore';
import { APP_START_URL } from './appProtocol';
import { createSecureWindow } from './secureWindow';
import { boundsToSave, MIN_SIZE, restoreBounds, type Rect } from './windowState';

export function createMainWindow(deps: {
  settings: SettingsStore;
  preload: string;
  workAreas: Rect[];
  title: string;
}): BrowserWindow {
  const saved = deps.settings.read().window;
  const window = createSecureWindow({
    ...restoreBounds(saved, deps.workAreas),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: deps.title,
    show: false,
    backgroundColor: '#ffffff',
    preload: deps.preload,
  });
  if (saved?.maximized) window.maximize();
  // Shown once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    deps.settings.update({ window: boundsToSave(window.getNormalBounds(), window.isMaximized()) });
  });
  void window.loadURL(APP_START_URL);
  return window;
}
