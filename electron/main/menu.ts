// The application menu in the interface language: standard roles (they work without any code of
// ours), plus the app's own shortcuts (shared/shortcuts.ts) shown with their keys. Those keys stay
// the renderer's (registerAccelerator: false), and a click on the item hands the same key press to
// the page, so mouse and keyboard take one path. Fortryd/Annuller fortryd likewise send the
// keystroke to the page so the app decides what is undone (a field's text, or the last handout
// action; renderer/undo). Reload and developer tools exist in development builds only.
import type { KeyboardInputEvent, MenuItemConstructorOptions, WebContents } from 'electron';
import type { Language } from '../../shared/api';
import {
  comboAccelerator,
  shortcutCombos,
  VIEW_SHORTCUT_IDS,
  type KeyCombo,
  type ShortcutId,
} from '../../shared/shortcuts';
import { MENU_LABELS, type MenuLabel } from './menuLabels';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  productName: string;
  /** The interface language; Danish when not given. */
  language?: Language;
  /** Delivers a shortcut's key press to the app window's page. */
  onShortcut?: (combo: KeyCombo) => void;
}

/** The keystroke of an undo or redo, as the page would get it from the keyboard. */
export function undoKeystrokes(isMac: boolean, redo: boolean): KeyboardInputEvent[] {
  const modifiers: KeyboardInputEvent['modifiers'] = [isMac ? 'meta' : 'control'];
  if (redo) modifiers.push('shift');
  return [
    { type: 'keyDown', keyCode: 'Z', modifiers },
    { type: 'keyUp', keyCode: 'Z', modifiers },
  ];
}

function keystrokeItem(label: string, isMac: boolean, redo: boolean): MenuItemConstructorOptions {
  return {
    label,
    accelerator: redo ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Z',
    // The key itself goes to the page; the menu item only shows it and sends the same key.
    registerAccelerator: false,
    click: (_item, window) => {
      const contents = (window as { webContents?: WebContents } | undefined)?.webContents;
      for (const event of undoKeystrokes(isMac, redo)) contents?.sendInputEvent(event);
    },
  };
}

function shortcutItem(
  options: MenuOptions,
  id: ShortcutId,
  label: string,
): MenuItemConstructorOptions {
  const [combo] = shortcutCombos(id, options.isMac ? 'mac' : 'other');
  if (!combo) return { label, enabled: false };
  return {
    label,
    accelerator: comboAccelerator(combo),
    registerAccelerator: false,
    click: () => options.onShortcut?.(combo),
  };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isDev, isMac, productName } = options;
  const words = MENU_LABELS[options.language ?? 'da'];
  const l = (key: MenuLabel) => words[key].replace('{app}', productName);
  const item = (id: ShortcutId, label: string) => shortcutItem(options, id, label);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: productName,
          submenu: [
            { role: 'about', label: l('about') },
            separator,
            { role: 'hide', label: l('hide') },
            { role: 'hideOthers', label: l('hideOthers') },
            { role: 'unhide', label: l('unhide') },
            separator,
            { role: 'quit', label: l('quitApp') },
          ],
        },
      ]
    : [];
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: l('reload') },
        { role: 'forceReload', label: l('forceReload') },
        { role: 'toggleDevTools', label: l('devTools') },
        separator,
      ]
    : [];
  return [
    ...appMenu,
    {
      label: l('file'),
      submenu: [
        item('newNote', l('newNote')),
        item('save', l('save')),
        item('print', l('print')),
        separator,
        isMac ? { role: 'close', label: l('closeWindow') } : { role: 'quit', label: l('quit') },
      ],
    },
    {
      label: l('edit'),
      submenu: [
        keystrokeItem(l('undo'), isMac, false),
        keystrokeItem(l('redo'), isMac, true),
        separator,
        { role: 'cut', label: l('cut') },
        { role: 'copy', label: l('copy') },
        { role: 'paste', label: l('paste') },
        { role: 'selectAll', label: l('selectAll') },
        separator,
        item('find', l('find')),
      ],
    },
    {
      label: l('view'),
      submenu: [
        ...VIEW_SHORTCUT_IDS.map((id) => item(id, l(id))),
        separator,
        ...devItems,
        { role: 'resetZoom', label: l('resetZoom') },
        { role: 'zoomIn', label: l('zoomIn') },
        { role: 'zoomOut', label: l('zoomOut') },
        separator,
        { role: 'togglefullscreen', label: l('fullscreen') },
      ],
    },
    {
      label: l('go'),
      submenu: [
        item('back', l('back')),
        item('forward', l('forward')),
        separator,
        item('search', l('search')),
      ],
    },
    {
      label: l('window'),
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: l('minimize') },
        { role: 'close', label: l('close') },
      ],
    },
    { label: l('help'), role: 'help', submenu: [item('help', l('shortcuts'))] },
  ];
}
