// Loads the serialized index once at start: postings (decoded lazily per term), the vocabulary of
// surface words for prefix and typo expansion, and lunr's idf so notes score on the same scale.
import { INDEX_FORMAT, type IndexField, type SerializedSearchIndex } from './indexFormat';
import { PostingsIndex } from './postings';
import { createStemmer, type Glossary, type TermStemmer } from './searchData';
import { Vocabulary } from './vocabulary';

export interface LoadedIndex {
  postings: PostingsIndex;
  vocabulary: Vocabulary;
  stemmer: TermStemmer;
  glossary: Glossary;
  /** The corpus's compounds that end with a word of this stem (forening → venskabsforeningen). */
  compoundsEndingIn(stem: string): readonly string[];
  /** The lexicon's forms of a lemma (kursus → kurser, kurserne), none for other words. */
  lexiconForms(lemma: string): readonly string[];
  hasStem(stem: string): boolean;
  /** lunr's inverse document frequency of an index term (0 documents for unknown terms). */
  idf(term: string): number;
  averageFieldLength: Partial<Record<IndexField, number>>;
}

export function loadIndex(serialized: SerializedSearchIndex): LoadedIndex {
  if (serialized.formatVersion !== INDEX_FORMAT) {
    throw new Error(
      `søgeindekset har formatversion ${String(serialized.formatVersion)}, forventet ${INDEX_FORMAT}: byg indholdet igen (npm run build:content)`,
    );
  }
  const postings = new PostingsIndex(serialized);
  const N = serialized.documentCount;
  const compoundEnds = new Map(serialized.compoundEnds.map(([stem, words]) => [stem, words]));
  const split = new Map<string, readonly string[]>();
  const forms = new Map(serialized.lexicon.entries.map((e) => [e.lemma, e.forms]));
  return {
    postings,
    vocabulary: new Vocabulary([...postings.words()]),
    stemmer: createStemmer(serialized.lexicon),
    glossary: serialized.glossary,
    compoundsEndingIn: (stem) => {
      let words = split.get(stem);
      if (!words) split.set(stem, (words = compoundEnds.get(stem)?.split(' ') ?? []));
      return words;
    },
    lexiconForms: (lemma) => forms.get(lemma) ?? [],
    hasStem: (stem) => postings.hasStem(stem),
    // lunr.idf, with lunr's document frequency (summed over fields).
    idf: (term) => {
      const df = postings.df(term);
      return Math.log(1 + Math.abs((N - df + 0.5) / (df + 0.5)));
    },
    averageFieldLength: serialized.averageFieldLength,
  };
}
