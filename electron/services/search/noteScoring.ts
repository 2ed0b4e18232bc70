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
  const fields = [
    { text: note.title, stem: 'title', word: 'wtitle' },
    {
      text: [note.body, note.partnership ?? '', ...note.organisations].join('\n'),
      stem: 'body',
      word: 'wtext',
    },
  ] as const;
  let score = 0;
  for (const field of fields) {
    const words = tokenize(field.text)
      .map((t) => t.term)
      .filter((t) => !isStopWord(t));
    const stemCounts = new Map<string, number>();
    const wordCounts = new Map<string, number>();
    const matched: { folded: string; stemmed: string; quality: Quality; exactWord: boolean }[] = [];
    for (const word of words) {
      const folded = foldForMatch(word);
      const stemmed = index.stemmer(folded);
      stemCounts.set(stemmed, (stemCounts.get(stemmed) ?? 0) + 1);
      wordCounts.set(folded, (wordCounts.get(folded) ?? 0) + 1);
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
