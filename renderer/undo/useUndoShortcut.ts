// Ctrl+Z (Cmd+Z) for the whole window, and the menu's Fortryd, which sends the same keystroke:
// in a text field it is that field's own text undo, as far back as the field's value when it got
// focus; anywhere else it undoes the user's last handout action.
import { useEffect } from 'react';
import { useT } from '../i18n';
import { fieldMayHandle, isTextField, rememberFocusedValue, undoKeyOf } from './textUndoGuard';
import { undoLast } from './undoStack';

export function useUndoShortcut(): void {
  const t = useT('editor');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = undoKeyOf(event);
      if (!key) return;
      const target = event.target;
      if (isTextField(target)) {
        if (!fieldMayHandle(target, key)) event.preventDefault();
        return;
      }
      event.preventDefault();
      if (key === 'undo') {
        void undoLast({
          done: t('undone'),
          failed: (message) => t('undoFailed', { message }),
        });
      }
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('focusin', rememberFocusedValue, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('focusin', rememberFocusedValue, true);
    };
  }, [t]);
}
