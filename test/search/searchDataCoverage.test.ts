// The reviewed search data speaks the corpus's language: every Danish target of the English
// glossary and every form of the lexicon occurs in the corpus, and the English terms a
// consultant would type find something.
import { describe, expect, it } from 'vitest';
import glossaryJson from '../../content/search/glossary.json';
import lexiconJson from '../../content/search/lexicon.json';
import { analyze, docText } from '../../electron/services/search/docFields';
import { loadIndex } from '../../electron/services/search/loadIndex';
import {
  glossarySchema,
  lexiconSchema,
  parseSearchData,
} from '../../electron/services/search/searchData';
import { foldForMatch, tokenize } from '../../shared/search/danish';
import { realCorpus, realSearch } from './realCorpus';

const glossary = parseSearchData(glossarySchema, glossaryJson, 'glossary.json');
const lexicon = parseSearchData(lexiconSchema, lexiconJson, 'lexicon.json');
const { corpus, index: serialized } = realCorpus();
const index = loadIndex(serialized);
const { search } = realSearch();

const corpusWords = new Set<string>();
const titles = new Map(corpus.entries.map((e) => [e.id, e.title]));
for (const entry of corpus.entries) {
  const text = docText(entry, (id) => titles.get(id));
  for (const part of [text.title, text.main, text.meta]) {
    for (const word of analyze(part, (w) => w).words) corpusWords.add(word);
  }
}

describe('the English glossary', () => {
  it("maps to Danish words whose stems the corpus's index holds", () => {
    const missing = Object.entries(glossary.entries).flatMap(([english, targets]) =>
      targets.flatMap((target) =>
        tokenize(target)
          .map((t) => foldForMatch(t.term))
          .filter((word) => !index.hasStem(index.stemmer(word)))
          .map((word) => `${english} → ${word}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    'minutes',
    'ownership',
    'stakeholders',
    'equal terms',
    'closing party',
    'day centre',
    'exclusion',
    'staff',
    'course',
    'cultural mediation',
    'excursion',
    'excursions',
    'group home',
    'head of department',
    'grant',
    'roles',
    'activities',
    'outcomes',
    'funding',
    'governance',
    'intellectual disability',
  ])('"%s" is a glossary term that finds entries', (english) => {
    const response = search.query({ q: english, limit: 5 });
    expect(response.total).toBeGreaterThan(0);
    expect(response.hits[0]?.match).toBe('exact');
  });

  it('matches a multi-word term as a phrase, not as its words', () => {
    const plan = search.query({ q: 'closing party', limit: 5 });
    const party = search.query({ q: 'party', limit: 5 });
    expect(plan.hits[0]?.id).toBeDefined();
    expect(party.hits.map((h) => h.id)).not.toEqual(plan.hits.map((h) => h.id));
  });

  it('maps intellectual disability to the words the corpus uses (udviklingshæmmede)', () => {
    expect(glossary.entries['intellectual disability']).toContain('udviklingshæmmede');
  });
});

describe('the lexicon', () => {
  it('lists only forms the corpus has (at least one form of each entry, every lemma)', () => {
    const unused = lexicon.entries
      .filter((entry) => !entry.forms.some((form) => corpusWords.has(form)))
      .map((entry) => entry.lemma);
    expect(unused).toEqual([]);
    const endsAWord = (form: string) => [...corpusWords].some((word) => word.endsWith(form));
    const absentForms = lexicon.entries.flatMap((entry) =>
      entry.forms.filter((form) => !corpusWords.has(form) && !(entry.compounds && endsAWord(form))),
    );
    expect(absentForms).toEqual([]);
  });

  it.each([
    ['aktivitet', 'aktiviteter'],
    ['inklusion', 'inkludere'],
    ['kursus', 'kurser'],
    ['rekruttering', 'rekruttere'],
    ['deltog', 'deltage'],
  ])('joins the word family %s / %s that the stemmer splits apart', (a, b) => {
    expect(index.stemmer(a)).toBe(index.stemmer(b));
  });
});
