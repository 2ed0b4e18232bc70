// Expands query slots against the index vocabulary: exact stems, exact word forms, capped prefix
// completions and, only where those find nothing, a capped set of words one or two typos away.
import type { ParsedQuery, QuerySlot } from './parseQuery';
import type { Vocabulary } from './vocabulary';

export const QUALITIES = ['exact', 'prefix', 'compound', 'fuzzy'] as const;
/** 0 exact, 1 prefix (compounds that begin with the word), 2 compound (that end with it), 3 fuzzy. */
export type Quality = 0 | 1 | 2 | 3;
/** The quality of a slot no word matched (lower is better). */
export const NO_MATCH = 4;

export interface Clause {
  term: string;
  /** Stemmed fields or surface-word fields. */
  on: 'stems' | 'words';
  boost: number;
  slot: number;
  quality: Quality;
}

export interface ExpandedSlot extends QuerySlot {
  /** Vocabulary words reached by prefix or typo expansion, with their quality. */
  expanded: Map<string, Quality>;
  /** Set when the slot fell back to typo matching. */
  fuzzyDistance: number;
}

export interface ExpandedQuery {
  slots: ExpandedSlot[];
  phrases: number[][];
  clauses: Clause[];
}

export const BOOST = { exactStem: 10, exactWord: 3, prefix: 1, compound: 0.8, fuzzy: 0.4 } as const;
const LAST_PREFIX_CAP = 20;
const PREFIX_CAP = 6;
const FUZZY_CAP = 4;

/** Typo tolerance grows with the word: one edit from five letters, two from nine. */
export function allowedTypos(word: string): number {
  if (!/^[\p{L}]+$/u.test(word)) return 0;
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** What expansion reads from the index. */
export interface ExpansionSource {
  vocabulary: Vocabulary;
  hasStem(stem: string): boolean;
  compoundsEndingIn(stem: string): readonly string[];
}

export function expandQuery(
  parsed: ParsedQuery,
  source: ExpansionSource,
  { typos = true }: { typos?: boolean } = {},
): ExpandedQuery {
  const { vocabulary, hasStem } = source;
  const clauses: Clause[] = [];
  const slots = parsed.slots.map((slot, index): ExpandedSlot => {
    const expanded = new Map<string, Quality>();
    const add = (term: string, on: Clause['on'], boost: number, quality: Quality) =>
      clauses.push({ term, on, boost, slot: index, quality });

    let exact = false;
    for (const stem of slot.stems) {
      if (!hasStem(stem)) continue;
      add(stem, 'stems', BOOST.exactStem, 0);
      exact = true;
    }
    for (const word of slot.surfaces) {
      if (!vocabulary.has(word)) continue;
      add(word, 'words', BOOST.exactWord, 0);
      exact = true;
    }
    for (const prefix of slot.prefixes) {
      const cap = slot.last ? LAST_PREFIX_CAP : PREFIX_CAP;
      for (const { word } of vocabulary.completions(prefix, cap)) {
        if (expanded.has(word) || slot.surfaces.includes(word)) continue;
        expanded.set(word, 1);
        // Short completions are more likely what is being typed than long compounds.
        add(word, 'words', BOOST.prefix * (0.5 + (0.5 * prefix.length) / word.length), 1);
      }
    }
    if (slot.presence !== 'prohibited' && !slot.prefixOnly) {
      for (const stem of slot.stems) {
        for (const word of source.compoundsEndingIn(stem)) {
          if (expanded.has(word) || slot.surfaces.includes(word)) continue;
          expanded.set(word, 2);
          add(word, 'words', BOOST.compound, 2);
        }
      }
    }
    let fuzzyDistance = 0;
    if (
      typos &&
      !exact &&
      expanded.size === 0 &&
      !slot.glossary &&
      !slot.prefixOnly &&
      slot.presence !== 'prohibited'
    ) {
      const distance = allowedTypos(slot.surface);
      for (const { word } of distance
        ? vocabulary.similar(slot.surface, distance, FUZZY_CAP)
        : []) {
        expanded.set(word, 3);
        add(word, 'words', BOOST.fuzzy, 3);
        fuzzyDistance = distance;
      }
    }
    return { ...slot, expanded, fuzzyDistance };
  });
  return { slots, phrases: parsed.phrases, clauses };
}
