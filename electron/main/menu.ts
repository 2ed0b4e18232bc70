// The Danish application menu: standard roles only (they work without any code of ours);
// reload and developer tools exist in development builds only.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  productName: string;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isDev, isMac, productName } = options;
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
      submenu: [isMac ? { role: 'close', label: 'Luk vindue' } : { role: 'quit', label: 'Afslut' }],
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
      ],
    },
    {
      label: 'Vis',
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom ind' },
        { role: 'zoomOut', label: 'Zoom ud' },
        separator,
        { role: 'togglefullscreen', label: 'Fuld skærm' },
      ],
    },
    {
      label: 'Vindue',
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: 'Minimér' },
        { role: 'close', label: 'Luk' },
      ],
    },
  ];
}
