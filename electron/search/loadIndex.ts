// Loads the serialized index once at start: the lunr index, the vocabulary of surface words for
// prefix and typo expansion, and lunr's idf so notes can be scored on the same scale.
import lunr from 'lunr';
import {
  STEM_FIELDS,
  WORD_FIELDS,
  type IndexField,
  type SerializedSearchIndex,
} from './buildIndex';
import { createStemmer, type Glossary, type TermStemmer } from './searchData';
import { Vocabulary, type VocabularyWord } from './vocabulary';

type Posting = Record<string, Record<string, unknown>> & { _index?: unknown };

export interface LoadedIndex {
  lunr: lunr.Index;
  vocabulary: Vocabulary;
  stemmer: TermStemmer;
  glossary: Glossary;
  hasStem(stem: string): boolean;
  /** lunr's inverse document frequency of an index term. */
  idf(term: string): number;
  documentCount: number;
  averageFieldLength: Partial<Record<IndexField, number>>;
}

const stemFields = Object.keys(STEM_FIELDS);
const wordFields = Object.keys(WORD_FIELDS);

function countIn(posting: Posting, fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    const docs = posting[field];
    if (docs) for (const _ in docs) count++;
  }
  return count;
}

function anyIn(posting: Posting, fields: string[]): boolean {
  for (const field of fields) {
    const docs = posting[field];
    if (docs) for (const _ in docs) return true;
  }
  return false;
}

export function loadIndex(serialized: SerializedSearchIndex): LoadedIndex {
  if (serialized.formatVersion !== 2) {
    throw new Error(
      `søgeindekset har formatversion ${String(serialized.formatVersion)}, forventet 2: byg indholdet igen (npm run build:content)`,
    );
  }
  const index = lunr.Index.load(serialized.lunr);
  const inverted = (index as unknown as { invertedIndex: Record<string, Posting> }).invertedIndex;
  const words: VocabularyWord[] = [];
  for (const term in inverted) {
    const df = countIn(inverted[term] as Posting, wordFields);
    if (df > 0) words.push({ word: term, df });
  }
  const idfCache = new Map<string, number>();
  const N = serialized.documentCount;
  return {
    lunr: index,
    vocabulary: new Vocabulary(words),
    stemmer: createStemmer(serialized.lexicon),
    glossary: serialized.glossary,
    hasStem: (stem) => {
      const posting = inverted[stem];
      return posting !== undefined && anyIn(posting, stemFields);
    },
    idf(term) {
      let value = idfCache.get(term);
      if (value === undefined) {
        const posting = inverted[term];
        const df = posting ? countIn(posting, [...stemFields, ...wordFields]) : 0;
        value = Math.log(1 + Math.abs((N - df + 0.5) / (df + 0.5)));
        idfCache.set(term, value);
      }
      return value;
    },
    documentCount: N,
    averageFieldLength: serialized.averageFieldLength,
  };
}
