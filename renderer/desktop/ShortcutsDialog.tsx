// The *Tastaturgenveje* overview (F1 or ?): a modal dialog with every shortcut from the one table
// in shared/shortcuts.ts. The native <dialog> traps focus and closes on Escape; closing returns
// the focus to where it was.
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { comboLabel, shortcutCombos, SHORTCUT_IDS, type ShortcutId } from '../../shared/shortcuts';
import { useT } from '../i18n';
import type { ScopedTranslate } from '../i18n';
import { NAV_ITEMS } from '../views/layout/Navigation';
import { shortcutPlatform } from './platform';

export interface ShortcutsDialogHandle {
  open: () => void;
}

type DesktopKey = Parameters<ScopedTranslate<'desktop'>>[0];

const ACTION_LABELS: Partial<Record<ShortcutId, DesktopKey>> = {
  newNote: 'shortcutNewNote',
  save: 'shortcutSave',
  find: 'shortcutFind',
  print: 'shortcutPrint',
  search: 'shortcutSearch',
  back: 'shortcutBack',
  forward: 'shortcutForward',
  help: 'shortcutHelp',
};

export const ShortcutsDialog = forwardRef<ShortcutsDialogHandle>(function ShortcutsDialog(_, ref) {
  const t = useT('desktop');
  const tt = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useImperativeHandle(ref, () => ({
    open() {
      const el = dialog.current;
      if (!el || el.open) return;
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
    },
  }));

  const actionLabel = (id: ShortcutId): string => {
    const key = ACTION_LABELS[id];
    if (key) return t(key);
    const item = NAV_ITEMS[Number(id.slice(4)) - 1];
    return t('shortcutView', { view: item ? tt(item.label) : id });
  };

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => returnTo.current?.focus()}
    >
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      <p className="muted">{t('shortcutsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcutsColAction')}</th>
            <th scope="col">{t('shortcutsColKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_IDS.map((id) => (
            <tr key={id}>
              <td>{actionLabel(id)}</td>
              <td>
                {shortcutCombos(id, shortcutPlatform).map((combo, i) => (
                  <span key={i}>
                    {i > 0 && ` ${t('shortcutsOr')} `}
                    <kbd>{comboLabel(combo, shortcutPlatform)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button button-primary" autoFocus>
          {t('shortcutsClose')}
        </button>
      </form>
    </dialog>
  );
});
