// The keys of the combobox field (ARIA 1.2 pattern): arrows move the active option, Home/End jump,
// Enter toggles it, Escape closes the list (or clears the text), Backspace in an empty field
// removes the last choice.
import type { KeyboardEvent } from 'react';

export interface ComboKeyState {
  open: boolean;
  setOpen(open: boolean): void;
  activeIndex: number;
  setActive(index: number): void;
  count: number;
  hasChoice: boolean;
  onChoose(): void;
  query: string;
  clearQuery(): void;
  removeLast(): void;
}

export function comboKeyHandler(s: ComboKeyState) {
  const step = (by: number) => {
    if (!s.open) s.setOpen(true);
    else s.setActive((s.activeIndex + by + s.count) % Math.max(s.count, 1));
  };
  return (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        step(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Home':
      case 'End':
        if (s.open && s.count > 0) {
          event.preventDefault();
          s.setActive(event.key === 'Home' ? 0 : s.count - 1);
        }
        break;
      case 'Enter':
        if (s.open && s.hasChoice) {
          event.preventDefault();
          s.onChoose();
        }
        break;
      case 'Escape':
        if (s.open || s.query) event.preventDefault();
        if (s.open) s.setOpen(false);
        else if (s.query) s.clearQuery();
        break;
      case 'Backspace':
        if (!s.query) s.removeLast();
        break;
    }
  };
}
