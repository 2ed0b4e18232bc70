// The bulk bar's "Del med teamet" and "Gør private": which of the selected notes change, and how
// to undo it. Takes the share call as an argument, so the tests drive it with the real service.
import type { Note } from '../../../shared/notes/types';
import { sharedRow, type AuthorshipById } from './noteAuthorship';

export interface ShareOutcome {
  /** How many notes changed (as the team service counts them). */
  count: number;
  undo: () => Promise<void>;
}

/**
 * Shares the selected notes or makes them private; undo restores each note's sharing as it was.
 * Notes already as asked are left alone, so undo never touches them.
 */
export async function shareNotes(
  notes: Note[],
  shared: boolean,
  rows: AuthorshipById,
  setShared: (ids: string[], shared: boolean) => Promise<number>,
): Promise<ShareOutcome> {
  const changed = notes.filter((n) => (sharedRow(rows, n.id) !== null) !== shared).map((n) => n.id);
  const count = await setShared(changed, shared);
  return { count, undo: async () => void (await setShared(changed, !shared)) };
}
