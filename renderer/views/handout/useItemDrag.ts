// Drag and drop of handout items (HTML5): which item is dragged, where it would land, and the
// handlers that report a finished drag as a move from one index to another.
import { useState } from 'react';
import type { DragEvent } from 'react';

export interface ItemDrag {
  dragFrom: number | null;
  dropAt: number | null;
  /** The key of the item whose handle the pointer is on; only that item is draggable. */
  armed: string | null;
  arm(key: string | null): void;
  onDragStart(index: number): (event: DragEvent<HTMLElement>) => void;
  onDragOver(index: number): (event: DragEvent<HTMLLIElement>) => void;
  onDrop(event: DragEvent<HTMLOListElement>): void;
  onDragEnd(): void;
}

export function useItemDrag(move: (from: number, to: number) => void): ItemDrag {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  // Chromium starts no drag from a draggable <button>, so the item itself is dragged; it is only
  // draggable while the pointer is on its handle, so text in the comment stays selectable.
  const [armed, arm] = useState<string | null>(null);

  const reset = () => {
    setDragFrom(null);
    setDropAt(null);
  };

  return {
    dragFrom,
    dropAt,
    armed,
    arm,
    onDragStart: (index) => (event) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(index));
      setDragFrom(index);
    },
    onDragOver: (index) => (event) => {
      if (dragFrom === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const box = event.currentTarget.getBoundingClientRect();
      setDropAt(event.clientY > box.top + box.height / 2 ? index + 1 : index);
    },
    onDrop: (event) => {
      event.preventDefault();
      if (dragFrom !== null && dropAt !== null) {
        move(dragFrom, dropAt > dragFrom ? dropAt - 1 : dropAt);
      }
      reset();
    },
    onDragEnd: () => {
      reset();
      arm(null);
    },
  };
}
