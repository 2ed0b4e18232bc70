// Hands a shortcut to the page as the key press itself (a menu click), and maps the Windows
// app commands of mouse side buttons and browser keys to the page's history.
import type { BrowserWindow, InputEvent } from 'electron';
import type { KeyCombo } from '../../shared/shortcuts';

/** Electron's key codes name the arrows without "Arrow". */
function keyCodeOf(combo: KeyCombo): string {
  return combo.key.replace(/^Arrow/, '');
}

export function sendShortcut(window: BrowserWindow | undefined, combo: KeyCombo, isMac: boolean) {
  if (!window || window.isDestroyed()) return;
  const modifiers: InputEvent['modifiers'] = [];
  if (combo.mod) modifiers.push(isMac ? 'meta' : 'control');
  if (combo.alt) modifiers.push('alt');
  if (combo.shift) modifiers.push('shift');
  const keyCode = keyCodeOf(combo);
  window.webContents.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
  window.webContents.sendInputEvent({ type: 'keyUp', keyCode, modifiers });
}

/** Windows reports the mouse's back/forward buttons as app commands on the window. */
export function followAppCommands(window: BrowserWindow): void {
  window.on('app-command', (_event, command) => {
    const history = window.webContents.navigationHistory;
    if (command === 'browser-backward' && history.canGoBack()) history.goBack();
    if (command === 'browser-forward' && history.canGoForward()) history.goForward();
  });
}
