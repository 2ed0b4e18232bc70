// The app-wide keys: one keydown listener that reads shared/shortcuts.ts and runs the action, and
// the mouse's side buttons (buttons 3 and 4) for Back and Forward outside Windows.
import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutId } from '../../shared/shortcuts';
import { navigate } from '../app/useRoute';
import { NAV_ITEMS } from '../views/layout/Navigation';
import { go } from './pageHistory';
import { isWindows, shortcutPlatform } from './platform';

export interface ShortcutActions {
  find: () => void;
  print: () => void;
  help: () => void;
}

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

function focusSearchField(): void {
  const field = document.getElementById('global-search');
  if (field instanceof HTMLInputElement) {
    field.focus();
    field.select();
  }
}

/** Runs a shortcut; false when it is someone else's to handle (Ctrl+S belongs to the editor). */
function run(id: ShortcutId, actions: ShortcutActions): boolean {
  switch (id) {
    case 'save':
      return false;
    case 'newNote':
      navigate({ name: 'noteNew' });
      return true;
    case 'find':
    case 'print':
    case 'help':
      actions[id]();
      return true;
    case 'search':
      focusSearchField();
      return true;
    case 'back':
    case 'forward':
      go(id);
      return true;
    default: {
      const item = NAV_ITEMS[Number(id.slice(4)) - 1];
      if (item) navigate(item.to);
      return true;
    }
  }
}

export function useShortcutKeys(actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const id = shortcutFor(event, shortcutPlatform, inTextField(event.target));
      if (id && run(id, latest.current)) event.preventDefault();
    };
    const onMouseUp = (event: MouseEvent) => {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      go(event.button === 3 ? 'back' : 'forward');
    };
    window.addEventListener('keydown', onKey);
    // On Windows the same buttons arrive as app commands in the main process instead.
    if (!isWindows) window.addEventListener('mouseup', onMouseUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouseUp);
    };
  }, []);
}
