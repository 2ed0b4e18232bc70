// Who wrote a note, as the team library tells it: whether it is shared, the author filter of the
// notes list ("Mine" or one colleague), and the parts of the author line. Pure: no DOM, no calls.
import type { Note } from '../../../shared/notes/types';
import type { TeamAuthorship } from '../../../shared/team/types';

/**
 * The author filter as the select holds it: every note, the user's own, or one colleague's
 * (prefixed, since a display name can be any text, "mine" and "all" too).
 */
export type AuthorFilter = 'all' | 'mine' | `by:${string}`;

export const byAuthor = (name: string): AuthorFilter => `by:${name}`;

export type AuthorshipById = ReadonlyMap<string, TeamAuthorship>;

/** The note's row when it is shared; private notes (and notes the team has never seen) have none. */
export function sharedRow(rows: AuthorshipById, noteId: string): TeamAuthorship | null {
  const row = rows.get(noteId);
  return row?.shared ? row : null;
}

/**
 * The user's own notes: private ones, shared ones the user wrote first, and shared ones not yet
 * written to the folder (only this device has them, so nobody else can have written them).
 */
export function isMine(rows: AuthorshipById, noteId: string, displayName: string | null): boolean {
  const row = sharedRow(rows, noteId);
  if (!row) return true;
  return row.createdBy === '' || row.createdBy === displayName;
}

/** The first authors of the shared notes, once each, in Danish alphabetical order. */
export function authorsOf(rows: AuthorshipById, noteIds: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const row of rows.values()) {
    if (row.shared && row.createdBy !== '' && noteIds.has(row.localId)) names.add(row.createdBy);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'da'));
}

export function filterByAuthor(
  notes: Note[],
  filter: AuthorFilter,
  rows: AuthorshipById,
  displayName: string | null,
): Note[] {
  if (filter === 'all') return notes;
  if (filter === 'mine') return notes.filter((n) => isMine(rows, n.id, displayName));
  const name = filter.slice('by:'.length);
  return notes.filter((n) => sharedRow(rows, n.id)?.createdBy === name);
}

export type AuthorLine =
  | { kind: 'not-sent' }
  | { kind: 'written'; createdBy: string; author: string; changedAt: string; sameAuthor: boolean };

/** What the note page says about who wrote a shared note (null for a private one). */
export function authorLineOf(row: TeamAuthorship | null): AuthorLine | null {
  if (!row?.shared) return null;
  if (row.author === '' || row.changedAt === null) return { kind: 'not-sent' };
  const createdBy = row.createdBy || row.author;
  return {
    kind: 'written',
    createdBy,
    author: row.author,
    changedAt: row.changedAt,
    sameAuthor: createdBy === row.author,
  };
}
