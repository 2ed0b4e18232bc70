// The application menu in the interface language: standard roles (they work without any code of
// ours), except Fortryd/Annuller fortryd, which send the keystroke to the page so the app decides
// what is undone (a field's text, or the last handout action; renderer/undo). Reload and developer
// tools exist in development builds only.
import type { KeyboardInputEvent, MenuItemConstructorOptions, WebContents } from 'electron';
import type { Language } from '../../shared/api';
import { MENU_LABELS, type MenuLabel } from './menuLabels';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  productName: string;
  /** The interface language; Danish when not given. */
  language?: Language;
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

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isDev, isMac, productName } = options;
  const words = MENU_LABELS[options.language ?? 'da'];
  const l = (key: MenuLabel) => words[key].replace('{app}', productName);
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
      ],
    },
    {
      label: l('view'),
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: l('resetZoom') },
        { role: 'zoomIn', label: l('zoomIn') },
        { role: 'zoomOut', label: l('zoomOut') },
        separator,
        { role: 'togglefullscreen', label: l('fullscreen') },
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
  ];
}
