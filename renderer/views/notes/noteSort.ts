// The orders of the notes list. Pure, so it is unit-tested.
import type { Note } from '../../../shared/notes/types';

export const NOTE_SORTS = ['changed', 'created', 'title', 'date'] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];

const byTitle = (a: Note, b: Note) =>
  a.title.localeCompare(b.title, 'da', { sensitivity: 'base', numeric: true });

/** Changed and created: newest first. Title: A–Å (Danish order). Date: the date the note is
 *  about, newest first; notes without one last, by title. */
export function sortNotes(notes: Note[], sort: NoteSort): Note[] {
  const list = [...notes];
  switch (sort) {
    case 'changed':
      return list.sort(
        (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt),
      );
    case 'created':
      return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || byTitle(a, b));
    case 'title':
      return list.sort(byTitle);
    case 'date':
      return list.sort((a, b) => {
        if (a.aboutDate && b.aboutDate)
          return b.aboutDate.localeCompare(a.aboutDate) || byTitle(a, b);
        if (a.aboutDate) return -1;
        if (b.aboutDate) return 1;
        return byTitle(a, b);
      });
  }
}
