// Quotes are found through the wording of the factors they are tagged with, at a low weight:
// below a quote that holds the word itself.
import { describe, expect, it } from 'vitest';
import { createContentService } from '../../electron/services/content/contentService';
import { createSearchService } from '../../electron/services/search/searchService';
import { buildSearchIndex } from '../../scripts/search/buildIndex';
import type { ContentEntry } from '../../shared/content/types';
import { realCorpus, realSearch } from './realCorpus';

const TAGGED = [
  'citat-ligevaerdige-praemisser',
  'citat-nysgerrighed-og-aabenhed',
  'citat-samme-tilgang-og-temperament',
];

describe('quotes through their factor tags', () => {
  it.each(['tillid', 'trust', 'gensidig tillid', 'respekt'])(
    '"%s" finds the three quotes tagged Gensidig tillid, respekt og forståelse',
    (q) => {
      const { search } = realSearch();
      const ids = search.query({ q, kinds: ['quote'], limit: 20 }).hits.map((h) => h.id);
      expect(ids).toEqual(expect.arrayContaining(TAGGED));
    },
  );

  it('ranks a quote found through its tags below a quote that holds the word', () => {
    const { corpus } = realCorpus();
    // A quote not tagged with a tillid factor, given the word in its own text.
    const own = corpus.entries.find(
      (e): e is Extract<ContentEntry, { kind: 'quote' }> =>
        e.kind === 'quote' && !TAGGED.includes(e.id) && !/tillid/i.test(e.text),
    );
    expect(own).toBeDefined();
    const entries = corpus.entries.map((e) =>
      e.id === own?.id && e.kind === 'quote' ? { ...e, text: `${e.text} Det kræver tillid.` } : e,
    );
    const content = createContentService({ ...corpus, entries });
    const search = createSearchService(content, buildSearchIndex(entries));
    const hits = search.query({ q: 'tillid', kinds: ['quote'], limit: 20 }).hits;
    expect(hits[0]?.id).toBe(own?.id);
    expect(hits.slice(1).map((h) => h.id)).toEqual(expect.arrayContaining(TAGGED));
    const ownScore = hits[0]?.score ?? 0;
    for (const hit of hits.slice(1)) expect(hit.score).toBeLessThan(ownScore);
  });
});
