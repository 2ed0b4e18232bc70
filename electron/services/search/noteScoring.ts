// Scores a note found by the notes store (SQLite FTS5) on the same scale as lunr scores content:
// the same query boosts, lunr's BM25 term weight with the bundled corpus's idf and average field
// lengths, divided by the same query-vector length. FTS5's own bm25 is only comparable between
// notes, so it decides which notes are candidates and breaks ties, nothing more.
import type { Note } from '../../../shared/notes/types';
import { foldForMatch, isStopWord, tokenize } from '../../../shared/search/danish';
import { STEM_FIELDS, WORD_FIELDS } from './indexFormat';
import { BOOST, NO_MATCH, type Clause, type ExpandedSlot, type Quality } from './expandQuery';
import type { LoadedIndex } from './loadIndex';
import { queryNorms } from './postings';
import type { TokenMatcher } from './tokenMatcher';

const K1 = 1.2;
const QUALITY_BOOST: Record<Quality, number> = {
  0: BOOST.exactWord,
  1: BOOST.prefix,
  2: BOOST.compound,
  3: BOOST.fuzzy,
};
const B = 0.75;

export interface SlotScore {
  /** Best quality per slot; NO_MATCH = not matched. */
  qualities: number[];
  score: number;
}

interface AnalyzedField {
  stem: 'title' | 'body';
  word: 'wtitle' | 'wtext';
  /** The field's non-stop words as tokenized, folded and stemmed (same positions). */
  words: string[];
  folded: string[];
  stemmed: string[];
  stemCounts: Map<string, number>;
  wordCounts: Map<string, number>;
}

// A note's analysed text by id and version: typing a query rescores the same notes keystroke
// after keystroke, and tokenizing and stemming them is most of that cost.
// Per index, because the stems depend on its lexicon.
const analyzedByIndex = new WeakMap<LoadedIndex, Map<string, AnalyzedField[]>>();
const ANALYZED_NOTES = 1000;

function analyzedNote(note: Note, index: LoadedIndex): AnalyzedField[] {
  let analyzed = analyzedByIndex.get(index);
  if (!analyzed) analyzedByIndex.set(index, (analyzed = new Map()));
  const key = `${note.id}@${note.updatedAt}`;
  const cached = analyzed.get(key);
  if (cached) return cached;
  const fields: AnalyzedField[] = [
    analyzeField(note.title, 'title', 'wtitle', index),
    analyzeField(
      [note.body, note.partnership ?? '', ...note.organisations].join('\n'),
      'body',
      'wtext',
      index,
    ),
  ];
  if (analyzed.size >= ANALYZED_NOTES) analyzed.delete(analyzed.keys().next().value as string);
  analyzed.set(key, fields);
  return fields;
}

function analyzeField(
  text: string,
  stem: AnalyzedField['stem'],
  word: AnalyzedField['word'],
  index: LoadedIndex,
): AnalyzedField {
  const words = tokenize(text)
    .map((t) => t.term)
    .filter((t) => !isStopWord(t));
  const folded = words.map(foldForMatch);
  const stemmed = folded.map(index.stemmer);
  const count = (list: string[]) => {
    const counts = new Map<string, number>();
    for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  return {
    stem,
    word,
    words,
    folded,
    stemmed,
    stemCounts: count(stemmed),
    wordCounts: count(folded),
  };
}

export function scoreNote(
  note: Note,
  slots: ExpandedSlot[],
  clauses: Clause[],
  match: TokenMatcher,
  index: LoadedIndex,
): SlotScore {
  const qualities: number[] = slots.map(() => NO_MATCH);
  const norms = queryNorms(clauses);
  const wordBoost = new Map(clauses.filter((c) => c.on === 'words').map((c) => [c.term, c.boost]));
  let score = 0;
  for (const field of analyzedNote(note, index)) {
    const { words, stemCounts, wordCounts } = field;
    const matched: { folded: string; stemmed: string; quality: Quality; exactWord: boolean }[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const folded = field.folded[i] as string;
      const stemmed = field.stemmed[i] as string;
      const hit = match(word);
      if (!hit) continue;
      qualities[hit.slot] = Math.min(qualities[hit.slot] as number, hit.quality);
      const exactWord = (slots[hit.slot] as ExpandedSlot).surfaces.includes(folded);
      matched.push({ folded, stemmed, quality: hit.quality, exactWord });
    }
    const weight = (
      term: string,
      tf: number,
      name: keyof typeof STEM_FIELDS | keyof typeof WORD_FIELDS,
    ) => {
      const boost =
        name in STEM_FIELDS
          ? STEM_FIELDS[name as keyof typeof STEM_FIELDS]
          : WORD_FIELDS[name as keyof typeof WORD_FIELDS];
      const average = index.averageFieldLength[name] || 1;
      const saturation = ((K1 + 1) * tf) / (K1 * (1 - B + (B * words.length) / average) + tf);
      return index.idf(term) * saturation * boost;
    };
    const seen = new Set<string>();
    for (const m of matched) {
      if (m.quality === 0 && !seen.has(`s${m.stemmed}`)) {
        seen.add(`s${m.stemmed}`);
        const tf = stemCounts.get(m.stemmed) ?? 1;
        score += (BOOST.exactStem * weight(m.stemmed, tf, field.stem)) / norms.stems;
      }
      if ((m.exactWord || m.quality > 0) && !seen.has(`w${m.folded}`)) {
        seen.add(`w${m.folded}`);
        const boost = wordBoost.get(m.folded) ?? QUALITY_BOOST[m.quality];
        const tf = wordCounts.get(m.folded) ?? 1;
        score += (boost * weight(m.folded, tf, field.word)) / norms.words;
      }
    }
  }
  return { qualities, score };
}
