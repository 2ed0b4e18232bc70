// The app's own undo: the user's last handout actions (remove an item, reorder, delete a
// handout), newest last. Kept outside React so the toast, Ctrl+Z and the menu share one stack.
import { useSyncExternalStore } from 'react';

export type FocusFinder = () => HTMLElement | null;

export interface UndoEntry {
  /** What the toast says, e.g. "“Tillid” er fjernet fra handouten." */
  message: string;
  /** Reverses the action; resolves once the store has it, to a finder of where focus goes. */
  undo(): Promise<FocusFinder | void>;
  /** Increases with every entry, so the toast knows a new one from an old one. */
  seq: number;
}

const LIMIT = 20;
let entries: UndoEntry[] = [];
let seq = 0;
type Result = { text: string; error: boolean } | null;
let lastResult: Result = null;
const listeners = new Set<() => void>();
let snapshot: { top: UndoEntry | null; result: Result } = { top: null, result: null };

function emit(): void {
  snapshot = { top: entries.at(-1) ?? null, result: lastResult };
  for (const listener of listeners) listener();
}

export function pushUndo(entry: Omit<UndoEntry, 'seq'>): void {
  seq += 1;
  entries = [...entries.slice(-(LIMIT - 1)), { ...entry, seq }];
  lastResult = null;
  emit();
}

/** Forgets the newest entry without undoing it (the toast's ×). */
export function dismissUndo(): void {
  entries = entries.slice(0, -1);
  lastResult = null;
  emit();
}

export function clearUndoResult(): void {
  lastResult = null;
  emit();
}

/** Undoes the newest entry; false when there was nothing to undo. */
export async function undoLast(messages: {
  done: string;
  failed: (message: string) => string;
}): Promise<boolean> {
  const entry = entries.at(-1);
  if (!entry) return false;
  entries = entries.slice(0, -1);
  try {
    const findFocus = await entry.undo();
    lastResult = { text: messages.done, error: false };
    emit();
    if (findFocus) await focusWhenRendered(findFocus);
  } catch (error) {
    lastResult = { text: messages.failed((error as Error).message), error: true };
    emit();
  }
  return true;
}

export function useUndoState(): { top: UndoEntry | null; result: Result } {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

/** The restored element appears once React has rendered the store's answer: wait a few frames. */
async function focusWhenRendered(find: FocusFinder): Promise<void> {
  for (let frame = 0; frame < 30; frame++) {
    const target = find();
    if (target) {
      target.focus();
      return;
    }
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
  }
}
