// The app's keyboard shortcuts, one table for the renderer (which handles the keys and shows the
// *Tastaturgenveje* overview) and the main process (which shows them in the menus). Pure, so the
// rule that no shortcut takes a screen reader's keys is unit-tested.

/** Ctrl+1 … Ctrl+9: the views of the navigation, in its order (the View menu lists them too). */
export const VIEW_SHORTCUT_IDS = [
  'view1',
  'view2',
  'view3',
  'view4',
  'view5',
  'view6',
  'view7',
  'view8',
  'view9',
] as const;

export const SHORTCUT_IDS = [
  'newNote',
  'save',
  'find',
  'print',
  'search',
  'back',
  'forward',
  ...VIEW_SHORTCUT_IDS,
  'help',
] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

/** `key` is KeyboardEvent.key; `code` (KeyboardEvent.code) matches layouts where the key moves. */
export interface KeyCombo {
  key: string;
  code?: string;
  /** Ctrl, or ⌘ on macOS. */
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** Only outside text fields: a bare key there is typing. */
  outsideFields?: boolean;
}

export type ShortcutPlatform = 'mac' | 'other';

const mod = (key: string, code?: string): KeyCombo => ({ key, code, mod: true });

const VIEW_COMBOS = Array.from({ length: 9 }, (_, i) => mod(String(i + 1), `Digit${i + 1}`));

/** The combos of each shortcut, per platform; the first is the one shown. */
export function shortcutCombos(id: ShortcutId, platform: ShortcutPlatform): KeyCombo[] {
  const mac = platform === 'mac';
  switch (id) {
    case 'newNote':
      return [mod('n', 'KeyN')];
    case 'save':
      return [mod('s', 'KeyS')];
    case 'find':
      return [mod('f', 'KeyF')];
    case 'print':
      return [mod('p', 'KeyP')];
    case 'search':
      return [mod('k', 'KeyK'), mod('l', 'KeyL')];
    case 'back':
      return mac ? [mod('[', 'BracketLeft')] : [{ key: 'ArrowLeft', alt: true }];
    case 'forward':
      return mac ? [mod(']', 'BracketRight')] : [{ key: 'ArrowRight', alt: true }];
    case 'help':
      return [{ key: 'F1' }, { key: '?', shift: true, outsideFields: true }];
    default:
      return [VIEW_COMBOS[Number(id.slice(4)) - 1] as KeyCombo];
  }
}

interface KeyEventLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function matches(
  combo: KeyCombo,
  event: KeyEventLike,
  platform: ShortcutPlatform,
  inField: boolean,
) {
  if (combo.outsideFields && inField) return false;
  const modDown = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const otherMod = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (Boolean(combo.mod) !== modDown || otherMod) return false;
  if (Boolean(combo.alt) !== event.altKey) return false;
  // Shift is part of a printed character such as "?", so it is checked only where it is asked for.
  if (combo.shift === undefined && event.shiftKey) return false;
  return event.key.toLowerCase() === combo.key.toLowerCase() || event.code === combo.code;
}

/** The shortcut a key press means, if any. `inField`: the focus is in a text field. */
export function shortcutFor(
  event: KeyEventLike,
  platform: ShortcutPlatform,
  inField: boolean,
): ShortcutId | null {
  for (const id of SHORTCUT_IDS) {
    if (shortcutCombos(id, platform).some((c) => matches(c, event, platform, inField))) return id;
  }
  return null;
}

const KEY_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→' };

/** How a combo is written for people: `Ctrl+N`, `⌘N`, `Alt+←`. */
export function comboLabel(combo: KeyCombo, platform: ShortcutPlatform): string {
  const key =
    KEY_NAMES[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  if (platform === 'mac') {
    return `${combo.alt ? '⌥' : ''}${combo.mod ? '⌘' : ''}${key}`;
  }
  return [combo.mod ? 'Ctrl' : '', combo.alt ? 'Alt' : '', key].filter(Boolean).join('+');
}

/** The same combo as an Electron menu accelerator (`CmdOrCtrl+N`, `Alt+Left`). */
export function comboAccelerator(combo: KeyCombo): string {
  const key = combo.key.replace(/^Arrow/, '');
  return [
    combo.mod ? 'CmdOrCtrl' : '',
    combo.alt ? 'Alt' : '',
    key.length === 1 ? key.toUpperCase() : key,
  ]
    .filter(Boolean)
    .join('+');
}

/**
 * The keys screen readers take for themselves: NVDA, JAWS and Narrator use Insert and Caps Lock
 * as their modifier and Ctrl+Alt with the arrows for tables; VoiceOver uses Ctrl+Option; in
 * browse mode NVDA and JAWS take single letters and digits for quick navigation.
 */
export function takesScreenReaderKeys(combo: KeyCombo): boolean {
  if (combo.key === 'Insert' || combo.key === 'CapsLock') return true;
  if (combo.mod && combo.alt) return true;
  const bare = !combo.mod && !combo.alt;
  return bare && /^[a-z0-9]$/i.test(combo.key);
}
