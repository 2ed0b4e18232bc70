// Keeps the browser's text undo inside the field that has focus. Chromium keeps one undo history
// for the whole page, so Ctrl+Z in (or outside) a field can rewrite another field the user left
// long ago, and the autosave then stores that. Here a field may undo only back to what it held
// when it got focus; Ctrl+Z anywhere else is the app's own undo (undoStack.ts).
const valueAtFocus = new WeakMap<HTMLElement, string>();
const undoneSinceFocus = new WeakMap<HTMLElement, number>();

type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

export function isTextField(target: EventTarget | null): target is TextField {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

export type UndoKey = 'undo' | 'redo' | null;

export function undoKeyOf(event: KeyboardEvent): UndoKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function rememberFocusedValue(event: FocusEvent): void {
  const field = event.target;
  if (!isTextField(field)) return;
  valueAtFocus.set(field, field.value);
  undoneSinceFocus.set(field, 0);
}

/** True when the browser may run its own text undo or redo in this field. */
export function fieldMayHandle(field: TextField, key: 'undo' | 'redo'): boolean {
  if (key === 'undo') {
    const mayUndo = field.value !== (valueAtFocus.get(field) ?? field.value);
    if (mayUndo) undoneSinceFocus.set(field, (undoneSinceFocus.get(field) ?? 0) + 1);
    return mayUndo;
  }
  const undone = undoneSinceFocus.get(field) ?? 0;
  if (undone > 0) undoneSinceFocus.set(field, undone - 1);
  return undone > 0;
}
