import { describe, expect, it } from 'vitest';
import { foldForMatch, isStopWord, stem, tokenize } from '../../shared/search/danish';

describe('tokenize', () => {
  const cases: { input: string; expected: string[] }[] = [
    { input: 'Tillid og Kontrakt', expected: ['tillid', 'og', 'kontrakt'] },
    { input: 'Ærø, Østerbro, Åbenrå', expected: ['ærø', 'østerbro', 'åbenrå'] },
    { input: 'en idé – café', expected: ['en', 'idé', 'café'] },
    {
      input: 'styregruppe-møder',
      expected: ['styregruppe-møder', 'styregruppe', 'møder'],
    },
    { input: 'på frivilligjob.dk.', expected: ['på', 'frivilligjob.dk', 'frivilligjob', 'dk'] },
    { input: 'efter § 18 i loven', expected: ['efter', '§18', '18', 'i', 'loven'] },
    { input: '§18', expected: ['§18', '18'] },
    { input: 'unge (18-40 år)', expected: ['unge', '18-40', '18', '40', 'år'] },
    { input: 'kultur- og fritid', expected: ['kultur', 'og', 'fritid'] },
    { input: '"(…)" -- ** :: ~^+', expected: [] },
    { input: 'a\u030abent', expected: ['åbent'] },
    { input: '', expected: [] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(tokenize(input).map((t) => t.term)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'Mødet på Frivilligjob.dk og § 18.';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).toLowerCase().replace(/\s+/g, '')).toBe(token.term);
    }
  });
});

describe('stem', () => {
  const cases: { input: string; expected: string }[] = [
    { input: 'aftenskolerne', expected: 'aftenskol' },
    { input: 'aftenskole', expected: 'aftenskol' },
    { input: 'frivillige', expected: 'frivil' },
    { input: 'frivillig', expected: 'frivil' },
    { input: 'faglighed', expected: 'fag' },
    { input: 'frivilligjob.dk', expected: 'frivilligjob.dk' },
    { input: '§18', expected: '§18' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(stem(input)).toBe(expected);
  });
});

describe('isStopWord and foldForMatch', () => {
  it.each([
    { input: 'og', expected: true },
    { input: 'det', expected: true },
    { input: 'tillid', expected: false },
  ])('isStopWord($input)', ({ input, expected }) => {
    expect(isStopWord(input)).toBe(expected);
  });
  it.each([
    { input: 'idé', expected: 'ide' },
    { input: 'müller', expected: 'muller' },
    { input: 'påske', expected: 'påske' },
    { input: 'bøger', expected: 'bøger' },
    { input: 'æble', expected: 'æble' },
  ])('foldForMatch($input)', ({ input, expected }) => {
    expect(foldForMatch(input)).toBe(expected);
  });
});
