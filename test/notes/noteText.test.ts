import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNoteQuery,
  ftsText,
  matchSpans,
  normalTerm,
  noteSnippet,
} from '../../electron/services/notes/noteText';
import { isStopWord, tokenize } from '../../shared/search/danish';

describe('ftsText', () => {
  it.each([
    { input: 'Aftenskolerne og aftenskolen', expected: 'aftenskol aftenskol' },
    { input: 'styregruppe-møder', expected: 'styregruppe-møder styregrup mød' },
    { input: 'Idé', expected: 'ide' },
    { input: '§ 18', expected: '§18 18' },
    { input: 'og i at det', expected: '' },
    // A part that is only a combining mark folds to nothing and leaves no empty term behind.
    { input: 'tillid-\u0338', expected: 'tillid- tillid' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(ftsText(input)).toBe(expected);
  });

  it('gives the same terms as tokenizing the whole text (its per-word cache changes nothing)', () => {
    const byWholeText = (text: string): string =>
      tokenize(text)
        .filter((t) => !isStopWord(t.term))
        .map((t) => normalTerm(t.term))
        .filter((form) => form !== '') // a lone combining mark folds to nothing
        .join(' ');
    const danishish = fc.stringMatching(/^[A-Za-zÆØÅæøåÉé§0-9 .,;:'"()-]{0,80}$/);
    fc.assert(
      fc.property(fc.oneof(danishish, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        expect(ftsText(text)).toBe(byWholeText(text));
        expect(ftsText(text)).toBe(byWholeText(text)); // and again, from the cache
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildNoteQuery', () => {
  it.each([
    { q: 'aftenskolerne ', expected: '"aftenskol"' },
    { q: 'aftenskolerne', expected: '"aftenskol"*' },
    { q: 'tillid og kontr', expected: '"tillid" "kontr"*' },
    { q: 'og', expected: '"og"*' },
    { q: 'og ', expected: null },
    { q: '"; DROP', expected: '"drop"*' },
    { q: 'a" OR "b', expected: '"a" "or" "b"*' },
    { q: 'NEAR(x y) AND z', expected: '"near" "x" "y" "and" "z"*' },
    { q: '***', expected: null },
    { q: '', expected: null },
  ])('$q → $expected', ({ q, expected }) => {
    expect(buildNoteQuery(q)?.match ?? null).toBe(expected);
  });
});

describe('matchSpans and noteSnippet', () => {
  it('marks every form of a matched word, as UTF-16 offsets', () => {
    const query = buildNoteQuery('aftenskole ') as NonNullable<ReturnType<typeof buildNoteQuery>>;
    const text = 'Én aftenskole; to aftenskoler 👍 og Aftenskolernes lærere';
    const spans = matchSpans(text, query);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'aftenskole',
      'aftenskoler',
      'Aftenskolernes',
    ]);
  });

  it('cuts a window around the first match and shifts the spans into it', () => {
    const text = `${'indledning '.repeat(30)}Her står   kontrakten\tmed kommunen. ${'slut '.repeat(50)}`;
    const query = buildNoteQuery('kontrakt ') as NonNullable<ReturnType<typeof buildNoteQuery>>;
    const { snippet, spans } = noteSnippet(text, query);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(162);
    expect(spans.map((s) => snippet.slice(s.start, s.end))).toEqual(['kontrakten']);
    expect(snippet).toContain('Her står kontrakten med kommunen.');
  });

  it.each([
    { text: 'Kort  note\tuden træf', expected: 'Kort note uden træf' },
    { text: '  luft foran', expected: 'luft foran' },
    { text: 'Overskrift\n\nog tekst', expected: 'Overskrift. og tekst' },
    { text: '', expected: '' },
  ])('shows a short note whole, as running text: $expected', ({ text, expected }) => {
    const query = buildNoteQuery('kontrakt ') as NonNullable<ReturnType<typeof buildNoteQuery>>;
    expect(noteSnippet(text, query)).toEqual({ snippet: expected, spans: [] });
  });

  it('never cuts an emoji in half at either end of the window', () => {
    const text = `!${'😀'.repeat(100)}!tillid${'😀'.repeat(100)}`;
    const query = buildNoteQuery('tillid ') as NonNullable<ReturnType<typeof buildNoteQuery>>;
    const { snippet } = noteSnippet(text, query);
    expect(snippet).toContain('tillid');
    expect(snippet.replace(/😀/gu, '')).toMatch(/^…?!tillid…?$/);
  });

  it('keeps spans right after an emoji (UTF-16 surrogate pairs)', () => {
    const text = `${'😀'.repeat(40)} tillid`;
    const query = buildNoteQuery('tillid ') as NonNullable<ReturnType<typeof buildNoteQuery>>;
    const { snippet, spans } = noteSnippet(text, query);
    expect(spans.map((s) => snippet.slice(s.start, s.end))).toEqual(['tillid']);
  });
});
