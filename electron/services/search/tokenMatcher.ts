// Decides whether one word of a text matches the query, and how well: the same rules drive the
// highlighted spans, phrase checks and the scoring of notes, so what is marked is what was found.
import { foldForMatch, isStopWord, tokenize } from '../../../shared/search/danish';
import { boundedEditDistance } from './editDistance';
import type { ExpandedSlot, Quality } from './expandQuery';
import type { TermStemmer } from './searchData';

export interface TokenMatch {
  slot: number;
  quality: Quality;
}

export type TokenMatcher = (term: string) => TokenMatch | null;

/**
 * `liveTypos` compares each word with the typed word directly (for notes, whose words are not in
 * the content vocabulary); otherwise only the expansions found in the vocabulary count.
 */
export function createTokenMatcher(
  slots: ExpandedSlot[],
  stemmer: TermStemmer,
  liveTypos = false,
): TokenMatcher {
  const stemSets = slots.map((s) => new Set(s.stems));
  const cache = new Map<string, TokenMatch | null>();
  return (term) => {
    const cached = cache.get(term);
    if (cached !== undefined) return cached;
    let best: TokenMatch | null = null;
    if (!isStopWord(term)) {
      const folded = foldForMatch(term);
      const stemmed = stemmer(folded);
      for (let index = 0; index < slots.length; index++) {
        const slot = slots[index] as ExpandedSlot;
        let quality: Quality | undefined;
        if ((stemSets[index] as Set<string>).has(stemmed) || slot.surfaces.includes(folded)) {
          quality = 0;
        } else if (slot.expanded.has(folded)) quality = slot.expanded.get(folded);
        else if (slot.prefixes.some((p) => folded.startsWith(p) && folded !== p)) quality = 1;
        else if (
          liveTypos &&
          slot.fuzzyDistance > 0 &&
          boundedEditDistance(folded, slot.surface, slot.fuzzyDistance) <= slot.fuzzyDistance
        ) {
          quality = 3;
        }
        if (quality !== undefined && (best === null || quality < best.quality)) {
          best = { slot: index, quality };
        }
      }
    }
    cache.set(term, best);
    return best;
  };
}

/** True when the text holds the phrase's words in order (stop words between them are ignored). */
export function containsPhrase(text: string, phraseSlots: number[], match: TokenMatcher): boolean {
  if (phraseSlots.length === 0) return true;
  const sequence: (number | null)[] = [];
  let lastEnd = -1;
  for (const token of tokenize(text)) {
    // The parts of a joined word follow the whole; the query's phrase holds the whole.
    if (token.start < lastEnd) continue;
    lastEnd = token.end;
    if (isStopWord(token.term)) continue;
    sequence.push(match(token.term)?.slot ?? null);
  }
  outer: for (let i = 0; i + phraseSlots.length <= sequence.length; i++) {
    for (let k = 0; k < phraseSlots.length; k++) {
      if (sequence[i + k] !== phraseSlots[k]) continue outer;
    }
    return true;
  }
  return false;
}
