// What the desktop app adds to every page: the shortcut keys and the mouse's side buttons, the
// find bar, the shortcuts overview, the scroll memory of Back/Forward and the *Senest set* list.
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { Route } from '../app/router';
import { useT } from '../i18n';
import { FindBar, type FindBarHandle } from './FindBar';
import { rememberScrollPositions } from './pageHistory';
import { ShortcutsDialog, type ShortcutsDialogHandle } from './ShortcutsDialog';
import { useRecordVisits } from './useRecordVisits';
import { useShortcutKeys } from './useShortcutKeys';
import './desktop.css';
import './print.css';
import './theme.css';

/** Publishes the sticky header's height as --header-height, for toolbars that stick below it. */
function useHeaderHeight(): void {
  useEffect(() => {
    const header = document.querySelector('.app-header');
    if (!header) return;
    const observer = new ResizeObserver(() => {
      const height = header.getBoundingClientRect().height;
      document.documentElement.style.setProperty('--header-height', `${Math.ceil(height)}px`);
    });
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
}

export function DesktopLayer({ route }: { route: Route }) {
  const t = useT('desktop');
  const findBar = useRef<FindBarHandle>(null);
  const shortcuts = useRef<ShortcutsDialogHandle>(null);
  const [printError, setPrintError] = useState<string | null>(null);

  useEffect(() => rememberScrollPositions(), []);
  useHeaderHeight();
  useRecordVisits(route);
  useShortcutKeys({
    find: () => findBar.current?.open(),
    help: () => shortcuts.current?.open(),
    print: () => {
      setPrintError(null);
      call('app.print', {}).catch((e: unknown) => setPrintError((e as Error).message));
    },
  });

  return (
    <>
      <FindBar ref={findBar} />
      <ShortcutsDialog ref={shortcuts} />
      <div role="alert" className="print-error">
        {printError && (
          <p className="notice notice-error">{t('printFailed', { message: printError })}</p>
        )}
      </div>
    </>
  );
}
