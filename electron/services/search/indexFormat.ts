// The serialized search index as the app loads it, and its fields with their boosts. Built at
// build time by scripts/search/buildIndex.ts (which the app never bundles); read by loadIndex.
import type { Glossary, Lexicon } from './searchData';

/** Stemmed fields (exact matching) and their boosts: titles and quotes weigh more than bodies. */
export const STEM_FIELDS = { title: 5, quote: 2.5, body: 1, meta: 0.5, tags: 0.3 } as const;
/** Surface-form fields (prefix and typo matching). */
export const WORD_FIELDS = { wtitle: 5, wtext: 1, wtags: 0.3 } as const;
export type StemField = keyof typeof STEM_FIELDS;
export type WordField = keyof typeof WORD_FIELDS;
export type IndexField = StemField | WordField;

export const INDEX_FORMAT = 5;

/**
 * lunr's index, compacted: per term, the documents that hold it and lunr's BM25 weight there
 * (field boosts applied, summed over the stemmed fields and over the surface fields). Query time
 * needs nothing else, so the file loads in one JSON.parse and no lunr.Index is rebuilt at start.
 */
export interface SerializedSearchIndex {
  formatVersion: typeof INDEX_FORMAT;
  /** Document refs; postings point into this list. */
  docs: string[];
  /**
   * Sorted by term: [term, stem postings, surface postings, lunr document frequency, the surface
   * words (space-separated) that have this term as their stem, for highlighting].
   */
  terms: [term: string, stems: string, words: string, df: number, forms: string][];
  lexicon: Lexicon;
  glossary: Glossary;
  /**
   * Sorted by stem: [stem of a compound's tail, the corpus's compounds (space-separated surface
   * words) that end with it], from the reviewed content/search/compounds.json.
   */
  compoundEnds: [stem: string, words: string][];
  documentCount: number;
  /** Average length in terms per field, so notes can be scored on the same scale. */
  averageFieldLength: Partial<Record<IndexField, number>>;
}
