// Which keys the shortcuts use here: ⌘ on macOS, Ctrl elsewhere; Windows reports the mouse's side
// buttons to the main process (app-command) rather than to the page.
import type { ShortcutPlatform } from '../../shared/shortcuts';

const platformName = typeof navigator === 'undefined' ? '' : navigator.platform;

export const shortcutPlatform: ShortcutPlatform = /Mac|iPhone|iPad/.test(platformName)
  ? 'mac'
  : 'other';

export const isWindows = /^Win/.test(platformName);
