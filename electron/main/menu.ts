// The Danish application menu: standard roles, plus the app's own shortcuts (shared/shortcuts.ts)
// shown with their keys. Those keys stay the renderer's (registerAccelerator: false), and a click
// on the item hands the same key press to the page, so mouse and keyboard take one path.
// Reload and developer tools exist in development builds only.
import type { MenuItemConstructorOptions } from 'electron';
import {
  comboAccelerator,
  shortcutCombos,
  type KeyCombo,
  type ShortcutId,
} from '../../shared/shortcuts';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  productName: string;
  /** Delivers a shortcut's key press to the app window's page. */
  onShortcut?: (combo: KeyCombo) => void;
}

const VIEW_LABELS = [
  'Forside',
  'Partnerskaber',
  'Citater',
  'Succesfaktorer',
  'Søg',
  'Mine noter',
  'Mine partnerskaber',
  'Handout',
  'Indstillinger',
];

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
  const item = (id: ShortcutId, label: string) => shortcutItem(options, id, label);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: productName,
          submenu: [
            { role: 'about', label: `Om ${productName}` },
            separator,
            { role: 'hide', label: `Skjul ${productName}` },
            { role: 'hideOthers', label: 'Skjul andre' },
            { role: 'unhide', label: 'Vis alle' },
            separator,
            { role: 'quit', label: `Afslut ${productName}` },
          ],
        },
      ]
    : [];
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: 'Genindlæs' },
        { role: 'forceReload', label: 'Gennemtving genindlæsning' },
        { role: 'toggleDevTools', label: 'Udviklerværktøjer' },
        separator,
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'Filer',
      submenu: [
        item('newNote', 'Ny note'),
        item('save', 'Gem'),
        item('print', 'Udskriv …'),
        separator,
        isMac ? { role: 'close', label: 'Luk vindue' } : { role: 'quit', label: 'Afslut' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Fortryd' },
        { role: 'redo', label: 'Annuller fortryd' },
        separator,
        { role: 'cut', label: 'Klip' },
        { role: 'copy', label: 'Kopiér' },
        { role: 'paste', label: 'Sæt ind' },
        { role: 'selectAll', label: 'Markér alt' },
        separator,
        item('find', 'Find på siden …'),
      ],
    },
    {
      label: 'Vis',
      submenu: [
        ...VIEW_LABELS.map((label, i) => item(`view${i + 1}` as ShortcutId, label)),
        separator,
        ...devItems,
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom ind' },
        { role: 'zoomOut', label: 'Zoom ud' },
        separator,
        { role: 'togglefullscreen', label: 'Fuld skærm' },
      ],
    },
    {
      label: 'Gå',
      submenu: [item('back', 'Tilbage'), item('forward', 'Frem'), separator, item('search', 'Søg')],
    },
    {
      label: 'Vindue',
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: 'Minimér' },
        { role: 'close', label: 'Luk' },
      ],
    },
    { label: 'Hjælp', role: 'help', submenu: [item('help', 'Tastaturgenveje')] },
  ];
}
