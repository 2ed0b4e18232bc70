// What the user is told was searched: English words the glossary translated and typos that were
// corrected, so "trust" shows as "Viser resultater for tillid (trust)" with a way back to the
// words as typed.
import type { QueryRewrite, SearchedFor } from '../../../shared/search/types';
import type { ExpandedQuery } from './expandQuery';

const SHOWN_CORRECTIONS = 3;

export function searchedFor(
  plan: ExpandedQuery,
  isIndexed: (word: string) => boolean,
): SearchedFor | undefined {
  const rewrites: QueryRewrite[] = [];
  const words = plan.slots.map((slot) => {
    // An English word that is also a word of the corpus (museum, workshop) was searched as typed too.
    if (slot.glossary && slot.danish.length > 0 && !isIndexed(slot.surface)) {
      rewrites.push({ typed: slot.surface, searched: slot.danish, reason: 'english' });
      return slot.danish.join(' ');
    }
    if (slot.fuzzyDistance > 0) {
      const corrections = [...slot.expanded.keys()].slice(0, SHOWN_CORRECTIONS);
      if (corrections.length > 0) {
        rewrites.push({ typed: slot.surface, searched: corrections, reason: 'typo' });
        return corrections[0] as string;
      }
    }
    return slot.surface;
  });
  return rewrites.length > 0 ? { text: words.join(' '), rewrites } : undefined;
}
