// Builds the serialized search index of the bundled corpus at build time (never at run time): a
// lunr index with stemmed fields for exact matching and unstemmed surface fields for prefix and
// typo matching, plus the reviewed glossary and lexicon from content/search.
import lunr from 'lunr';
import type { ContentEntry } from '../../shared/content/types';
import glossaryJson from '../../content/search/glossary.json';
import lexiconJson from '../../content/search/lexicon.json';
import { analyze, docText } from './docFields';
import {
  createStemmer,
  glossarySchema,
  lexiconSchema,
  parseSearchData,
  type Glossary,
  type Lexicon,
} from './searchData';

/** Stemmed fields (exact matching) and their boosts: titles and quotes weigh more than bodies. */
export const STEM_FIELDS = { title: 5, quote: 2.5, body: 1, meta: 0.5 } as const;
/** Surface-form fields (prefix and typo matching). */
export const WORD_FIELDS = { wtitle: 5, wtext: 1 } as const;
export type StemField = keyof typeof STEM_FIELDS;
export type WordField = keyof typeof WORD_FIELDS;
export type IndexField = StemField | WordField;

export interface SerializedSearchIndex {
  formatVersion: 2;
  lunr: object;
  lexicon: Lexicon;
  glossary: Glossary;
  documentCount: number;
  /** Average length in terms per field, so notes can be scored on lunr's scale. */
  averageFieldLength: Partial<Record<IndexField, number>>;
}

export interface SearchDataFiles {
  glossary: unknown;
  lexicon: unknown;
}

const BUNDLED_DATA: SearchDataFiles = { glossary: glossaryJson, lexicon: lexiconJson };

export function buildSearchIndex(
  entries: ContentEntry[],
  data: SearchDataFiles = BUNDLED_DATA,
): SerializedSearchIndex {
  const lexicon = parseSearchData(lexiconSchema, data.lexicon, 'content/search/lexicon.json');
  const glossary = parseSearchData(glossarySchema, data.glossary, 'content/search/glossary.json');
  const stemmer = createStemmer(lexicon);
  const titles = new Map(entries.map((e) => [e.id, e.title]));

  const builder = new lunr.Builder();
  // Terms arrive already tokenized, folded and stemmed by shared/search/danish: no lunr pipeline.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('id');
  for (const [field, boost] of Object.entries({ ...STEM_FIELDS, ...WORD_FIELDS })) {
    builder.field(field, { boost });
  }
  for (const entry of entries) {
    const text = docText(entry, (id) => titles.get(id));
    const title = analyze(text.title, stemmer);
    const main = analyze(text.main, stemmer);
    const meta = analyze(text.meta, stemmer);
    builder.add({
      id: entry.id,
      title: title.stems,
      quote: text.mainIsQuote ? main.stems : [],
      body: text.mainIsQuote ? [] : main.stems,
      meta: meta.stems,
      wtitle: title.words,
      wtext: [...main.words, ...meta.words],
    });
  }
  const index = builder.build();
  const lengths = (builder as unknown as { averageFieldLength: Record<string, number> })
    .averageFieldLength;
  return {
    formatVersion: 2,
    lunr: index.toJSON(),
    lexicon,
    glossary,
    documentCount: entries.length,
    averageFieldLength: { ...lengths },
  };
}
