// What the note page says about who wrote a shared note, as a table of authorship rows.
import { describe, expect, it } from 'vitest';
import type { TeamAuthorship } from '../../shared/team/types';
import { authorLineOf } from '../../renderer/views/notes/noteAuthorship';
import { formatDateParts } from '../../renderer/views/notes/formatDate';

const row = (over: Partial<TeamAuthorship>): TeamAuthorship => ({
  localId: 'n1',
  shared: true,
  createdBy: 'Anne Holm',
  author: 'Bo Lind',
  changedAt: '2026-12-01T13:02:00.000Z',
  conflict: false,
  ...over,
});

describe('authorLineOf', () => {
  const cases: { name: string; row: TeamAuthorship | null; expected: unknown }[] = [
    { name: 'no row: private', row: null, expected: null },
    { name: 'made private', row: row({ shared: false }), expected: null },
    {
      name: 'shared, never written to the folder',
      row: row({ createdBy: '', author: '', changedAt: null }),
      expected: { kind: 'not-sent' },
    },
    {
      name: 'written by one, changed by another',
      row: row({}),
      expected: {
        kind: 'written',
        createdBy: 'Anne Holm',
        author: 'Bo Lind',
        changedAt: '2026-12-01T13:02:00.000Z',
        sameAuthor: false,
      },
    },
    {
      name: 'written and changed by the same person',
      row: row({ author: 'Anne Holm' }),
      expected: expect.objectContaining({ createdBy: 'Anne Holm', sameAuthor: true }),
    },
    {
      name: 'no first author known: the last author stands in',
      row: row({ createdBy: '' }),
      expected: expect.objectContaining({ createdBy: 'Bo Lind', sameAuthor: true }),
    },
  ];
  for (const { name, row: input, expected } of cases) {
    it(name, () => expect(authorLineOf(input)).toEqual(expected));
  }
});

describe('formatDateParts', () => {
  it('writes the date and the time of day apart, in each language', () => {
    const local = new Date(2026, 11, 1, 14, 2).toISOString();
    expect(formatDateParts(local, 'da')).toEqual({ date: '1. dec. 2026', time: '14.02' });
    expect(formatDateParts(local, 'en')).toEqual({ date: '1 Dec 2026', time: '14:02' });
    expect(formatDateParts('ikke en dato', 'da')).toEqual({ date: 'ikke en dato', time: '' });
  });
});
