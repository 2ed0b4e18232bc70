// Undo entries for the handout: each reverses one action on the handout it was done to (the
// current one through the basket, another one directly), without undoing later comments.
import type { HandoutItem } from '../../shared/handout/types';
import { call } from '../api/client';
import type { BasketState } from '../handout/BasketProvider';
import { moveItem } from '../views/handout/reorder';
import { pushUndo, type FocusFinder } from './undoStack';

export const itemKey = (item: Pick<HandoutItem, 'kind' | 'ref'>) => `${item.kind}:${item.ref}`;

async function editHandoutItems(
  basket: BasketState,
  handoutId: string,
  edit: (items: HandoutItem[]) => HandoutItem[],
): Promise<void> {
  if (basket.handout?.id === handoutId) {
    if (!(await basket.editItems(edit))) throw new Error(basket.error ?? '');
    return;
  }
  const saved = await call('handouts.get', { id: handoutId });
  await call('handouts.update', { id: handoutId, items: edit(saved.items) });
}

/** The control of an item in the handout list, by the item's key. */
export const itemControl =
  (key: string, control: string): FocusFinder =>
  () =>
    document.querySelector<HTMLElement>(
      `li[data-key="${CSS.escape(key)}"] [data-control="${control}"]`,
    );

export function offerUndoRemove(
  basket: BasketState,
  handoutId: string,
  removed: HandoutItem,
  index: number,
  message: string,
): void {
  pushUndo({
    message,
    undo: async () => {
      await editHandoutItems(basket, handoutId, (items) => {
        if (items.some((i) => itemKey(i) === itemKey(removed))) return items;
        const at = Math.min(index, items.length);
        return [...items.slice(0, at), removed, ...items.slice(at)];
      });
      return itemControl(itemKey(removed), 'remove');
    },
  });
}

export function offerUndoMove(
  basket: BasketState,
  handoutId: string,
  moved: HandoutItem,
  from: number,
  message: string,
): void {
  pushUndo({
    message,
    undo: async () => {
      await editHandoutItems(basket, handoutId, (items) => {
        const now = items.findIndex((i) => itemKey(i) === itemKey(moved));
        return now < 0 ? items : moveItem(items, now, Math.min(from, items.length - 1));
      });
      return itemControl(itemKey(moved), 'handle');
    },
  });
}

export function offerUndoDelete(
  basket: BasketState,
  handoutId: string,
  wasCurrent: boolean,
  message: string,
  afterRestore: () => void,
): void {
  pushUndo({
    message,
    undo: async () => {
      await call('handouts.undelete', { id: handoutId });
      if (wasCurrent) await basket.open(handoutId);
      afterRestore();
      return () =>
        document.querySelector<HTMLElement>(
          `[data-handout-id="${CSS.escape(handoutId)}"] [data-control="delete"]`,
        );
    },
  });
}
