// The last deletion, kept outside the views so the undo toast survives the move from the editor
// back to the list.
import { useSyncExternalStore } from 'react';

export interface Deletion {
  ids: string[];
  title: string;
  /** Increases with every deletion, so a new toast takes focus again. */
  seq: number;
}

let current: Deletion | null = null;
let seq = 0;
const listeners = new Set<() => void>();

function emit(next: Deletion | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function rememberDeletion(ids: string[], title: string): void {
  seq += 1;
  emit({ ids, title, seq });
}

export function forgetDeletion(): void {
  emit(null);
}

export function useLastDeletion(): Deletion | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
