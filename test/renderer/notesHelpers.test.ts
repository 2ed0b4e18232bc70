// Pure helpers of the notes and handout views: list order and filter, excerpts, an error's issues
// sorted into form fields, and moving an item in a list.
import { describe, expect, it } from 'vitest';
import { apiIssue, type ApiIssue } from '../../shared/errors/apiError';
import { issueTextsDa } from '../../shared/errors/texts.da';
import { issueTextsEn } from '../../shared/errors/texts.en';
import type { Note } from '../../shared/notes/types';
import {
  excerpt,
  fieldErrorsOf,
  filterNotes,
  linesOf,
  newestFirst,
} from '../../renderer/views/notes/noteHelpers';
import { moveItem } from '../../renderer/views/handout/reorder';

const note = (over: Partial<Note>): Note => ({
  id: over.title ?? 'x',
  title: 'x',
  body: '',
  partnership: null,
  organisations: [],
  aboutDate: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  factors: [],
  links: [],
  ...over,
});

describe('fieldErrorsOf', () => {
  const cases: { issues: ApiIssue[]; fields: Record<string, string>; other: string[] }[] = [
    {
      issues: [apiIssue('title-missing', {}, ['title'])],
      fields: { title: 'titlen mangler' },
      other: [],
    },
    {
      issues: [
        apiIssue('invalid-date', {}, ['aboutDate']),
        apiIssue('invalid-id', {}, ['factors', 0]),
      ],
      fields: { aboutDate: 'dato skal skrives ÅÅÅÅ-MM-DD', factors: 'ugyldigt id' },
      other: [],
    },
    {
      issues: [apiIssue('unknown-factor', { id: 'x' }, ['factors', 2])],
      fields: { factors: 'ukendt succesfaktor "x"' },
      other: [],
    },
    {
      issues: [
        apiIssue('invalid-id', {}, ['links', 0]),
        apiIssue('too-long', { maximum: 200 }, ['links', 1]),
      ],
      fields: { links: 'ugyldigt id; må højst være 200 tegn' },
      other: [],
    },
    {
      issues: [apiIssue('store-busy', { file: 'samspil.db' })],
      fields: {},
      other: [
        'Notedatabasen samspil.db er optaget af et andet program (måske Samspil på kommandolinjen); intet blev gemt. Prøv igen om lidt.',
      ],
    },
    { issues: [apiIssue('invalid-uuid', {}, ['id'])], fields: {}, other: ['id: ugyldigt UUID'] },
  ];
  it.each(cases)('$issues.0.code at $issues.0.path', ({ issues, fields, other }) => {
    expect(fieldErrorsOf(issues, issueTextsDa)).toEqual({ fields, other });
  });

  it('words the issues in the interface language', () => {
    const issues = [apiIssue('title-missing', {}, ['title']), apiIssue('invalid-uuid', {}, ['id'])];
    expect(fieldErrorsOf(issues, issueTextsEn)).toEqual({
      fields: { title: 'the title is missing' },
      other: ['id: not a valid UUID'],
    });
  });
});

describe('newestFirst and filterNotes', () => {
  const notes = [
    note({ title: 'Gammel', updatedAt: '2025-01-01T00:00:00.000Z', body: 'Om aftenskolerne' }),
    note({ title: 'Ny', updatedAt: '2026-03-01T00:00:00.000Z', factors: ['tillid'] }),
    note({
      title: 'Midt',
      updatedAt: '2025-06-01T00:00:00.000Z',
      organisations: ['Frivilligcenter Vejle'],
    }),
  ];

  it('orders by last change, newest first', () => {
    expect(newestFirst(notes).map((n) => n.title)).toEqual(['Ny', 'Midt', 'Gammel']);
  });

  const cases: { text: string; factor: string; expected: string[] }[] = [
    { text: '', factor: '', expected: ['Gammel', 'Ny', 'Midt'] },
    { text: 'AFTENSKOLERNE', factor: '', expected: ['Gammel'] },
    { text: 'frivilligcenter vejle', factor: '', expected: ['Midt'] },
    { text: '', factor: 'tillid', expected: ['Ny'] },
    { text: 'gammel', factor: 'tillid', expected: [] },
  ];
  it.each(cases)('text "$text", factor "$factor"', ({ text, factor, expected }) => {
    expect(filterNotes(notes, text, factor).map((n) => n.title)).toEqual(expected);
  });
});

describe('excerpt and linesOf', () => {
  it.each([
    { input: '# Overskrift\n\n**fed** tekst', expected: 'Overskrift fed tekst' },
    { input: 'Se [referatet](https://x.dk) nu', expected: 'Se referatet nu' },
    { input: '![billede](data:image/png;base64,AAA) tekst', expected: 'tekst' },
    { input: 'a'.repeat(300), expected: `${'a'.repeat(219)}…` },
  ])('excerpt($input)', ({ input, expected }) => {
    expect(excerpt(input)).toBe(expected);
  });

  it('splits organisations one a line, trimmed, without blanks', () => {
    expect(linesOf(' A \n\n B\n')).toEqual(['A', 'B']);
  });
});

describe('moveItem', () => {
  it.each([
    { from: 0, to: 1, expected: ['b', 'a', 'c', 'd'] },
    { from: 3, to: 0, expected: ['d', 'a', 'b', 'c'] },
    { from: 1, to: 9, expected: ['a', 'c', 'd', 'b'] },
    { from: 2, to: -4, expected: ['c', 'a', 'b', 'd'] },
    { from: 7, to: 0, expected: ['a', 'b', 'c', 'd'] },
  ])('$from → $to', ({ from, to, expected }) => {
    expect(moveItem(['a', 'b', 'c', 'd'], from, to)).toEqual(expected);
  });
});
