import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes/types';
import { sortNotes } from '../../renderer/views/notes/noteSort';

const note = (
  title: string,
  createdAt: string,
  updatedAt: string,
  aboutDate: string | null,
): Note =>
  ({
    id: title,
    title,
    body: '',
    partnership: null,
    organisations: [],
    aboutDate,
    factors: [],
    links: [],
    createdAt,
    updatedAt,
  }) as Note;

const notes = [
  note('Ærø', '2026-01-02T10:00:00Z', '2026-03-01T10:00:00Z', null),
  note('Aftenskole', '2026-01-03T10:00:00Z', '2026-01-03T10:00:00Z', '2025-05-01'),
  note('Zealand', '2026-01-01T10:00:00Z', '2026-02-01T10:00:00Z', '2025-09-01'),
];
const titles = (list: Note[]) => list.map((n) => n.title);

describe('sortNotes', () => {
  it('orders by last change, by creation, by Danish title and by the date a note is about', () => {
    expect(titles(sortNotes(notes, 'changed'))).toEqual(['Ærø', 'Zealand', 'Aftenskole']);
    expect(titles(sortNotes(notes, 'created'))).toEqual(['Aftenskole', 'Ærø', 'Zealand']);
    // Æ comes after Z in Danish.
    expect(titles(sortNotes(notes, 'title'))).toEqual(['Aftenskole', 'Zealand', 'Ærø']);
    expect(titles(sortNotes(notes, 'date'))).toEqual(['Zealand', 'Aftenskole', 'Ærø']);
  });

  it('leaves the given list alone', () => {
    const before = titles(notes);
    sortNotes(notes, 'title');
    expect(titles(notes)).toEqual(before);
  });
});
