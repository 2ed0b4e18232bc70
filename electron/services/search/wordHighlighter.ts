// Finds the matched words of a query in a text with one regular expression built from the words
// the query actually matched (forms of its stems, exact forms, prefix and typo expansions), so
// snippets and titles are marked without tokenizing whole entries on every keystroke.
import { foldForMatch } from '../../../shared/search/danish';
import type { ExpandedSlot } from './expandQuery';

export interface MarkedWord {
  start: number;
  end: number;
  slot: number;
}

export type WordFinder = (text: string) => MarkedWord[] | null;

// Accented letters other than æ, ø and å (which foldForMatch leaves alone), and combining marks.
const FOLDABLE =
  /[\u00c0-\u00c4\u00c7-\u00d6\u00d9-\u00dd\u00e0-\u00e4\u00e7-\u00f6\u00f9-\u00fd\u00ff\u0100-\u024f]|\p{M}/u;

// Lowercased and folded texts, by text: entries come back query after query.
const lowered = new Map<string, string>();

function lowerAndFold(text: string): string {
  let lower = lowered.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    if (FOLDABLE.test(lower)) lower = foldForMatch(lower);
    if (lowered.size >= 2000) lowered.clear();
    lowered.set(text, lower);
  }
  return lower;
}

// Outside a character class the `u` flag refuses escapes such as \-, so only these are escaped.
const MAX_MARKED = 60;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Returns null for a text it cannot map back one-to-one (lowercasing or folding changed its
 * length); the caller then falls back to the tokenizer.
 */
export function createWordFinder(
  slots: ExpandedSlot[],
  formsOf: (stem: string) => string[],
): WordFinder {
  const slotOf = new Map<string, number>();
  const add = (word: string, slot: number) => {
    if (!slotOf.has(word)) slotOf.set(word, slot);
  };
  slots.forEach((slot, index) => {
    if (slot.presence === 'prohibited') return;
    for (const word of slot.surfaces) add(word, index);
    for (const stem of slot.stems) {
      add(stem, index);
      for (const form of formsOf(stem)) add(form, index);
    }
    for (const word of slot.expanded.keys()) add(word, index);
  });
  if (slotOf.size === 0) return () => [];
  const alternatives = [...slotOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => (word.startsWith('§') ? `§\\s*${escape(word.slice(1))}` : escape(word)));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'gu',
  );
  return (text) => {
    const lower = lowerAndFold(text);
    if (lower.length !== text.length) return null;
    const marked: MarkedWord[] = [];
    for (const match of lower.matchAll(pattern)) {
      // Enough to choose a good window; long entries need not be scanned to the end.
      if (marked.length >= MAX_MARKED) break;
      marked.push({
        start: match.index,
        end: match.index + match[0].length,
        slot: slotOf.get(match[0]) ?? slotOf.get(match[0].replace(/\s+/g, '')) ?? 0,
      });
    }
    return marked;
  };
}
