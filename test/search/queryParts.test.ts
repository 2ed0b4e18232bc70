// Pure parts of the search: query parsing, edit distance, vocabulary, postings, lexicon, data checks.
import { describe, expect, it } from 'vitest';
import glossaryJson from '../../content/search/glossary.json';
import lexiconJson from '../../content/search/lexicon.json';
import { buildSearchIndex, encodePostings } from '../../scripts/search/buildIndex';
import { boundedEditDistance } from '../../electron/services/search/editDistance';
import { allowedTypos } from '../../electron/services/search/expandQuery';
import { loadIndex } from '../../electron/services/search/loadIndex';
import { parseQuery } from '../../electron/services/search/parseQuery';
import { decodePostings } from '../../electron/services/search/postings';
import {
  createStemmer,
  glossarySchema,
  lexiconSchema,
  parseSearchData,
} from '../../electron/services/search/searchData';
import { Vocabulary } from '../../electron/services/search/vocabulary';
import { realCorpus } from './realCorpus';

const lexicon = parseSearchData(lexiconSchema, lexiconJson, 'lexicon.json');
const glossary = parseSearchData(glossarySchema, glossaryJson, 'glossary.json');
const stemmer = createStemmer(lexicon);

describe('lexicon stemmer', () => {
  it.each([
    { input: 'museet', expected: 'museum' },
    { input: 'aktiviteter', expected: 'aktivitet' },
    { input: 'gruppeaktiviteter', expected: 'gruppeaktivitet' },
    { input: 'kunstmuseet', expected: 'kunstmuseum' },
    { input: 'frivilligcentret', expected: 'frivilligcenter' },
    { input: 'frivilligcenteret', expected: 'frivilligcenter' },
    { input: 'kurser', expected: 'kursus' },
    { input: 'kursus', expected: 'kursus' },
    { input: 'bøg', expected: 'bøg' },
    { input: 'deltog', expected: 'deltage' },
    { input: 'havet', expected: 'hav' },
    { input: 'inkludere', expected: 'inklusion' },
    { input: 'forankret', expected: 'forankring' },
    { input: 'aftenskolerne', expected: 'aftenskol' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(stemmer(input)).toBe(expected);
  });
});

describe('parseQuery', () => {
  const parse = (q: string) => parseQuery(q, glossary, stemmer);
  it.each([
    { q: 'tillid', surfaces: ['tillid'] },
    { q: 'Tillid  og KONTRAKT', surfaces: ['tillid', 'kontrakt'] },
    { q: 'tillid tillid', surfaces: ['tillid'] },
    { q: 'og det ', surfaces: [] },
    { q: 'tillid~2 forankring^10', surfaces: ['tillid', 'forankring'] },
    { q: ':~^+-*', surfaces: [] },
    { q: 'steering group', surfaces: ['steering group'] },
    { q: 'the contracts', surfaces: ['contracts'] },
    { q: 'styregruppe-møder', surfaces: ['styregruppe-møder'] },
  ])('$q', ({ q, surfaces }) => {
    expect(parse(q).slots.map((s) => s.surface)).toEqual(surfaces);
  });

  it('lets only the last word complete from its first letter; others complete from four', () => {
    const { slots } = parse('tid kontrakt t');
    expect(slots.map((s) => [s.last, s.prefixes])).toEqual([
      [false, []],
      [false, ['kontrakt']],
      [true, ['t']],
    ]);
  });

  it('keeps a stop word being typed as a prefix only', () => {
    const [slot] = parse('de').slots;
    expect(slot).toMatchObject({ prefixOnly: true, stems: [], prefixes: ['de'] });
  });

  it('reads +word and -word as required and prohibited', () => {
    expect(parse('+kontrakt -tillid x-y').slots.map((s) => s.presence)).toEqual([
      'required',
      'prohibited',
      'optional',
    ]);
  });

  it('turns quoted words into a phrase, also when the quote is still open', () => {
    expect(parse('"frivillig faglighed" tillid').phrases).toEqual([[0, 1]]);
    expect(parse('tillid „gensidig tillid').phrases).toEqual([[1, 2]]);
  });

  it('translates English terms and plurals through the glossary', () => {
    const [slot] = parse('Volunteers').slots;
    expect(slot?.glossary).toBe(true);
    expect(slot?.stems).toEqual(expect.arrayContaining([stemmer('frivillig')]));
  });

  it('joins a hyphenated word so it meets the closed compound', () => {
    expect(parse('styregruppe-møder').slots[0]?.surfaces).toContain('styregruppemøder');
  });
});

describe('allowedTypos and boundedEditDistance', () => {
  it.each([
    { word: 'tid', expected: 0 },
    { word: 'tilid', expected: 1 },
    { word: 'forankirn', expected: 2 },
    { word: '12345', expected: 0 },
  ])('allowedTypos($word) = $expected', ({ word, expected }) => {
    expect(allowedTypos(word)).toBe(expected);
  });
  it.each([
    { a: 'tillid', b: 'tillid', max: 1, expected: 0 },
    { a: 'tilid', b: 'tillid', max: 1, expected: 1 },
    { a: 'forankirng', b: 'forankring', max: 1, expected: 1 },
    { a: 'kontrackt', b: 'kontrakt', max: 1, expected: 1 },
    { a: 'legitmitet', b: 'legitimitet', max: 2, expected: 1 },
    { a: 'abc', b: 'xyz', max: 1, expected: 2 },
    { a: 'tillid', b: 'til', max: 2, expected: 3 },
  ])('$a ~ $b', ({ a, b, max, expected }) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary([
    { word: 'tillid', df: 9 },
    { word: 'tillidsfuld', df: 1 },
    { word: 'tilbud', df: 5 },
    { word: 'tid', df: 20 },
    { word: 'kontrakt', df: 4 },
  ]);
  it('completes a prefix with the most frequent words first, capped', () => {
    expect(vocabulary.completions('til', 2).map((e) => e.word)).toEqual(['tillid', 'tilbud']);
    expect(vocabulary.completions('tillid', 5).map((e) => e.word)).toEqual(['tillidsfuld']);
    expect(vocabulary.completions('x', 5)).toEqual([]);
  });
  it('finds words a typo away, closest first, trusting the first letter', () => {
    expect(vocabulary.similar('tilid', 1, 5).map((e) => e.word)).toEqual(['tillid']);
    expect(vocabulary.similar('kontrackt', 1, 5).map((e) => e.word)).toEqual(['kontrakt']);
    expect(vocabulary.similar('illid', 1, 5)).toEqual([]);
  });
});

describe('postings encoding', () => {
  it('round-trips documents and weights (thousandths)', () => {
    const map = new Map([
      [0, 1.2344],
      [7, 0.5],
      [1234, 12.25],
    ]);
    const decoded = decodePostings(encodePostings(map));
    expect(Array.from(decoded.docs)).toEqual([0, 7, 1234]);
    expect(Array.from(decoded.weights).map((w) => Math.round(w * 1000))).toEqual([
      1234, 500, 12250,
    ]);
  });
});

describe('search data and index format checks', () => {
  const entries = realCorpus().corpus.entries.slice(0, 3);
  it('names the file and the field of a bad glossary', () => {
    expect(() =>
      buildSearchIndex(entries, {
        glossary: { entries: { Trust: ['tillid'] } },
        lexicon: lexiconJson,
      }),
    ).toThrow(/content\/search\/glossary\.json: entries\.Trust: .*små bogstaver/);
  });
  it('names the file and the field of a bad lexicon', () => {
    const bad = { entries: [{ lemma: 'museum', forms: [], compounds: true, why: 'x' }] };
    expect(() => buildSearchIndex(entries, { glossary: glossaryJson, lexicon: bad })).toThrow(
      /content\/search\/lexicon\.json: entries\[0\]\.forms/,
    );
  });
  it('refuses an index of another format with a message that says what to do', () => {
    const index = { ...buildSearchIndex(entries), formatVersion: 2 } as unknown as Parameters<
      typeof loadIndex
    >[0];
    expect(() => loadIndex(index)).toThrow(/formatversion 2.*npm run build:content/);
  });
});
