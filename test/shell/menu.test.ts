// The Danish menu: standard roles, and reload/devtools only in development.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu';
import { MENU_LABELS } from '../../electron/main/menuLabels';
import { SHORTCUT_IDS, type KeyCombo } from '../../shared/shortcuts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [
    menu,
    ...(Array.isArray(menu.submenu) ? items(menu.submenu) : []),
  ]);
}
const roles = (template: MenuItemConstructorOptions[]) =>
  new Set(
    items(template)
      .map((item) => item.role)
      .filter(Boolean),
  );

describe('buildMenuTemplate', () => {
  it.each([
    { isDev: true, isMac: false },
    { isDev: false, isMac: false },
    { isDev: false, isMac: true },
  ])('labels every item in Danish (%o)', (options) => {
    const template = buildMenuTemplate({ ...options, productName: 'Samspil' });
    for (const item of items(template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toMatch(/^(Edit|View|Window|Copy|Paste|Quit|Zoom In|Reload)$/);
    }
    const present = roles(template);
    for (const role of ['copy', 'paste', 'cut', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(present.has(role as never), role).toBe(true);
    }
  });

  it('offers reload and developer tools only in development', () => {
    const dev = roles(buildMenuTemplate({ isDev: true, isMac: false, productName: 'Samspil' }));
    const packaged = roles(
      buildMenuTemplate({ isDev: false, isMac: false, productName: 'Samspil' }),
    );
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(dev.has(role as never)).toBe(true);
      expect(packaged.has(role as never)).toBe(false);
    }
  });

  it('shows the app shortcuts with their keys and hands a click to the page as that key', () => {
    const sent: KeyCombo[] = [];
    const template = buildMenuTemplate({
      isDev: false,
      isMac: false,
      productName: 'Samspil',
      onShortcut: (combo) => void sent.push(combo),
    });
    const byLabel = new Map(items(template).map((item) => [item.label, item]));
    expect(byLabel.get('Ny note')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel.get('Find på siden …')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel.get('Tilbage')?.accelerator).toBe('Alt+Left');
    expect(byLabel.get('Mine noter')?.accelerator).toBe('CmdOrCtrl+6');
    expect(byLabel.get('Tastaturgenveje')?.accelerator).toBe('F1');
    // The page handles the keys itself; the menu only shows them.
    expect(byLabel.get('Ny note')?.registerAccelerator).toBe(false);
    const click = byLabel.get('Udskriv …')?.click as () => void;
    click();
    expect(sent).toEqual([{ key: 'p', code: 'KeyP', mod: true }]);
    const mac = buildMenuTemplate({ isDev: false, isMac: true, productName: 'Samspil' });
    expect(items(mac).find((i) => i.label === 'Tilbage')?.accelerator).toBe('CmdOrCtrl+[');
  });
});

describe('the View menu', () => {
  it('lists every navigation shortcut of the shortcut table, in order, with its key', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: false, productName: 'Samspil' });
    const view = template.find((menu) => menu.label === MENU_LABELS.da.view);
    const submenu = (view?.submenu ?? []) as MenuItemConstructorOptions[];
    const navigation = submenu.slice(
      0,
      submenu.findIndex((item) => item.type === 'separator'),
    );
    const viewIds = SHORTCUT_IDS.filter((id) => id.startsWith('view'));
    expect(viewIds).toHaveLength(9);
    expect(navigation.map((item) => [item.label, item.accelerator])).toEqual(
      viewIds.map((id, i) => [
        MENU_LABELS.da[id as keyof (typeof MENU_LABELS)['da']],
        `CmdOrCtrl+${i + 1}`,
      ]),
    );
  });
});

describe('the menu in the interface language, and its undo', () => {
  const labels = (language: 'da' | 'en') =>
    items(buildMenuTemplate({ isDev: false, isMac: false, productName: 'Samspil', language }))
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label);

  it('speaks English in the English interface and Danish by default', () => {
    expect(labels('en')).toEqual(expect.arrayContaining(['File', 'Edit', 'Undo', 'View']));
    expect(labels('en')).not.toContain('Fortryd');
    expect(labels('da')).toEqual(expect.arrayContaining(['Filer', 'Rediger', 'Fortryd']));
    expect(
      items(buildMenuTemplate({ isDev: false, isMac: false, productName: 'Samspil' })).map(
        (i) => i.label,
      ),
    ).toContain('Fortryd');
  });

  it('sends Ctrl+Z to the page for Fortryd instead of the browser’s page-wide undo', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: false, productName: 'Samspil' });
    const undo = items(template).find((item) => item.label === 'Fortryd');
    expect(undo?.role).toBeUndefined();
    expect(undo?.registerAccelerator).toBe(false);
    const sent: unknown[] = [];
    const window = { webContents: { sendInputEvent: (event: unknown) => sent.push(event) } };
    (undo?.click as unknown as (item: unknown, window: unknown) => void)(undefined, window);
    expect(sent).toEqual([
      { type: 'keyDown', keyCode: 'Z', modifiers: ['control'] },
      { type: 'keyUp', keyCode: 'Z', modifiers: ['control'] },
    ]);
  });
});
